"""On the real stack: a question closing with the year of the report it names ("… in 2022?") is
read by the answer model, and pre-filtered, without that year: the year says which report, and
read as part of the question it cost the findings their scores."""

from dataclasses import replace

import pytest

from tests.conftest import THREE_REPORTS

LEEDS = THREE_REPORTS[0]
QUESTION = "Were Leeds social workers overloaded in 2022?"


@pytest.mark.real
def test_the_reports_year_is_left_out_of_the_reading_and_the_search(three_reports):
    from assistant.core import Assistant

    both = Assistant(replace(three_reports.settings, report_year="both"), embedder=three_reports.embedder)
    answer = both.ask(QUESTION)
    assert not answer.abstained
    assert answer.citations[0].source == LEEDS and "caseload" in answer.citations[0].text
    notes = answer.explanation.notes
    assert any("read the question as \u201cWere Leeds social workers overloaded?\u201d" in note for note in notes)
    assert any(note.startswith("the pre-filter did not count Leeds, 2022") for note in notes)

    # Read as asked, the year is looked for too: every finding scores under the threshold.
    assert Assistant(replace(three_reports.settings, report_year="off"), embedder=three_reports.embedder).ask(QUESTION).abstained


@pytest.mark.real
def test_another_year_is_kept(three_reports):
    answer = three_reports.ask("Were Leeds social workers overloaded in 2019?")
    assert not any("its closing year says which report" in note for note in answer.explanation.notes)
