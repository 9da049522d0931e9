"""Names the question gives, on the real stack: one the texts never mention is not searched; one
they mention here and there must be in the passage an answer quotes (assistant/search/names.py)."""

from dataclasses import replace

import pytest

from assistant.core import Assistant
from assistant.answers.explain import explain_lines
from assistant.domain import NOT_FOUND_TEXT
from assistant.search.keyword import content_terms
from assistant.search.routing import heading_case


def test_a_council_no_report_mentions_is_not_answered_with_another_councils_grades(three_reports):
    answer = three_reports.ask("What grades did Norfolk get?")
    assert answer.abstained and not answer.citations
    assert answer.text == f"{NOT_FOUND_TEXT} None of them mentions \u201cNorfolk\u201d."
    assert explain_lines(answer)[0] == "Abstained: not searched: none of the documents mentions \u201cNorfolk\u201d."
    assert not three_reports.seeks("What grades did Norfolk get?")
    # Without the check, another council's grade row is quoted as if it were Norfolk's.
    plain = Assistant(replace(three_reports.settings, name_check="off"), embedder=three_reports.embedder)
    assert not plain.ask("What grades did Norfolk get?").abstained


def test_a_name_mentioned_in_passing_must_be_in_the_quoted_passage(three_reports):
    question = "When was the Yorkshire inspection?"  # "South Yorkshire" in Barnsley's report, once
    index = three_reports.load_index()

    def mentions(citation) -> bool:
        passage = next(p for p in index.chunks if p.doc_id == citation.source and p.start <= citation.start < p.end)
        return "yorkshir" in set(content_terms(f"{passage.heading or ''} {passage.text}"))

    plain = Assistant(replace(three_reports.settings, name_check="off"), embedder=three_reports.embedder).ask(question)
    assert plain.citations and not all(mentions(c) for c in plain.citations)
    answer = three_reports.ask(question)
    assert all(mentions(c) for c in answer.citations)
    assert any("\u201cYorkshire\u201d" in note for note in answer.explanation.notes)
    # The other councils' dates cleared the threshold: the reader is told why they are not quoted.
    assert answer.abstained and answer.text == f"{NOT_FOUND_TEXT} None of the passages that mention \u201cYorkshire\u201d answers it."


def test_a_council_name_with_a_typing_slip_is_still_answered_from_its_report(three_reports):
    answer = three_reports.ask("When were Barnsly's children's services inspected?")
    assert not answer.abstained and "11 to 15 September 2023" in answer.text
    assert {c.source for c in answer.citations} == {"ofsted-barnsley-27-october-2023.pdf"}
    assert "read \u201cBarnsly\u201d as \u201cBarnsley\u201d (a document's name)" in answer.explanation.notes
    assert answer.read_as == "When were Barnsley's children's services inspected?"  # shown under the answer
    assert three_reports.ask("When were Barnsley's children's services inspected?").read_as is None


def test_a_council_name_cut_short_is_searched_even_when_no_other_word_is_the_texts(three_reports):
    answer = three_reports.ask("How is Barnsl doing?")  # before: "none of the question's words occurs in the documents"
    assert not answer.abstained and {c.source for c in answer.citations} == {"ofsted-barnsley-27-october-2023.pdf"}
    assert answer.read_as == "How is Barnsley doing?"


def test_a_follow_up_goes_on_from_the_name_as_its_document_writes_it(three_reports):
    from assistant.answers.conversation import Conversation

    conversation = Conversation()
    three_reports.ask("How does Barnsly support its care leavers?", conversation=conversation)
    assert "Barnsley" in conversation.turns[-1].reading.read_as


def test_a_person_the_articles_never_mention_is_not_searched(shipped_assistant):
    answer = shipped_assistant.ask("What did Sajid Javid say about Ali's referral?")
    assert answer.abstained and answer.text.endswith("None of them mentions \u201cSajid Javid\u201d.")
    kept = shipped_assistant.ask("When was Ali first referred to Prevent?")  # held names still answer
    assert not kept.abstained and "October 2014" in kept.text


def test_in_two_articles_a_phrase_capitalised_in_the_askers_own_form_is_still_searched(shipped_assistant):
    # The articles write "the 12-month review" and "security minister" in lower case; a person types
    # "the Twelve Month Review" or "the Security Minster". Only a library (thousands of passages)
    # treats a lower-case word as no name (tests/search/test_names.py).
    answer = shipped_assistant.ask("When was the Twelve Month Review logged?")
    assert not answer.abstained and "4 December 2016" in answer.text
    kept = shipped_assistant.ask("What did Sir Dave Amess's family complain about?")  # "Amess" is theirs as a name
    assert not kept.abstained and "Essex Police" in kept.text


