"""On the real stack: asked for a grade, the answer quotes the report's judgement row, not the
line that merely shares the question's words ("Inspection dates: ... 2019")."""

import pytest

from tests.conftest import SCILLY_2019, SOUTHAMPTON_2020

REPORTS = (SOUTHAMPTON_2020, SCILLY_2019)


@pytest.fixture(scope="module")
def two_reports(southampton_and_scilly):
    return southampton_and_scilly


@pytest.mark.real
def test_a_question_asking_a_grade_is_answered_with_the_judgement_row(two_reports):
    answer = two_reports.ask("What overall rating did Southampton receive at its 2019 inspection?")
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == REPORTS[0]
    assert " ".join(first.text.split()) == "Overall effectiveness | Requires improvement to be good"


@pytest.mark.real
def test_without_the_preference_the_same_question_scores_the_row_lower(two_reports):
    from dataclasses import replace

    from assistant.core import Assistant

    plain = Assistant(replace(two_reports.settings, model_judgement_weight=0.0), embedder=two_reports.embedder)
    question = "What overall rating did Southampton receive at its 2019 inspection?"
    row = "Overall effectiveness | Requires improvement to be good"

    def row_probability(assistant):
        candidates = assistant.ask(question).explanation.candidates
        return max((c.probability for c in candidates if " ".join(c.text.split()) == row), default=0.0)

    assert row_probability(two_reports) > row_probability(plain)


@pytest.mark.real
def test_a_verdict_on_the_previous_inspection_answers_for_it_and_not_for_this_one(two_reports):
    """The judgement table grades the inspection reported: asked about the one before, the sentence
    saying what that one found is the answer; asked how the council was graded, it is not."""
    from dataclasses import replace

    from assistant.core import Assistant

    earlier = "Services for children and families on the Isles of Scilly have improved since the single inspection in 2016, when they were judged to be good."
    asked_earlier = two_reports.ask("How had the Isles of Scilly been graded by Ofsted at the previous inspection?")
    assert " ".join(asked_earlier.citations[0].text.split()) == earlier
    now = "How were children's services on the Isles of Scilly graded overall?"
    asked_now = two_reports.ask(now)
    assert " ".join(asked_now.citations[0].text.split()) == "Overall effectiveness | Good"
    assert all(" ".join(c.text.split()) != earlier for c in asked_now.citations)
    assert any("judgement" in note and "gained nothing" in note for note in asked_now.explanation.notes)
    # Without the rule the earlier verdict leads (it shares the question's words and states a grade),
    # unless the row gains as the reports' term for "graded overall" ("overall effectiveness").
    plain = Assistant(replace(two_reports.settings, model_area_match="off", model_plain_words_weight=0.0), embedder=two_reports.embedder)
    assert " ".join(plain.ask(now).citations[0].text.split()) == earlier


@pytest.mark.real
def test_asked_when_an_earlier_inspection_was_the_reports_own_dates_are_never_quoted(two_reports):
    """"When had Ofsted last inspected Isles of Scilly before the 2019 report?" was answered with the
    report's own "Inspection dates: 14 October 2019 to 18 October 2019" (9 of the 120 reports so)."""
    from assistant.answers.model_answering import states_inspection_dates

    answer = two_reports.ask("When had Ofsted last inspected Isles of Scilly before the 2019 report?")
    assert not any(states_inspection_dates(c.text) for c in answer.citations), [c.text for c in answer.citations]
    assert any("own \u201cInspection dates" in note for note in answer.explanation.notes)
    # Asked when this inspection was, the line is the answer.
    dated = two_reports.ask("When did Ofsted inspect the Isles of Scilly in 2019?")
    assert states_inspection_dates(dated.citations[0].text)
