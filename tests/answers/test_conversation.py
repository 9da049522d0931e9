"""Follow-ups are read with the turn before; questions that stand alone are left alone."""

import pytest

from assistant.answers.conversation import Conversation, asks_a_new_topic, asks_its_own_question, is_follow_up, restate
from assistant.domain import Answer, Citation


@pytest.mark.parametrize(
    "question",
    [
        "And when did that happen?",
        "Why was he referred?",
        "Did they ever see him again?",
        "What did it recommend about that?",
        "And in 2016?",
        "What about care leavers?",
        "What has the newest one done so far?",  # the noun is the turn before's
        "How did senior managers react once told?",
        "Has the council improved since then?",
        "Why?",
        "Who chaired it?",
        "Which part wasn't good?",  # picks among what the turn before listed
        "Which area came out worst?",
        "Which of those was weakest?",
        "Which came out best?",
    ],
)
def test_questions_that_lean_back_are_follow_ups(question):
    assert is_follow_up(question)


@pytest.mark.parametrize(
    "question",
    [
        "When was Ali first referred to Prevent?",
        "How did inspectors rate Barnsley's help for care leavers?",
        "What did the review find about the intervention provider's briefing?",
        "Which constituency did David Amess represent?",
        "Was the council one of the first to open a family hub?",
        "How many children were in care at the time of the inspection?",
        "Which part of Wirral's service scored best in 2019?",  # names its own subject
        "What areas need to improve in Leeds?",
    ],
)
def test_questions_that_stand_alone_are_not(question):
    assert not is_follow_up(question)


def test_a_follow_up_is_read_with_the_previous_reading_and_prefers_its_sources():
    conversation = Conversation("c1")
    first = conversation.read("Who referred Ali to Prevent?")
    assert not first.follow_up and first.read_as == "Who referred Ali to Prevent?"
    conversation.record(first, (("004.txt", 0, 40), ("004.txt", 50, 90)))
    second = conversation.read("And when did that happen?")
    assert second.follow_up
    assert second.read_as == "Who referred Ali to Prevent? And when did that happen?"
    assert second.prefer_documents == {"004.txt"}
    conversation.record(second, ())
    third = conversation.read("Why?")  # a chain carries the first subject forward
    assert third.read_as.startswith("Who referred Ali to Prevent?") and third.read_as.endswith("Why?")
    assert third.prefer_documents == {"004.txt"}


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        ("Why was Ali Harbi Ali first referred to Prevent?", "And when did that happen?", "When was Ali Harbi Ali first referred to Prevent?"),
        ("Were there delays in Leeds getting children to conferences?", "Why?", "Why were there delays in Leeds getting children to conferences?"),
        ("When did the intervention provider meet Ali?", "Where?", "Where did the intervention provider meet Ali?"),
        # Anything of its own to ask, or a previous question with no auxiliary to keep: read with context.
        ("Why was Ali referred?", "When did the IP meet him?", None),
        ("Who referred Ali to Prevent?", "When?", None),
        ("Who line-managed the director until recently?", "Who does that now?", None),
        ("Who is the security minister?", "Why?", None),
        ("What did the review say about Ali?", "When?", None),
    ],
)
def test_a_bare_question_word_restates_the_previous_question(previous, question, expected):
    assert restate(previous, question) == expected


def test_restating_a_long_previous_question_keeps_it_whole():
    # (its trailing punctuation is cut by a loop: a trailing \W* in the pattern backtracked for seconds)
    assert restate("Why did " + "!" * 20_000 + "a" + "!" * 20_000, "When?") == "When did " + "!" * 20_000 + "a?"
    assert restate("Why did " + "?" * 20_000, "When?") is None  # nothing left to ask about


def test_a_restated_follow_up_is_read_whole_and_keeps_the_sources():
    conversation = Conversation()
    conversation.record(conversation.read("Why was Ali Harbi Ali first referred to Prevent?"), (("004.txt", 0, 40),))
    reading = conversation.read("And when did that happen?")
    assert reading.follow_up and reading.standalone and reading.prefer_documents == {"004.txt"}
    assert reading.read_as == "When was Ali Harbi Ali first referred to Prevent?"
    conversation.record(reading, (("004.txt", 0, 40),))
    assert conversation.read("Where?").read_as == "Where was Ali Harbi Ali first referred to Prevent?"


