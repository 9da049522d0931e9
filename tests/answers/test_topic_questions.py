"""A question asking what the documents say about a topic is read as asking what the topic is like."""

import re

import pytest

from assistant.answers.topic_questions import as_topic_question, how_good_topic_terms, in_a_named_reports_present, topic_asked, without_report_year


@pytest.mark.parametrize(
    "asked, read",
    [
        ("What did Ofsted inspectors say about Sunderland's care leavers?", "What is Sunderland's care leavers like?"),
        ("What did the lead inspector say about early help?", "What is early help like?"),
        ("What did Ofsted say about Cambridgeshire's out-of-hours service?", "What is Cambridgeshire's out-of-hours service like?"),
        ("What did the review find about record keeping?", "What is record keeping like?"),
        ("What did inspectors make of Leeds's leadership?", "What is Leeds's leadership like?"),
        ("what does the report say about private fostering", "What is private fostering like?"),
        ("What did the latest Ofsted inspection conclude about adoption?", "What is adoption like?"),
        ("What has the inquiry got to say about it?", "What has the inquiry got to say about it?"),  # not a saying it knows
        ("And what did it say about his family?", "And what is his family like?"),
        # A topic that is a question is asked as one; a second part is kept.
        ("What did the review find about how quickly Ali was exited from Prevent?", "How quickly Ali was exited from Prevent?"),
    ],
)
def test_what_the_documents_say_about_a_topic_is_read_as_what_it_is_like(asked, read):
    assert as_topic_question(asked) == read


@pytest.mark.parametrize(
    "asked, read",
    [
        # Said with no sayer: only the document can have said it.
        ("What was said about record keeping?", "What is record keeping like?"),
        ("And what is written about the front door?", "And what is the front door like?"),
        ("What has been noted about supervision in Leeds?", "What is supervision in Leeds like?"),
        # What a chat puts first, as a heading, is kept as typed.
        (
            "Windsor and Maidenhead - what was said about personal education plans?",
            "Windsor and Maidenhead - what is personal education plans like?",
        ),
        ("Leeds: what did Ofsted say about adoption?", "Leeds: what is adoption like?"),
        # Not a saying of the document's, nor a topic: as asked.
        ("What was he said to have done about it?", "What was he said to have done about it?"),
        ("What was found about the IP?", "What was found about the IP?"),
        ("Leeds - what did they say about adoption?", "Leeds - what did they say about adoption?"),
    ],
)
def test_a_saying_with_no_sayer_or_after_a_heading_is_read_as_what_the_topic_is_like(asked, read):
    """"Wokingham 2019 - what was said about personal education plans?" was read as asked, and the
    model quoted a child's words about the director ("one child said …")."""
    assert as_topic_question(asked) == read


def test_a_heading_before_the_question_is_read_quickly_however_hostile():
    asked = "a - " * 2000 + "what was said about it?"
    assert as_topic_question(asked) == asked
    assert as_topic_question("x" * 5000 + " - what was said about adoption?") == "x" * 5000 + " - what was said about adoption?"


@pytest.mark.parametrize(
    "asked, read",
    [
        # A report's year is routing's to read; the model liked the report's dates line for "in 2024".
        ("What did Ofsted say about the out-of-hours service in 2024?", "What is the out-of-hours service like?"),
        ("What did Ofsted say about the team in its 2020 report?", "What is the team like?"),
        (
            "What did inspectors make of the board in 2015, and since when had its chair been in place?",
            "What is the board like, and since when had its chair been in place?",
        ),
        # Another year dates what the topic is, and stays.
        ("What did the report say about the referral in 2014?", "What is the referral in 2014 like?"),
        # Found at or within a place: what the place is like.
        ("What did inspectors find at Bristol's front door in 2024?", "What is Bristol's front door like?"),
        ("What did Ofsted find within the adolescent service?", "What is the adolescent service like?"),
    ],
)
def test_a_year_is_left_out_only_where_it_is_a_reports(asked, read):
    assert as_topic_question(asked, report_years={"2015", "2020", "2024"}) == read


@pytest.mark.parametrize(
    "asked",
    [
        "What do care leavers say about their advisers?",  # their words, which the report reports as theirs
        "What did he say about the referral?",
        "What did the council's own audits say about supervision?",
        "When did Ofsted inspect Leeds?",
        "What did Ofsted recommend about care leavers?",
        "Who said the service was good?",
        "What had the previous inspection concluded about the council, and in which year?",  # another's verdict
        "What did the last inspection say about adoption?",  # the latest, or the one before: not read
    ],
)
def test_other_questions_are_read_as_asked(asked):
    assert as_topic_question(asked) == asked
    assert topic_asked(asked) is None


