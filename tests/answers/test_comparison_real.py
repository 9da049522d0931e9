"""A question comparing councils, on the real stack: each council answered from its own report, a
line each (assistant/answers/comparison.py)."""

from dataclasses import replace

import pytest

from assistant.core import Assistant
from assistant.answers.explain import explain_lines
from assistant.domain import LIST_ITEM, MARKER

LEEDS, BRISTOL = "ofsted-leeds-09-may-2022.pdf", "ofsted-bristol-10-march-2023.pdf"


def _lines(answer) -> dict[str, set[str]]:
    """Each line's label and the documents its citations come from."""
    by_n = {c.n: c.source for c in answer.citations}
    out = {}
    for line in answer.text.split("\n"):
        assert line.startswith(LIST_ITEM)
        label, _, rest = line[len(LIST_ITEM) :].partition(": ")
        out[label] = {by_n[int(n)] for n in MARKER.findall(rest)}
    return out


def test_two_councils_compared_are_each_answered_from_their_own_report(three_reports):
    question = "How do Leeds and Bristol compare on support for care leavers?"
    answer = three_reports.ask(question)
    assert not answer.abstained
    assert _lines(answer) == {"Leeds": {LEEDS}, "Bristol": {BRISTOL}}
    assert set(answer.named) == {LEEDS, BRISTOL}
    assert any("compares Leeds (1 report), Bristol (1 report)" in line for line in explain_lines(answer))
    # Asked once of the library, one council's passages win and the other goes unanswered.
    plain = Assistant(replace(three_reports.settings, compare_answers="off"), embedder=three_reports.embedder).ask(question)
    assert {c.source for c in plain.citations} != {LEEDS, BRISTOL}


def test_a_council_named_alone_is_answered_as_before(three_reports):
    answer = three_reports.ask("How well does Bristol support its care leavers?")
    assert not answer.text.startswith(LIST_ITEM) and {c.source for c in answer.citations} == {BRISTOL}


def test_a_follow_up_naming_another_council_is_answered_from_that_councils_report(three_reports):
    from assistant.answers.conversation import Conversation

    conversation = Conversation()
    first = three_reports.ask("How does Leeds support its care leavers?", conversation=conversation)
    assert {c.source for c in first.citations} == {LEEDS}
    then = three_reports.ask("What about Bristol?", conversation=conversation)
    assert then.read_as == "How does Bristol support its care leavers?"  # the turn before's question, of Bristol
    assert then.citations and {c.source for c in then.citations} == {BRISTOL}
    assert then.named == (BRISTOL,)
    why = three_reports.ask("Why?", conversation=conversation)
    assert why.read_as == "Why does Bristol support its care leavers?"  # the chain goes on from the new reading


def test_what_about_another_council_after_a_comparison_asks_it_of_that_council(three_reports):
    from assistant.answers.conversation import Conversation

    conversation = Conversation()
    three_reports.ask("How do Leeds and Bristol compare on support for care leavers?", conversation=conversation)
    then = three_reports.ask("What about Barnsley?", conversation=conversation)
    assert then.read_as == "How do Barnsley do on support for care leavers?"
    assert {c.source for c in then.citations} == {"ofsted-barnsley-27-october-2023.pdf"}


def test_a_follow_up_to_a_comparison_is_compared_again_in_its_context(three_reports):
    from assistant.answers.conversation import Conversation

    conversation = Conversation()
    three_reports.ask("How do Leeds and Bristol compare on support for care leavers?", conversation=conversation)
    # (Asked "And on adoption?" until the twenty-fifth session: both reports' best sentences
    # score just under the threshold since the pre-filter weighs meaning, and neither says much.)
    then = three_reports.ask("And on caseloads?", conversation=conversation)
    lines = _lines(then)
    assert set(lines) == {"Leeds", "Bristol"} and lines["Bristol"] == {BRISTOL} and lines["Leeds"] == {LEEDS}
    # Asked as "Leeds: And on caseloads?", not read with the turn before: its care leavers won.
    assert all("caseload" in c.text.lower() for c in then.citations)
    assert not any("care leaver" in c.text.lower() for c in then.citations)


def test_a_section_asked_of_two_councils_says_whose_each_item_is_in_the_order_asked(three_reports):
    answer = three_reports.ask("What grades did Bristol and Leeds get?")
    lines = answer.text.split("\n")
    labels = [line[len(LIST_ITEM) :].split(": ")[0] for line in lines]
    assert labels == sorted(labels, key=["Bristol", "Leeds"].index) and set(labels) == {"Bristol", "Leeds"}
    by_n = {c.n: c.source for c in answer.citations}
    for line, label in zip(lines, labels):
        (n,) = MARKER.findall(line)
        assert by_n[int(n)] == {"Leeds": LEEDS, "Bristol": BRISTOL}[label]
        assert line.endswith(f"{' '.join(next(c for c in answer.citations if c.n == int(n)).text.split())} [{n}]")