def test_the_first_question_and_a_new_topic_are_read_alone():
    conversation = Conversation()
    assert not conversation.read("And when did that happen?").follow_up  # nothing to lean on
    conversation.record(conversation.read("Who referred Ali to Prevent?"), ())
    conversation.clear()
    assert not conversation.read("And when did that happen?").follow_up


def test_a_reopened_conversation_keeps_its_context():
    cited = Citation(1, "004.txt", 0, 10, "x" * 10, 0.9)
    answers = [
        Answer("Who referred Ali to Prevent?", "… [1]", False, (cited,)),
        Answer("And when?", "… [1]", False, (cited,), read_as="Who referred Ali to Prevent? And when?"),
    ]
    conversation = Conversation.restore("c2", answers)
    reading = conversation.read("Why?")
    assert reading.read_as == "Who referred Ali to Prevent? And when? Why?"
    assert reading.prefer_documents == {"004.txt"}


def test_a_reopened_conversation_keeps_to_the_documents_its_questions_named():
    leeds = Citation(1, "leeds.pdf", 0, 10, "x" * 10, 0.9)
    answers = [
        Answer("How did Ofsted rate Leeds in 2022?", "… [1]", False, (leeds,), named=("leeds.pdf",)),
        Answer("Who led the inspection?", "… [1]", False, (leeds,), kept_to=("leeds.pdf",)),
    ]
    conversation = Conversation.restore("c3", answers)
    reading = conversation.read("How have leaders created extra capacity?")  # names no report, not a follow-up
    assert not reading.follow_up and reading.prefer_documents == {"leeds.pdf"}
    # Saved before history kept namings: no topic, as before.
    older = Conversation.restore("c4", [Answer("How did Ofsted rate Leeds in 2022?", "… [1]", False, (leeds,))])
    assert older.read("How have leaders created extra capacity?").prefer_documents == frozenset()


def test_a_reopened_conversation_keeps_the_section_each_turn_asked_for():
    """"And Leeds?" after a reopened "Summarise the Bristol report" asks for Leeds's summary; a
    turn asking its own question there asked for no section."""
    bristol = Citation(1, "bristol.pdf", 0, 10, "x" * 10, 0.9)
    answers = [Answer("Summarise the Bristol report", "… [1]", False, (bristol,), named=("bristol.pdf",))]
    assert Conversation.restore("c5", answers).turns[-1].section == "summary"
    answers.append(Answer("Who led it?", "… [1]", False, (bristol,), read_as="Who led the inspection of Bristol?"))
    assert Conversation.restore("c6", answers).turns[-1].section is None


def test_that_as_the_subject_of_a_follow_up_leans_back():
    assert is_follow_up("Has that cut the numbers not in work or study?")
    assert is_follow_up("Will that change before the next inspection?")
    assert not is_follow_up("Has the council cut the numbers not in work or study?")


def test_a_question_of_its_own_keeps_to_the_documents_the_conversation_named():
    conversation = Conversation()
    first = conversation.read("What workforce difficulties does Ofsted say Leeds children's services face?")
    conversation.record(first, (("bradford.pdf", 0, 40),), named=frozenset({"leeds.pdf"}))  # cited elsewhere, named Leeds
    second = conversation.read("How have leaders created extra capacity?")
    assert not second.follow_up and second.read_as == "How have leaders created extra capacity?"
    assert second.prefer_documents == {"leeds.pdf"}  # what was named, not the wrong citation
    conversation.record(second, (("leeds.pdf", 0, 40),))  # kept to Leeds: it named nothing of its own
    follow_up = conversation.read("Has that worked?")
    assert follow_up.follow_up and follow_up.prefer_documents == {"leeds.pdf"}
    conversation.record(follow_up, (), named=frozenset({"bristol.pdf"}))  # a question naming Bristol moves the topic
    assert conversation.read("What did inspectors recommend?").prefer_documents == {"bristol.pdf"}