@pytest.mark.parametrize(
    "asked",
    [
        "What did Ofsted say about Nottinghamshire's services since the last inspection in 2019?",  # what changed
        "What did it say about the IP?",  # a name alone: "What is the IP like?" asks to describe a person
        "What did the article say about David Amess?",
        "What did the report say about Channel in 2015?",
        "What did inspectors find at the last inspection?",  # another inspection
        "What did Ofsted find at 2024?",  # a year, no topic
    ],
)
def test_topics_measured_against_another_inspection_or_named_alone_are_read_as_asked(asked):
    assert topic_asked(asked) is not None
    assert as_topic_question(asked, report_years={"2015", "2019"}) == asked


def test_only_the_part_asking_what_it_says_is_reworded():
    """A follow-up read with the turn before: that turn's question is reworded, the follow-up kept."""
    read = as_topic_question("What did Ofsted say about Southwark's private fostering? What did leaders do once it was raised?")
    assert read == "What is Southwark's private fostering like? What did leaders do once it was raised?"
    assert topic_asked("What did the review say about record keeping?") == "record keeping"


def test_a_hostile_topic_is_read_whole():
    # (a run of capitals with no end a name has, "AAAA…A!", once took time doubling per letter)
    asked = "What did Ofsted say about " + "A" * 5000 + "!?"
    assert as_topic_question(asked) == "What is " + "A" * 5000 + "! like?"


@pytest.mark.parametrize(
    "asked, read",
    [
        ("How well did Bradford tackle child sexual exploitation in 2014?", "How well does Bradford tackle child sexual exploitation?"),
        ("How were care leavers in Leeds rated at the 2015 inspection?", "How are care leavers in Leeds rated?"),
        ("How many children were adopted in 2013?", "How many children were adopted in 2013?"),  # not a report's year
        ("In 2014, how did Bradford do?", "In 2014, how did Bradford do?"),  # not closing the question
    ],
)
def test_the_year_of_the_report_asked_about_is_left_out_of_the_models_reading(asked, read):
    assert without_report_year(asked, {"2014", "2015"}) == read
    assert without_report_year(asked, ()) == asked


@pytest.mark.parametrize(
    "asked, read",
    [
        ("How well were disabled children supported in Barnsley in 2014?", "How well are disabled children supported in Barnsley?"),
        ("Was early help effective in Kent in 2015?", "Is early help effective in Kent?"),
        ("Did managers in Leeds audit cases well in 2014?", "Do managers in Leeds audit cases well?"),
        ("Were children safe in Torbay in 2015?", "Are children safe in Torbay?"),
        ("Did Leeds keep children safe in 2014?", "Does Leeds keep children safe?"),
        ("Were children at risk of harm protected in Leeds in 2014?", "Are children at risk of harm protected in Leeds?"),
        ("Were children listened to in Leeds in 2014?", "Are children listened to in Leeds?"),
        ("Were social workers' caseloads high in Kent in 2015?", "Are social workers' caseloads high in Kent?"),
        ("Were assessments thorough in Kent in 2015?", "Are assessments thorough in Kent?"),
        ("Was the workforce stable in Kent in 2015?", "Is the workforce stable in Kent?"),
        ("Were children's needs met in Kent in 2015?", "Are children's needs met in Kent?"),
        ("Were children's plans up to date in Kent in 2015?", "Are children's plans up to date in Kent?"),
        ("Were children seen quickly in Kent in 2015?", "Are children seen quickly in Kent?"),
        # "safe" only when it closes what is asked: these ask about something a report may never mention
        ("Were children in Leeds safe from lead paint in 2014?", "Were children in Leeds safe from lead paint?"),
        ("Did Leeds open a safe house for exploited children in 2014?", "Did Leeds open a safe house for exploited children?"),
        ("Were Leeds's computers protected from hackers in 2014?", "Were Leeds's computers protected from hackers?"),
        # "visible": over the 120 reports, asked of the 66 that never say it, 15 more quoted something
        ("Were senior leaders visible in Kent in 2015?", "Were senior leaders visible in Kent?"),
        ("What did inspectors find about Leeds's care leavers in 2015? Had the council improved in 2015?",
         "What did inspectors find about Leeds's care leavers in 2015? Has the council improved?"),
        # a date the report gives in the past, and a time measured from another
        ("When was Kent inspected in 2015?", "When was Kent inspected?"),
        ("Had Leeds improved since the previous inspection in 2015?", "Had Leeds improved since the previous inspection?"),
        # a figure, stated as of a date in the past as often as not
        ("How many children were in Leeds's care in 2015?", "How many children were in Leeds's care?"),
        # whether something happened, not how good it was (a hostile probe's unanswerable questions)
        ("Did Leeds close any of its children's homes in 2014?", "Did Leeds close any of its children's homes?"),
        ("Did Leeds appoint a chair for its improvement board in 2014?", "Did Leeds appoint a chair for its improvement board?"),
        ("What did children tell inspectors about early help in Leeds in 2014?", "What did children tell inspectors about early help in Leeds?"),
        # the subject's number: a council's name is one, what it owns may be many
        ("Did Leeds struggle with caseloads in 2014?", "Does Leeds struggle with caseloads?"),
        ("Did Kent's social workers have manageable caseloads in 2015?", "Do Kent's social workers have manageable caseloads?"),
        ("Did Luton schools keep children safe in 2015?", "Do Luton schools keep children safe?"),
        ("Did Tower Hamlets managers audit cases well in 2014?", "Do Tower Hamlets managers audit cases well?"),
        ("Did Leeds always keep children safe in 2014?", "Does Leeds always keep children safe?"),
        ("Did the council always audit cases well in 2014?", "Does the council always audit cases well?"),
    ],
)
def test_a_question_about_the_reports_own_time_is_read_in_the_present(asked, read):
    assert without_report_year(asked, {"2014", "2015"}) == read
    if read.startswith("What did"):
        return
    # without the present reading, only the year goes
    assert without_report_year(asked, {"2014", "2015"}, present=False) == re.sub(r" in 201[45]\?$", "?", asked)