from tests.conftest import SUNDERLAND_2015, SUNDERLAND_2025  # the two_sunderlands fixture's reports


def test_a_council_with_two_reports_and_no_year_is_answered_from_its_newest(two_sunderlands):
    answer = two_sunderlands.ask("How do Sunderland and Bristol compare on leadership?")
    lines = _lines(answer)
    assert lines == {"Sunderland (2025)": {SUNDERLAND_2025}, "Bristol": {BRISTOL}}
    # A year asked picks that report, labelled as asked.
    dated = _lines(two_sunderlands.ask("How do Sunderland in 2015 and Bristol compare on leadership?"))
    assert dated["Sunderland"] <= {SUNDERLAND_2015} and "Bristol" in dated


def test_how_does_that_compare_with_another_council_answers_both_a_line_each(three_reports):
    from assistant.answers.conversation import Conversation

    conversation = Conversation()
    three_reports.ask("How does Leeds support its care leavers?", conversation=conversation)
    then = three_reports.ask("How does that compare with Bristol?", conversation=conversation)
    assert _lines(then) == {"Leeds": {LEEDS}, "Bristol": {BRISTOL}}
    # Kept to Bristol's reports alone, Leeds was dropped and the topic lost.
    assert any("care leaver" in c.text.lower() for c in then.citations if c.source == BRISTOL) or any(
        "care leaver" in c.heading.lower() for c in then.citations if c.source == BRISTOL and c.heading
    )


def test_a_year_the_council_has_no_report_of_is_not_swapped_in(two_sunderlands):
    from assistant.answers.conversation import Conversation

    conversation = Conversation()
    two_sunderlands.ask("How does Bristol support its care leavers?", conversation=conversation)
    then = two_sunderlands.ask("What about Sunderland in 2015?", conversation=conversation)
    assert then.read_as == "How does Sunderland support its care leavers?"
    assert {c.source for c in then.citations} <= {SUNDERLAND_2015}
    assert two_sunderlands.ask("What about Bristol in 2019?", conversation=conversation).read_as != "How does Bristol support its care leavers?"


def test_a_comparison_typed_in_lower_case_is_answered_a_line_each(three_reports):
    answer = three_reports.ask("how do leeds and bristol compare on support for care leavers?")
    assert _lines(answer) == {"Leeds": {LEEDS}, "Bristol": {BRISTOL}}


def test_a_council_no_report_is_about_gets_a_line_saying_so_and_is_not_dropped(three_reports):
    answer = three_reports.ask("How do Leeds and Norfolk compare on support for care leavers?")
    lines = answer.text.split("\n")
    assert lines[1] == f"{LIST_ITEM}Norfolk: no report in the library is about Norfolk."
    assert _lines(answer) == {"Leeds": {LEEDS}, "Norfolk": set()}
    assert not answer.abstained
    possessive = three_reports.ask("How do Leeds's and Norfolk's care leavers compare?")
    assert "Norfolk" in _lines(possessive)
    # A name most of the reports mention (each one's back page gives Ofsted's London address) is
    # what they are compared with, not a place the library lacks: no line of its own.
    plain = three_reports.ask("How does Leeds compare with London on support for care leavers?")
    assert "London:" not in plain.text


def test_what_about_another_council_typed_in_lower_case_swaps_the_council(three_reports):
    from assistant.answers.conversation import Conversation

    conversation = Conversation()
    three_reports.ask("How does Leeds support its care leavers?", conversation=conversation)
    then = three_reports.ask("what about bristol?", conversation=conversation)
    assert then.read_as == "How does Bristol support its care leavers?"
    assert then.citations and {c.source for c in then.citations} == {BRISTOL}


def test_an_english_council_without_a_report_gets_its_line_without_the_word_compare(three_reports):
    answer = three_reports.ask("Norfolk and Leeds: are care leavers well supported?")
    assert answer.text.split("\n")[0] == f"{LIST_ITEM}Norfolk: no report in the library is about Norfolk."
    assert _lines(answer) == {"Norfolk": set(), "Leeds": {LEEDS}}
    # Not an English council, and nothing asks to compare: the question is about Leeds.
    plain = three_reports.ask("How do Leeds and Barnardo's support care leavers?")
    assert "Barnardo" not in plain.text


def test_a_place_without_a_report_keeps_its_line_in_lower_case_and_in_a_follow_up(three_reports):
    from assistant.answers.conversation import Conversation

    answer = three_reports.ask("how do leeds and norfolk compare on care leavers?")
    assert _lines(answer) == {"Leeds": {LEEDS}, "Norfolk": set()}
    conversation = Conversation()
    three_reports.ask("How do Leeds and Norfolk compare on care leavers?", conversation=conversation)
    then = three_reports.ask("And on adoption?", conversation=conversation)
    assert "no report in the library is about norfolk." in then.text.lower()  # its line, or the abstention's note