@pytest.mark.parametrize(
    "question, new_topic",
    [
        ("Were caseloads manageable there?", True),  # "there": the council the conversation named
        ("And what was the previous judgement?", True),
        ("How many children were in care in that council?", True),
        ("Do they have pathway plans?", False),  # "they": the turn before's care leavers
        ("How were its leaders rated?", False),
        ("When did it take place?", False),
        ("And how many were in care?", False),  # how many of what: the turn before's children
        ("And how many get onto apprenticeships?", False),
        ("And what was forecast for the following year?", False),  # a time the turn before set
        ("And care leavers?", False),  # the turn before's question, of care leavers
        ("Was that the same for care leavers?", False),
        ("Which part was weakest?", False),
        ("Why?", False),
    ],
)
def test_a_follow_up_pointing_back_only_to_the_place_asks_a_new_topic(question, new_topic):
    assert asks_a_new_topic(question) is new_topic


def test_there_after_a_part_of_the_council_is_that_part():
    # A hostile probe's misreadings: "there" was the leaving care team, the out-of-hours service.
    assert not asks_a_new_topic("Were caseloads manageable there?", "What did inspectors find about the leaving care team in Luton?")
    assert not asks_a_new_topic("Was the response quick enough there?", "How good is the out-of-hours emergency duty service in Hertfordshire?")
    assert asks_a_new_topic("Were caseloads manageable there?", "How did Ofsted rate Leeds's children's services in 2022?")
    assert asks_a_new_topic("And what was the previous judgement?", "What did inspectors find about the leaving care team in Luton?")


def test_a_new_topic_of_the_named_documents_is_read_as_asked_within_them():
    conversation = Conversation()
    first = conversation.read("How was Barnsley rated in 2023?")
    conversation.record(first, (("barnsley.pdf", 0, 40),), named=frozenset({"barnsley.pdf"}))
    second = conversation.read("Were caseloads manageable there?")
    assert second.follow_up and second.new_topic and second.standalone
    assert second.read_as == "Were caseloads manageable there?" and second.prefer_documents == {"barnsley.pdf"}
    assert second.after == ()  # the grade's quote says nothing of caseloads
    # Where the conversation named no documents, "there" has nothing to stand for: read with the turn before.
    small = Conversation()
    small.record(small.read("Who referred Ali to Prevent?"), (("004.txt", 0, 40),))
    reading = small.read("Were any meetings minuted there?")
    assert not reading.new_topic and reading.read_as.startswith("Who referred Ali to Prevent?")


def test_without_any_naming_a_question_of_its_own_is_read_alone():
    # A small corpus (routing names nothing): only follow-ups keep to the documents last cited.
    conversation = Conversation()
    conversation.record(conversation.read("Who referred Ali to Prevent?"), (("004.txt", 0, 40),))
    assert conversation.read("Which constituency did David Amess represent?").prefer_documents == frozenset()
    assert conversation.read("And when?").prefer_documents == {"004.txt"}


def test_a_follow_up_carries_the_spans_the_answer_before_it_quoted():
    conversation = Conversation("c-near")
    first = conversation.read("What is Bristol's Weapons in schools programme meant to achieve?")
    assert first.after == ()
    conversation.record(first, (("bristol.pdf", 100, 180),))
    follow_up = conversation.read("Has it worked?")
    assert follow_up.follow_up and follow_up.after == (("bristol.pdf", 100, 180),)
    own = conversation.read("How many children were in care in Leeds in 2022?")
    assert not own.follow_up and own.after == ()  # a question of its own looks nowhere first


def test_around_a_quote_is_from_a_sentence_before_to_a_few_after_in_its_document():
    from assistant.answers.conversation import NEAR_AFTER, NEAR_BEFORE, near_quoted

    quoted = (("a.pdf", 1000, 1100),)
    assert near_quoted("a.pdf", 1101, 1200, quoted)
    assert near_quoted("a.pdf", 1100 + NEAR_AFTER, 1100 + NEAR_AFTER + 50, quoted)
    assert not near_quoted("a.pdf", 1101 + NEAR_AFTER, 1200 + NEAR_AFTER, quoted)
    assert near_quoted("a.pdf", 1000 - NEAR_BEFORE - 80, 1000 - NEAR_BEFORE, quoted)
    assert not near_quoted("a.pdf", 800 - NEAR_BEFORE, 999 - NEAR_BEFORE, quoted)
    assert not near_quoted("b.pdf", 1101, 1200, quoted)  # another document
    assert not near_quoted("a.pdf", 1050, 1150, quoted)  # the quote itself is not around it


