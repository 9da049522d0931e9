"""On the real stack: a follow-up that asks who led "it" or when "it" took place, after a
question about an inspection, is answered from the report's front-page label lines, as the same
question naming the inspection is. Read as asked, "Who led it?" quoted the date the turn before
asked about, and "When did it take place?" whatever else took place that year. Asked when an
earlier inspection was, the answer is the sentence dating it, not the front page's own dates."""

import pytest

from assistant.answers.model_answering import (
    asks_earlier_inspection_date,
    asks_inspection_dates,
    asks_lead_inspector,
    dates_an_earlier_inspection,
)
from tests.conftest import SUNDERLAND_2015, SUNDERLAND_2025, asked_in_turn

LEAD_2015 = "Lead inspector: Fiona J Millns"


def test_what_it_is_comes_from_the_turn_before():
    after_an_inspection = "When did Ofsted inspect York in 2017?"
    assert asks_lead_inspector("Who led it?", after_an_inspection)
    assert asks_lead_inspector("And who carried out that inspection?", after_an_inspection)
    assert not asks_lead_inspector("Who led it?", "What did the improvement board set out to do?")
    assert not asks_lead_inspector("Who led it?", "What did inspectors find about Leeds's MASH?")  # the MASH's lead
    # A hostile probe's misreadings: "it" is what the inspection found, not the inspection.
    assert not asks_lead_inspector("Who runs it?", "What did the inspection say about the edge of care team in Poole?")
    assert not asks_lead_inspector("Who oversaw them?", "What did the inspection of Hackney find about its children's centres?")
    assert not asks_lead_inspector("Who led it?")
    # The inspection's verdict is about the inspection (forty-second session's probe: "Who led it?"
    # after "What was the overall grade?" quoted how Peterborough had been judged before).
    assert asks_lead_inspector("Who led it?", "What was the overall grade? Who led it?")
    assert asks_lead_inspector("Who led it?", "How was Leeds rated in 2022?")

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
    assert not asks_inspection_dates("When did it start?", "What did the Kirklees inspection say about its improvement board?")
    assert not asks_inspection_dates("When did they start?", "What did the 2015 inspection of Lambeth say about the new lead member?")
    assert not asks_inspection_dates("When are children in care visited by their social workers in Lambeth?")
    assert asks_inspection_dates("When did Ofsted visit Lambeth?")
    assert asks_inspection_dates("Over what period were inspectors working in Kent in 2017?")
    assert asks_inspection_dates("What were the inspection dates for Leeds?")
    assert not asks_inspection_dates("What did inspectors make of Sunderland's board, and since when had its chair been in post?")


def test_an_earlier_inspections_date_is_asked_and_stated_in_a_sentence():
    assert asks_earlier_inspection_date("When had Ofsted previously inspected Bristol before the January 2023 visit?")
    assert asks_earlier_inspection_date("When was Kirklees’s previous inspection?")
    assert not asks_earlier_inspection_date("When did Ofsted last inspect Leeds?")  # the latest: its own front page
    assert not asks_earlier_inspection_date("What was Kirklees judged at its previous inspection?")
    assert not asks_earlier_inspection_date("When were the two earlier monitoring-style visits that found serious weaknesses?")
    assert dates_an_earlier_inspection("Much progress has been made since Ofsted’s last inspection in 2018.")
    assert dates_an_earlier_inspection("The previous inspection of Hartlepool’s fostering service was in August 2012.")
    assert not dates_an_earlier_inspection("Inspection dates: 16 to 27 January 2023")
    assert not dates_an_earlier_inspection("Leaders have acted on the findings of the last inspection.")


# After its date, or its grade (forty-second session's probe: "Who led it?" after "What was the
# overall grade?" quoted how Peterborough had been judged before).
@pytest.mark.real
@pytest.mark.parametrize("first_turn", ["When did Ofsted inspect Sunderland in 2015?", "How was Sunderland rated in 2015?"])
def test_who_led_it_after_the_inspections_date_or_grade_is_its_lead_inspector(two_sunderlands, first_turn):
    answer = asked_in_turn(two_sunderlands, (first_turn, "Who led it?"))[-1]
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == SUNDERLAND_2015 and " ".join(first.text.split()) == LEAD_2015


@pytest.mark.real
def test_when_it_took_place_after_its_lead_inspector_is_the_inspections_dates(two_sunderlands):
    answer = asked_in_turn(two_sunderlands, ("Who led the Sunderland inspection in 2015?", "When did it take place?"))[-1]
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == SUNDERLAND_2015 and first.text.lower().startswith("inspection date")
    assert any("asks when the inspection took place" in note for note in answer.explanation.notes)


@pytest.mark.real
def test_when_it_was_previously_inspected_is_the_sentence_dating_the_earlier_inspection(two_sunderlands):
    answer = two_sunderlands.ask("When was Sunderland previously inspected before 2025?")
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == SUNDERLAND_2025 and "last ILACS judgement inspection in 2021" in first.text
