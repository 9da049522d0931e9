"""On the real stack: asked how a council's children's services were rated, naming no area, the
answer is the overall judgement, not the row of whichever area the model likes best ("2.1 Adoption
performance | Good" answered Hackney's; 80 of the 120 reports were answered so before)."""

from dataclasses import replace

import pytest

from assistant.answers.model_answering import asks_overall

OVERALL_ROW = "Overall effectiveness | Requires improvement to be good"  # Bristol, 2023


def test_a_grade_question_naming_no_area_and_picking_none_asks_for_the_overall_one():
    assert asks_overall("How did Ofsted rate Hackney's children's services?")
    assert asks_overall("What grade did Leeds get in 2015?")
    assert not asks_overall("How were Bristol's care leavers rated?")  # an area named
    assert not asks_overall("Which part was rated good?")  # picks among the areas
    assert not asks_overall("Was any of it outstanding?")
    assert not asks_overall("What got the best grade?")
    assert not asks_overall("What grade did Lewisham's leaving-care service get in 2024?")  # a narrower service
    assert not asks_overall("How was the fostering service graded?")
    assert asks_overall("How were Hackney's services rated?")
    assert asks_overall("How did Barking and Dagenham do at its 2019 inspection?")
    # A hostile probe's worse cases (2026-12-06): picking by grade, asking why, an area in other words.
    assert not asks_overall("What was rated outstanding in Hackney?")
    assert not asks_overall("What did Kent score badly on?")
    assert not asks_overall("How was Luton rated, and why?")
    assert not asks_overall("What grade did Kent get for keeping children safe?")
    assert not asks_overall("What grade did Kent get for safeguarding?")
    assert not asks_overall("Were any placements rated inadequate in Birmingham?")
    assert not asks_overall("Which grades can a council get?")
    assert not asks_overall("How were Hackney's children's homes rated?")  # graded apart from the table


def test_adoption_in_plain_words_and_the_inspection_before_last_are_not_the_overall_grade():
    from assistant.answers.model_answering import asked_areas, asks_earlier_inspection

    assert asked_areas("What rating did East Sussex get for placing kids with new permanent families?") == {"adoption"}
    assert asked_areas("How did Calderdale score on getting youngsters settled with new forever families?") == {"adoption"}
    assert asked_areas("How are new foster families recruited?") == {"children in care"}
    assert asks_earlier_inspection("What grade had Windsor and Maidenhead got at the check before last?")


def test_the_question_patterns_stay_fast_on_a_hostile_question():
    import time

    from assistant.answers.answering import MAX_QUESTION_CHARS
    from assistant.answers.model_answering import asks_lead_inspector

    for question in ("a" * MAX_QUESTION_CHARS, "who " + "led " * 500 + "?", "rated " + "x-" * 990, "services " * 220):
        started = time.perf_counter()
        asks_overall(question[:MAX_QUESTION_CHARS]), asks_lead_inspector(question[:MAX_QUESTION_CHARS])
        assert time.perf_counter() - started < 0.5, question[:30]


def _first(assistant, question):
    answer = assistant.ask(question)
    assert not answer.abstained
    return " ".join(answer.citations[0].text.split()), answer


@pytest.mark.real
def test_how_a_council_was_rated_is_answered_with_the_overall_judgement(three_reports):
    from assistant.core import Assistant

    question = "How did Ofsted rate Bristol's children's services in 2023?"
    quoted, answer = _first(three_reports, question)
    assert quoted == OVERALL_ROW
    assert answer.citations[0].source == "ofsted-bristol-10-march-2023.pdf"
    assert any("names no area, so the overall one" in note for note in answer.explanation.notes)
    # Without area matching the rows of single areas compete, and one of them is quoted first.
    plain = Assistant(replace(three_reports.settings, model_area_match="off"), embedder=three_reports.embedder)
    assert _first(plain, question)[0] != OVERALL_ROW


@pytest.mark.real
def test_an_area_asked_about_still_gets_its_own_row(three_reports):
    quoted, _ = _first(three_reports, "How were children in care in Bristol rated in 2023?")
    assert "children in care" in quoted.lower() and "overall" not in quoted.lower()


@pytest.mark.real
def test_a_year_no_named_report_is_from_is_an_earlier_inspection_not_the_overall_row(three_reports):
    """"How was Leeds rated in 2018?" of its 2022 report asks what the earlier inspection found."""
    answer = three_reports.ask("How was Leeds rated in 2018?")
    assert not any("names no area, so the overall one" in note for note in answer.explanation.notes)
    assert any("names no area, so the overall one" in note for note in three_reports.ask("How was Leeds rated in 2022?").explanation.notes)
