"""On the real stack: a follow-up that asks who led "it" or when "it" took place, after a
question about an inspection, is answered from the report's front-page label lines, as the same
question naming the inspection is. Read as asked, "Who led it?" quoted the date the turn before
asked about, and "When did it take place?" whatever else took place that year."""

import pytest

from assistant.answers.model_answering import asks_inspection_dates, asks_lead_inspector
from tests.conftest import SUNDERLAND_2015

LEAD_2015 = "Lead inspector: Fiona J Millns"


def test_what_it_is_comes_from_the_turn_before():
    after_an_inspection = "When did Ofsted inspect York in 2017?"
    assert asks_lead_inspector("Who led it?", after_an_inspection)
    assert asks_lead_inspector("And who carried out that inspection?", after_an_inspection)
    assert not asks_lead_inspector("Who led it?", "What did the improvement board set out to do?")
    assert not asks_lead_inspector("Who led it?")

    after_its_lead = "Who led the Salford inspection in 2015?"
    assert asks_inspection_dates("When did it take place?", after_its_lead)
    assert asks_inspection_dates("And when was that?", after_its_lead)
    assert asks_inspection_dates("When were inspectors in Salford?")
    assert not asks_inspection_dates("When did it take place?", "What did the board's audit find?")
    assert not asks_inspection_dates("When did that person start?", "What kicked off the improvements, according to Ofsted?")
    assert not asks_inspection_dates("When did it take place?", "When was Kirklees previously inspected?")
    assert not asks_inspection_dates("When was Kirklees previously inspected?")
    assert not asks_inspection_dates("When was the inspection report published?")
    assert not asks_inspection_dates("How many inspectors visited?")


def _last_answer(assistant, turns):
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-inspection")
    return [assistant.ask(turn, conversation=conversation) for turn in turns][-1]


@pytest.mark.real
def test_who_led_it_after_the_inspections_date_is_its_lead_inspector(two_sunderlands):
    answer = _last_answer(two_sunderlands, ("When did Ofsted inspect Sunderland in 2015?", "Who led it?"))
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == SUNDERLAND_2015 and " ".join(first.text.split()) == LEAD_2015


@pytest.mark.real
def test_when_it_took_place_after_its_lead_inspector_is_the_inspections_dates(two_sunderlands):
    answer = _last_answer(two_sunderlands, ("Who led the Sunderland inspection in 2015?", "When did it take place?"))
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == SUNDERLAND_2015 and first.text.lower().startswith("inspection date")
    assert any("asks when the inspection took place" in note for note in answer.explanation.notes)
