"""On the real stack: the words that name the report a question is about ("Bristol") pick the
report, not the sentences read within it; counted, they fill the sentences read with the
council's name and the answer is lost."""

import pytest

from tests.conftest import THREE_REPORTS

BRISTOL = THREE_REPORTS[1]
QUESTION = "Who led the Ofsted team in Bristol?"
ANSWER = "Lead inspector: Tracey Ledder"


@pytest.mark.real
def test_the_councils_name_does_not_choose_the_sentences_read(three_reports, monkeypatch):
    from assistant.search.routing import DocumentRouter

    answer = three_reports.ask(QUESTION)
    assert not answer.abstained
    assert answer.citations[0].source == BRISTOL and ANSWER in answer.citations[0].text
    assert any(note.startswith("the pre-filter did not count Bristol: it names the report") for note in answer.explanation.notes)

    # Counted (and without the lead-inspector preference, which since 2026-12-06 reads the "Lead
    # inspector: …" passage whatever the words find), the council's name fills the sentences read.
    from dataclasses import replace

    from assistant.core import Assistant

    monkeypatch.setattr(DocumentRouter, "naming_words", lambda self, question, documents: frozenset())
    counted = Assistant(replace(three_reports.settings, model_lead_inspector_weight=0.0), embedder=three_reports.embedder).ask(QUESTION)
    assert not any(ANSWER in c.text for c in counted.citations)