@pytest.mark.parametrize(
    "asked, read",
    [
        ("Were children safe in Leeds?", "Are children safe in Leeds?"),
        ("How well were disabled children supported in Barnsley?", "How well are disabled children supported in Barnsley?"),
        ("Did Luton schools keep children safe?", "Do Luton schools keep children safe?"),
        ("Were children safe in Leeds? Were they listened to?", "Were children safe in Leeds? Are they listened to?"),
        # a year the reports are not of asks about that year; one they are of is without_report_year's
        ("Were children safe in Leeds in 2019?", "Were children safe in Leeds in 2019?"),
        ("Were children safe in Leeds in 2014?", "Were children safe in Leeds in 2014?"),
        # not how good something was: whether it happened, when, how many
        ("Did Leeds close any of its children's homes?", "Did Leeds close any of its children's homes?"),
        ("When was Leeds inspected?", "When was Leeds inspected?"),
        ("How many children were in Leeds's care?", "How many children were in Leeds's care?"),
        ("Were children in Leeds safe from lead paint?", "Were children in Leeds safe from lead paint?"),
    ],
)
def test_a_question_naming_a_dated_report_and_no_year_is_read_in_its_present(asked, read):
    assert in_a_named_reports_present(asked, {"2014"}) == read


def test_a_question_naming_no_dated_report_is_read_as_asked():
    # a press article or a learning review tells a past case in the past
    assert in_a_named_reports_present("Was the referral handled well?", ()) == "Was the referral handled well?"


@pytest.mark.parametrize(
    "asked, topic",
    [
        ("Were the council's libraries run well in Torbay?", {"council", "librari"}),
        ("Did Torbay keep children safe in 2018?", {"children"}),
        ("Was the youth offending team's budget managed well in Torbay?", {"youth", "offend", "team", "budget"}),
        ("Were children safe in Torbay in 2018?", {"children"}),
        ("How well did Torbay tackle child sexual exploitation?", {"child", "sexual", "exploit"}),
        # how good nothing in particular was: any verdict may answer
        ("How was Torbay rated?", set()),
        ("Was Torbay good?", set()),
        # asking what a report found, graded or recommended: its answers need not repeat the words
        ("What did Ofsted want Torbay to improve about places for children to live?", set()),
        ("Which area of Torbay's work with families fell short of a good grade?", set()),
        ("How did Torbay's leaving-care service score, and what was its biggest strength?", set()),
        # not asking how good something was
        ("When was Torbay inspected?", set()),
        ("Did Torbay close a children's home?", set()),
    ],
)
def test_what_a_question_asking_how_good_something_was_asks_about(asked, topic):
    assert how_good_topic_terms(asked, {"torbay", "2018"}) == topic
