"""On the real stack: asked when something happened, the pre-filter reads sentences holding a
date in place of its last choices that hold none, so the report's "Inspection dates: …" line is
read and quoted even when 32 others share more of the question's words."""

from dataclasses import replace

import pytest

from tests.conftest import ofsted_assistant

REPORTS = ("ofsted-kent-13-june-2017.pdf", "ofsted-hillingdon-11-february-2014.pdf")


@pytest.fixture(scope="module")
def two_reports(real_embedder, tmp_path_factory):
    return ofsted_assistant(real_embedder, tmp_path_factory, REPORTS, "dates")


@pytest.mark.real
@pytest.mark.parametrize("question", ["When were inspectors in Kent?", "When did Ofsted inspect Kent?"])
def test_asked_when_the_inspection_was_the_dates_line_is_read_and_quoted(two_reports, question):
    from assistant.core import Assistant

    answer = two_reports.ask(question)
    assert answer.citations and " ".join(answer.citations[0].text.split()) == "Inspection dates: 6 March to 30 March 2017"
    assert any("holding a date were read" in note for note in answer.explanation.notes)
    # The setting off: the same question is read by its words alone, and the line is not read.
    plain = Assistant(replace(two_reports.settings, model_date_prefilter="off"), embedder=two_reports.embedder)
    read = [" ".join(c.text.split()) for c in plain.ask(question).explanation.candidates]
    assert "Inspection dates: 6 March to 30 March 2017" not in read