def test_a_council_the_library_has_no_report_on_is_said_so_in_lower_case_and_in_a_follow_up(three_reports):
    from assistant.answers.conversation import Conversation

    lower = three_reports.ask("what grades did herefordshire get?")
    assert lower.abstained and not lower.citations and "\u201cHerefordshire\u201d" in lower.text
    assert lower.text == three_reports.ask("What grades did Herefordshire get?").text  # read as it is written
    assert lower.read_as is None  # only the case changed: nothing to show
    conversation = Conversation()
    three_reports.ask("How does Leeds support its care leavers?", conversation=conversation)
    norfolk = three_reports.ask("What about Norfolk?", conversation=conversation)
    assert norfolk.abstained and "Norfolk" in norfolk.text  # none of these three reports mentions it either
    lower_follow_up = three_reports.ask("what about herefordshire?", conversation=conversation)
    assert lower_follow_up.abstained and "Herefordshire" in lower_follow_up.text
    then = three_reports.ask("what about bristol?", conversation=conversation)  # the conversation goes on from Leeds's question
    assert then.read_as == "How does Bristol support its care leavers?"
    assert three_reports.seeks("What about Norfolk?", follow_up=True) is False  # reopened from history: not a turn


@pytest.mark.parametrize(
    "question",
    ["So I've been reading a lot about this case: who referred Ali to Prevent?", "Reading the review, who referred Ali to Prevent?"],
)
def test_a_council_named_like_an_everyday_word_is_no_council_in_lower_case_or_as_a_verb(shipped_assistant, three_reports, question):
    """"reading" is a verb here, not the borough of Reading: the question is searched (a probe's
    question opening "So I've been reading a lot about this case" was not)."""
    answer = shipped_assistant.ask(question)
    assert "Reading" not in answer.text
    assert answer.explanation is not None and answer.explanation.candidates  # searched and weighed
    named = three_reports.ask("What grades did Reading get?")  # with a capital mid-question, the borough
    assert named.abstained and "Reading" in named.text


LINCOLNSHIRE, NORTH_LINCOLNSHIRE = "ofsted-lincolnshire-11-june-2019.pdf", "ofsted-north-lincolnshire-25-november-2022.pdf"
NORTH_EAST_LINCOLNSHIRE = "ofsted-north-east-lincolnshire-26-november-2021.pdf"
REDCAR = "ofsted-redcar-and-cleveland-22-september-2022.pdf"


@pytest.mark.real
@pytest.mark.parametrize(
    ("typed", "report", "grade"),
    [
        ("how was north lincolnshire rated", NORTH_LINCOLNSHIRE, "Outstanding"),
        ("how was north east lincolnshire rated", NORTH_EAST_LINCOLNSHIRE, "Inadequate"),
        ("How was North east lincolnshire rated?", NORTH_EAST_LINCOLNSHIRE, "Inadequate"),
    ],
)
def test_a_council_typed_in_lower_case_is_its_name_not_words_other_councils_share(councils_alike, typed, report, grade):
    """Typed in lower case, "north lincolnshire" named no report (its words are in three file
    names) and Lincolnshire's grade was quoted; now it is read as the heading writes it."""
    answer = councils_alike.ask(typed)
    assert not answer.abstained and {c.source for c in answer.citations} == {report}
    assert grade in answer.citations[0].text and answer.read_as is None  # only the case changed: nothing to show
    assert answer.text == councils_alike.ask(heading_case(typed.lower())).text


@pytest.mark.real
def test_a_councils_name_typed_in_lower_case_with_a_slip_is_read_as_its_report_writes_it(councils_alike):
    answer = councils_alike.ask("how was redcar and clevland rated")
    assert answer.read_as == "how was Redcar and Cleveland rated"  # shown: the reader sees the slip read
    assert not answer.abstained and {c.source for c in answer.citations} == {REDCAR}
    assert answer.text == councils_alike.ask("how was redcar and cleveland rated").text


@pytest.mark.real
def test_a_council_typed_in_lower_case_beside_ofsted_is_still_the_question_s_council(councils_alike):
    """"Ofsted", capitalised, is in every file name: it named no report, "redcar" was not looked
    at, and Redbridge's "… in touch with almost all care leavers" was quoted."""
    answer = councils_alike.ask("What did Ofsted say about redcar care leavers?")
    assert not answer.abstained and {c.source for c in answer.citations} == {REDCAR}


@pytest.mark.real
def test_a_short_form_staff_write_is_read_as_the_councils_name(councils_alike):
    """"How was N Yorks rated?" got York's grade (a probe): "N", "NE" and "Lincs" name no report."""
    answer = councils_alike.ask("How was NE Lincs rated?")
    assert answer.read_as == "How was North East Lincolnshire rated?"
    assert not answer.abstained and {c.source for c in answer.citations} == {NORTH_EAST_LINCOLNSHIRE}
    assert "Inadequate" in answer.citations[0].text
