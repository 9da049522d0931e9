"""On the real stack: "Why?" after an answer quoting the delays to Leeds's child protection
conferences is answered with the sentence stating their cause ("This led to a reduction in trained
… minute-takers, …"); with the cause weight at 0 the answer said the delays had been resolved."""

from dataclasses import replace

import pytest

from tests.conftest import THREE_REPORTS, asked_in_turn

LEEDS = THREE_REPORTS[0]
TURNS = ("Were there delays in Leeds getting children to initial child protection conferences?", "Why?")
CAUSE = "This led to a reduction in trained child protection conference minute-takers"


@pytest.mark.real
def test_asked_why_the_sentence_stating_the_cause_is_quoted(three_reports):
    from assistant.core import Assistant

    answer = asked_in_turn(three_reports, TURNS)[-1]
    assert any(c.source == LEEDS and CAUSE in c.text for c in answer.citations)
    assert any("the question asks why" in note for note in answer.explanation.notes)
    text = three_reports.document_text(LEEDS)
    assert all(text[c.start : c.end] == c.text for c in answer.citations)

    flat = Assistant(replace(three_reports.settings, model_cause_weight=0.0), embedder=three_reports.embedder)
    without = asked_in_turn(flat, TURNS)[-1]
    assert not any(CAUSE in c.text for c in without.citations)


@pytest.mark.real
def test_asked_the_reasons_for_a_grade_no_judgement_row_is_the_answer(three_reports):
    """A probe: "What are the reasons for Havering's inadequate rating?" was answered with
    "Overall effectiveness | Inadequate": a row states a grade, never a reason."""
    from assistant.answers.model_answering import is_judgement_row

    answer = three_reports.ask("What are the reasons for Bristol's requires improvement rating?")
    assert not any(is_judgement_row(c.text) for c in answer.citations)
    assert any("judgement row(s), which state no reason" in note for note in answer.explanation.notes)