def test_the_sentence_right_after_a_quote_is_the_one_the_report_goes_on_with():
    from assistant.answers.conversation import NEXT_GAP, next_after_quoted

    quoted = (("a.pdf", 1000, 1100),)
    assert next_after_quoted("a.pdf", 1101, 1200, quoted)
    assert next_after_quoted("a.pdf", 1100 + NEXT_GAP, 1200, quoted)
    assert not next_after_quoted("a.pdf", 1101 + NEXT_GAP, 1200, quoted)  # a sentence further on
    assert not next_after_quoted("a.pdf", 900, 999, quoted)  # the one before
    assert not next_after_quoted("b.pdf", 1101, 1200, quoted)  # another document
    # Quoted too (two quotes in a row): boosting it would only repeat the answer.
    assert not next_after_quoted("a.pdf", 1101, 1200, quoted + (("a.pdf", 1101, 1200),))


def test_a_reopened_conversation_keeps_where_its_last_answer_was():
    from assistant.domain import Answer, Citation

    citation = Citation(n=1, source="bristol.pdf", start=100, end=180, text="x" * 80, score=0.9)
    answers = [Answer("What is Bristol's Weapons in schools programme meant to achieve?", "x [1]", False, (citation,), ())]
    conversation = Conversation.restore("c-old", answers)
    assert conversation.read("Has it worked?").after == (("bristol.pdf", 100, 180),)


def test_what_about_another_name_swaps_the_name_in_the_question_before():
    from assistant.answers.conversation import asked_of_another, swap_name

    assert asked_of_another("What about Wigan?") == "Wigan"
    assert asked_of_another("And what about Bristol's?") == "Bristol"
    assert asked_of_another("How about the Isle of Wight in 2023?") == "Isle of Wight in 2023"
    previous = "What did Ofsted say about Leeds's care leavers in Leeds?"
    spans = [(m.start(), m.end()) for m in __import__("re").finditer(r"Leeds(?:'s)?", previous)]
    assert swap_name(previous, spans, "Wigan") == "What did Ofsted say about Wigan's care leavers in Wigan?"


@pytest.mark.parametrize(
    "follow_up, own",
    [("And for care leavers?", False), ("What about adoption?", False), ("And its capacity to improve?", False),
     # measured against the turn before: the same kind of answer is wanted
     ("Was it the same for care leavers?", False), ("Was adoption any better?", False), ("Is leadership as strong?", False),
     ("So was help and protection outstanding too?", False), ("Is care leavers' support on that list?", False),
     ("Who can see where they are in real time?", True), ("And how many get onto apprenticeships?", True),
     ("Do they run any in-house training scheme for them?", True)],
)
def test_a_follow_up_asking_its_own_question_is_recognised(follow_up, own):
    assert asks_its_own_question(follow_up) is own


@pytest.mark.parametrize(
    "question, alone",
    [
        ("What did that lead to?", False),
        ("Has it worked?", False),
        ("Why?", False),
        ("What did they recommend about it?", False),
        ("Who chairs it?", False),
        ("How much extra cash was put in to hire more of them?", True),
        ("Which seat did he represent?", True),
    ],
)
def test_a_follow_up_says_enough_alone_with_two_words_of_its_own(question, alone):
    from assistant.answers.conversation import says_enough_alone

    assert says_enough_alone(question) is alone


def test_a_long_chain_is_cut_at_a_word_not_inside_one():
    from assistant.answers.conversation import last_words

    text = "alpha beta gamma delta"
    assert last_words(text, 300) == text
    assert last_words(text, 14) == "gamma delta"  # "ta gamma delta" would start inside "beta"
    assert last_words(text, 12) == "gamma delta"  # " gamma delta": on a word's start already
    assert last_words(text, 11) == "gamma delta"
    assert last_words(text, 5) == "delta"


def test_a_sentence_the_previous_answer_quoted_is_not_around_its_other_quote():
    """The best quote and an "Also possible" one beside it would each lift the other."""
    from assistant.answers.conversation import near_quoted

    quoted = (("r.txt", 100, 180), ("r.txt", 181, 260))
    assert not near_quoted("r.txt", 181, 260, quoted)  # the second quote, right after the first
    assert not near_quoted("r.txt", 100, 180, quoted)
    assert near_quoted("r.txt", 261, 330, quoted)  # the sentence after both
    assert near_quoted("r.txt", 20, 99, quoted)


