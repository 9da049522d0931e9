"""On the real stack: asked who led an inspection, the answer is the report's "Lead inspector: …"
line, even where an older report puts it on its last page, which the question's words ("led",
"inspection") do not find among the report's passages."""

from dataclasses import replace

import pytest

from assistant.answers.model_answering import asks_lead_inspector
from tests.conftest import SUNDERLAND_2015

LEAD_2015 = "Lead inspector: Fiona J Millns"


def test_questions_asking_who_led_the_inspection():
    for question in (
        "Who led the Bury inspection in 2016?",
        "Who headed up that inspection?",
        "Who was the lead inspector for Leeds in 2015?",
        "Which HMI was in charge?",
        "Who was in charge of the Ofsted team?",
    ):
        assert asks_lead_inspector(question), question
    for question in ("Who led the improvement work in Bury?", "Who leads children's services?", "Who chairs the board?"):
        assert not asks_lead_inspector(question), question


def test_a_label_naming_two_lead_inspectors_is_the_lead_inspectors_line():
    from assistant.answers.model_answering import states_lead_inspector

    assert states_lead_inspector("Lead inspectors: Rebecca Quested, His Majesty’s Inspector, and Matthew Reed, His Majesty’s Inspector")
    assert states_lead_inspector("Lead inspector: Fiona J Millns")
    assert not states_lead_inspector("Deputy lead inspector: Sean Tarpey")


@pytest.mark.real
def test_who_led_an_older_inspection_is_answered_from_its_last_page(two_sunderlands):
    from assistant.core import Assistant

    answer = two_sunderlands.ask("Who led the Sunderland inspection in 2015?")
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == SUNDERLAND_2015 and " ".join(first.text.split()) == LEAD_2015
    assert any("asks who led the inspection" in note for note in answer.explanation.notes)
    # Without the preference the passage is never read: another sentence, or none, is quoted.
    plain = Assistant(replace(two_sunderlands.settings, model_lead_inspector_weight=0.0), embedder=two_sunderlands.embedder)
    assert all(" ".join(c.text.split()) != LEAD_2015 for c in plain.ask("Who led the Sunderland inspection in 2015?").citations)
