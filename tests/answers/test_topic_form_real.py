"""On the real stack: "What did the report say about X?" is answered with what the report says about X.

Read as asked, the answer model looks for a statement attributed to someone and scores every
sentence about Bristol's disabled children under the threshold, so the question abstains; read as
"What is disabled children in Bristol like?" (answers/topic_questions.py) it quotes one."""

import dataclasses

import pytest

from tests.conftest import THREE_REPORTS

pytestmark = pytest.mark.real

BRISTOL = THREE_REPORTS[1]
ASKED = "What did the report say about disabled children in Bristol?"


def _asked_with(assistant, form: str):
    saved = assistant.settings
    assistant.settings = dataclasses.replace(saved, model_topic_form=form)
    assistant._model_answerer_instance = None
    try:
        return assistant.ask(ASKED)
    finally:
        assistant.settings = saved
        assistant._model_answerer_instance = None


def test_what_the_report_says_about_a_topic_is_answered_from_it(three_reports):
    answer = _asked_with(three_reports, "on")
    assert not answer.abstained
    assert {c.source for c in answer.citations} == {BRISTOL}
    # "Disabled children have social workers who know them well." and the sentence after it score
    # alike (0.21, 0.22): either may come first, and both are quoted.
    assert any("disabled children" in c.text.lower() for c in answer.citations)
    assert any("read the question as" in note and "like?" in note for note in answer.explanation.notes)
    as_asked = _asked_with(three_reports, "off")
    assert as_asked.abstained  # what the reading is for
    assert not any("read the question as" in note for note in as_asked.explanation.notes)


def test_said_with_no_sayer_after_a_heading_is_answered_from_the_report_named(three_reports):
    """"Bristol - what was said about disabled children?", as a chat puts it: the heading is kept,
    and the saying with no sayer is the report's."""
    answer = three_reports.ask("Bristol - what was said about disabled children?")
    assert not answer.abstained and {c.source for c in answer.citations} == {BRISTOL}
    assert "disabled children" in answer.citations[0].text.lower()
    assert any("read the question as" in note and "Bristol - what is disabled children like?" in note for note in answer.explanation.notes)