def test_a_question_about_the_latest_is_answered_from_the_councils_newest_report(two_sunderlands):
    from assistant.answers.conversation import Conversation

    conversation = Conversation()
    answer = two_sunderlands.ask("When was Sunderland last inspected?", conversation=conversation)
    assert not answer.abstained and {c.source for c in answer.citations} == {SUNDERLAND_2025}
    assert "2025" in answer.citations[0].text
    assert any("newest of Sunderland's reports" in line for line in explain_lines(answer))
    # The conversation goes on from the report answered: a follow-up keeps to it, though its
    # context names all of Sunderland's; another council swapped in gets its newest too.
    then = two_sunderlands.ask("And what did it say about care leavers?", conversation=conversation)
    assert then.citations and {c.source for c in then.citations} == {SUNDERLAND_2025}
    # A year, or a question not about the latest, is asked of the council's reports as before.
    swapped = Conversation()
    two_sunderlands.ask("When was Bristol last inspected?", conversation=swapped)
    then = two_sunderlands.ask("What about Sunderland?", conversation=swapped)
    assert then.read_as == "When was Sunderland last inspected?" and {c.source for c in then.citations} == {SUNDERLAND_2025}
    # What the newest report does not answer is not answered from an older one: that would answer
    # another question than the one asked. The answer says which report was asked.
    older = two_sunderlands.ask("How many case files did inspectors refer back to Sunderland at its latest inspection?")
    assert older.abstained and SUNDERLAND_2025 in older.text and "name a year" in older.text
    assert {c.source for c in two_sunderlands.ask("How many case files did inspectors refer back to Sunderland in 2015?").citations} == {SUNDERLAND_2015}
    # Any question naming the council and no year is asked of its newest report first, and of
    # them all when that one does not answer (ASSISTANT_NEWEST_FIRST=always).
    current = two_sunderlands.ask("How well does Sunderland support its care leavers?")
    assert {c.source for c in current.citations} == {SUNDERLAND_2025}
    assert any("as the question names no year" in line for line in explain_lines(current))
    earlier = two_sunderlands.ask("How many case files did inspectors refer back to Sunderland?")
    assert {c.source for c in earlier.citations} == {SUNDERLAND_2015}
    assert not any("newest of" in line for line in explain_lines(earlier))
    dated = two_sunderlands.ask("When was Sunderland inspected in 2015?")
    assert {c.source for c in dated.citations} == {SUNDERLAND_2015}
    assert not any("newest of" in line for line in explain_lines(dated))


def test_a_follow_up_pointing_to_the_other_report_is_answered_from_it(two_sunderlands):
    from assistant.answers.conversation import Conversation

    conversation = Conversation()
    first = two_sunderlands.ask("How well does Sunderland support its care leavers?", conversation=conversation)
    assert {c.source for c in first.citations} == {SUNDERLAND_2025}
    older = two_sunderlands.ask("And in the previous report?", conversation=conversation)
    assert older.citations and {c.source for c in older.citations} == {SUNDERLAND_2015}
    newer = two_sunderlands.ask("What about the newer one?", conversation=conversation)
    assert all(c.source == SUNDERLAND_2025 for c in newer.citations)


@pytest.mark.parametrize("then", ["And in 2025?", "What about the 2025 report?"])
def test_a_follow_up_asking_another_year_is_answered_from_that_years_report(two_sunderlands, then):
    """"And in 2025?" after a question on Sunderland's 2015 report: its context names both years,
    and it is answered from the 2025 report alone; a year measured from is no report to keep to."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation()
    first = two_sunderlands.ask("How were Sunderland's services for care leavers rated in 2015?", conversation=conversation)
    assert {c.source for c in first.citations} == {SUNDERLAND_2015}
    answer = two_sunderlands.ask(then, conversation=conversation)
    assert answer.named == (SUNDERLAND_2025,)
    assert answer.citations and {c.source for c in answer.citations} == {SUNDERLAND_2025}
    since = two_sunderlands.ask("Has it improved since 2015?", conversation=conversation)
    assert since.named != (SUNDERLAND_2015,)


def test_a_month_in_a_follow_up_names_no_report_dated_that_month(two_sunderlands):
    """Bristol's report and Sunderland's 2025 one are dated March by their file names; "And by
    March 2015?" after a question on Sunderland's 2015 report is still about that report."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation()
    two_sunderlands.ask("How many children in Sunderland went missing from care in 2015?", conversation=conversation)
    answer = two_sunderlands.ask("And by March 2015?", conversation=conversation)
    assert answer.named == (SUNDERLAND_2015,)
    assert all(c.source == SUNDERLAND_2015 for c in answer.citations)
