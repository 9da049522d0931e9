"""On the real stack: asked what a report told a council to do, the answer quotes its
recommendation (a noun phrase under "What needs to improve?"), not a finding on the same topic."""

from dataclasses import replace

import pytest

from tests.conftest import THREE_REPORTS

BRISTOL = THREE_REPORTS[1]
QUESTION = "What did Ofsted tell Bristol to get done faster for kids coming into care?"
RECOMMENDATION = "The timeliness of initial health assessments for children coming into care."


@pytest.mark.real
def test_a_question_asking_what_was_recommended_is_answered_with_the_recommendation(three_reports):
    from assistant.core import Assistant

    answer = three_reports.ask(QUESTION)
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == BRISTOL and RECOMMENDATION in first.text
    assert first.heading == "What needs to improve?"
    assert any("asks what was recommended" in note for note in answer.explanation.notes)

    plain = Assistant(replace(three_reports.settings, model_recommendation_weight=0.0), embedder=three_reports.embedder)

    def probability(assistant):
        return max((c.probability for c in assistant.ask(QUESTION).explanation.candidates if RECOMMENDATION in c.text), default=0.0)

    assert probability(three_reports) > probability(plain)