@pytest.mark.parametrize(
    "question, position",
    [
        ("Tell me more about the second one", 2),
        ("What about number 3?", 3),
        ("And the last recommendation?", -1),
        ("And the 4th?", 4),
        ("What about #2?", 2),
        ("What does the second recommendation mean?", 2),
        ("What did the first report say?", None),  # another report of the council
        ("What did the last inspection find?", None),
        ("How many of number 3 children?", None),
        ("What was the first thing they did?", None),
    ],
)
def test_a_follow_up_picking_an_item_by_its_place(question, position):
    from assistant.answers.conversation import is_follow_up, position_picked

    assert position_picked(question) == position
    if position is not None:
        assert is_follow_up(question)


@pytest.mark.parametrize(
    "follow_up, read_as",
    [
        ("And fostering?", "What does Ofsted say about fostering in Leeds?"),
        ("What about disabled children?", "What does Ofsted say about disabled children in Leeds?"),
        ("And on children in care?", "What does Ofsted say about children in care in Leeds?"),
        ("And SEND too?", "What does Ofsted say about SEND in Leeds?"),
        # Not another topic: a council, a year, a pointer, a question of its own, the same topic.
        ("And Bristol?", None),
        ("And in 2015?", None),
        ("And the earlier one?", None),
        ("And what did they recommend?", None),
        ("And why?", None),
        ("And adoption?", None),
        ("Sorry, I meant Wigan", None),
    ],
)
def test_a_follow_up_naming_another_topic_asks_the_turn_befores_question_of_it(follow_up, read_as):
    from assistant.answers.conversation import switch_topic

    assert switch_topic("What does Ofsted say about adoption in Leeds?", follow_up) == read_as


def test_a_topic_switch_is_read_as_a_question_of_its_own():
    conversation = Conversation()
    conversation.record(conversation.read("What does Ofsted say about adoption in Leeds?"), (("leeds.pdf", 0, 10),), frozenset({"leeds.pdf"}))
    reading = conversation.read("And fostering?")
    assert reading.read_as == "What does Ofsted say about fostering in Leeds?" and reading.standalone
    assert reading.after == () and reading.prefer_documents == {"leeds.pdf"}
    # A question that is not about what the documents say keeps the turn before as its context.
    conversation = Conversation()
    conversation.record(conversation.read("How are care leavers supported in Leeds?"), ())
    assert conversation.read("And fostering?").read_as == "How are care leavers supported in Leeds? And fostering?"


@pytest.mark.parametrize(
    "question, asked_about",
    [
        ("Sorry, I meant Wigan", "Wigan"),
        ("No, I meant Bristol", "Bristol"),
        ("Actually I meant Wirral", "Wirral"),
        ("Actually, Wirral", "Wirral"),
        # The way people put it in a chat: a remark on what was wrong, "after", "wanted", "my bad".
        ("Sorry, wrong borough - I meant Windsor and Maidenhead.", "Windsor and Maidenhead"),
        ("Oops, I was after Salford", "Salford"),
        ("My bad, I wanted Leeds", "Leeds"),
        ("No - wrong council, I'm after Kent", "Kent"),
        ("Oh wait, I meant Trafford", "Trafford"),
        ("Hang on, I meant Kent", "Kent"),
        # What was not meant, said too: the council meant alone.
        ("Not Leeds, Bradford.", "Bradford"),
        ("I meant Stoke, not Leeds", "Stoke"),
        ("Sorry, I meant Leeds rather than Kent", "Leeds"),
    ],
)
def test_a_correction_leans_on_the_turn_before_and_names_what_was_meant(question, asked_about):
    from assistant.answers.conversation import asked_of_another

    assert is_follow_up(question) and asked_of_another(question) == asked_about


def test_only_a_correction_saying_what_was_meant_switches_the_topic():
    from assistant.answers.conversation import switch_topic

    previous = "What does Ofsted say about adoption in Leeds?"
    assert switch_topic(previous, "No, I meant fostering") == "What does Ofsted say about fostering in Leeds?"
    assert switch_topic(previous, "Actually the report says otherwise?") is None


def test_a_why_question_is_told_apart():
    from assistant.answers.conversation import asks_why

    assert asks_why("Why was it inadequate?") and asks_why("And why?") and asks_why("How come?")
    assert not asks_why("What grades did Bristol get?") and not asks_why("Who knows why?")


def test_a_topic_switch_keeps_the_council_the_turn_before_named_in_the_possessive():
    from assistant.answers.conversation import switch_topic

    previous = "What did Ofsted say about Salford's front door?"
    assert switch_topic(previous, "And fostering?") == "What did Ofsted say about Salford's fostering?"
    # "there" points at the council the turn before named (a probe: read with the turn before, the
    # front door's sentence was quoted again).
    assert switch_topic(previous, "And care leavers there?") == "What did Ofsted say about Salford's care leavers?"
    assert switch_topic("What did the review say about Ali's referral?", "And his family?") == "What did the review say about his family?"


def test_he_or_she_after_a_who_question_is_the_person_its_answer_named():
    from assistant.answers.conversation import person_referred_to, with_person

    said = ("Security minister Dan Jarvis told the Commons: “The reviewer found …”",)
    assert person_referred_to("What's his job?", "Who told Parliament about it?", said) == "Dan Jarvis"
    assert with_person("What's his job?", "Dan Jarvis") == "What's Dan Jarvis’s job?"
    assert with_person("What did he say the reviewer concluded?", "Dan Jarvis") == "What did Dan Jarvis say the reviewer concluded?"
    assert with_person("And who was her deputy?", "Lisa Summers") == "And who was Lisa Summers’s deputy?"
    assert with_person("When did the council tell her?", "Lisa Summers") == "When did the council tell Lisa Summers?"
    # Not when the question before asked no one's name, the answer named no one new, the follow-up
    # names someone or uses two such words.
    assert person_referred_to("When did he first meet the IP?", "Who referred Ali to Prevent?", ("His school referred him in 2014.",)) is None
    assert person_referred_to("What's his job?", "When did the review report?", said) is None
    assert person_referred_to("Did Jarvis say what his job was?", "Who told Parliament about it?", said) is None
    assert person_referred_to("When did she meet her?", "Who told Parliament about it?", said) is None


def test_a_follow_up_about_the_person_named_is_read_as_a_question_about_them():
    conversation = Conversation()
    first = conversation.read("Who told Parliament about it?")
    conversation.record(first, (("a.txt", 0, 70),), said=("Security minister Dan Jarvis told the Commons: “The reviewer found …”",))
    reading = conversation.read("What's his job?")
    assert reading.read_as == "What's Dan Jarvis’s job?" and reading.standalone and reading.follow_up and reading.after == ()


def test_he_is_left_to_the_context_when_the_question_before_named_someone_too():
    from assistant.answers.conversation import person_referred_to

    said = ("In October 2021, Ali Harbi Ali assassinated David Amess, the MP for Southend West.",)
    # A probe: "What was his sentence?" was read as David Amess's; "his" may be either man's.
    assert person_referred_to("What was his sentence?", "Who did Ali Harbi Ali kill?", said) is None
    # A sentence's opening adverb is no name: "Previously Ali" was written in for "his".
    assert person_referred_to("Why was his case closed?", "Who was a good pupil?", ("Previously Ali had been a good pupil.",)) is None


def test_of_two_people_the_quote_names_he_is_the_one_nearest_what_was_asked():
    from assistant.answers.conversation import _named_nearest

    said = "In October 2021, Ali Harbi Ali assassinated David Amess, the MP for the borough."
    assert _named_nearest(said, "Who was the MP for the borough?") == "David Amess"
    assert _named_nearest("Lead inspector: Lisa Summers, His Majesty’s Inspector", "Who led the inspection?") == "Lisa Summers"


@pytest.mark.parametrize(
    "follow_up, year, rest",
    [
        ("Sorry, I meant 2015.", {"2015"}, "2015."),
        ("Oops, I was after the 2015 one.", {"2015"}, "the 2015 one."),
        ("No, wrong year - I meant 2019", {"2019"}, "2019"),
        # Not a correction: the year measured from stays one.
        ("Has it improved since 2015?", set(), "Has it improved since 2015?"),
    ],
)
def test_a_correction_naming_a_year_asks_that_year(follow_up, year, rest):
    """"I was after the 2015 one" asks about 2015: read as "after 2015", the year was one measured
    from, and the words of the correction were taken for words of a question of its own."""
    from assistant.answers.conversation import without_correction, years_asked

    assert years_asked(follow_up) == year
    assert without_correction(follow_up) == rest
