"""On the real stack: a question closing with the year of the report it names ("… in 2022?") is
read by the answer model, and pre-filtered, without that year: the year says which report, and
read as part of the question it cost the findings their scores."""

from dataclasses import replace

import pytest

from tests.conftest import THREE_REPORTS

LEEDS = THREE_REPORTS[0]
QUESTION = "Were Leeds social workers overloaded in 2022?"


@pytest.mark.real
def test_the_reports_year_is_left_out_of_the_reading_and_the_search(three_reports):
    from assistant.core import Assistant

    both = Assistant(replace(three_reports.settings, report_year="both"), embedder=three_reports.embedder)
    answer = both.ask(QUESTION)
    assert not answer.abstained
    assert answer.citations[0].source == LEEDS and "caseload" in answer.citations[0].text
    notes = answer.explanation.notes
    assert any("read the question as \u201cAre Leeds social workers overloaded?\u201d" in note for note in notes)
    assert any(note.startswith("the pre-filter did not count Leeds, 2022") for note in notes)

    # Read as asked, the year is looked for too: every finding scores under the threshold.
    assert Assistant(replace(three_reports.settings, report_year="off"), embedder=three_reports.embedder).ask(QUESTION).abstained


@pytest.mark.real
def test_another_year_is_kept(three_reports):
    answer = three_reports.ask("Were Leeds social workers overloaded in 2019?")
    assert not any("its closing year says which report" in note for note in answer.explanation.notes)




@pytest.mark.real
def test_a_question_in_the_past_of_the_reports_own_time_is_read_in_the_present(three_reports):
    # Read as "How well were …", every sentence on disabled children scored lower.
    asked = "How well were disabled children supported in Leeds in 2022?"
    answer = three_reports.ask(asked)
    assert any(
        "read the question as \u201cHow well are disabled children supported in Leeds?\u201d" in note and "in the present" in note
        for note in answer.explanation.notes
    )
    from assistant.core import Assistant

    as_asked = Assistant(replace(three_reports.settings, model_report_present="off"), embedder=three_reports.embedder).ask(asked)
    _disabled_children_read_higher_in_the_present(answer, as_asked)


def _disabled_children_read_higher_in_the_present(answer, as_asked):
    """The reading's effect, on the scores: Leeds's sentence on disabled children is the best read,
    and scores more than read as asked. (It was quoted at 0.11 against the threshold's 0.10 while
    scores leaned on their run-mates; settled alone it scores 0.09, under it: README, Evaluation,
    forty-first session.)"""
    best = answer.explanation.candidates[0]
    assert best.source == LEEDS and "isabled children" in best.text
    assert answer.abstained or answer.citations[0].text == best.text
    same = next((c for c in as_asked.explanation.candidates if (c.source, c.start) == (best.source, best.start)), None)
    assert same is None or same.probability < best.probability


@pytest.mark.real
def test_the_year_of_a_question_asking_how_good_something_was_says_which_report_however_short(three_reports):
    # "doing well" and "children" are all it says besides: the year was kept, and the model quoted
    # the report's "Inspection dates: … 2023" line.
    answer = three_reports.ask("What was Bristol doing well for children in 2023?")
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == THREE_REPORTS[1] and not first.text.startswith("Inspection dates")
    assert any("its closing year says which report" in note for note in answer.explanation.notes)


@pytest.mark.real
def test_a_question_asking_whether_children_were_safe_asks_how_good_something_was(three_reports):
    # Before "safe" was a how-good word, the year was read as part of the question and the model
    # quoted the report's "Inspection dates: 21 February to 4 March 2022" line.
    answer = three_reports.ask("Were children safe in Leeds in 2022?")
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == LEEDS and "safe" in first.text and not first.text.startswith("Inspection dates")
    assert any("read the question as \u201cAre children safe in Leeds?\u201d" in note for note in answer.explanation.notes)
    # "children", held by most passages, says nothing of what is asked about: no sentence lacks it
    assert not any(note.startswith("the question asks how good something was") for note in answer.explanation.notes)


@pytest.mark.real
def test_a_question_asking_whether_children_were_listened_to_is_read_in_the_present(three_reports):
    # Read as asked ("Were children listened to in Leeds?"), every sentence scored under the threshold.
    answer = three_reports.ask("Were children listened to in Leeds in 2022?")
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == LEEDS and "listened to" in first.text


@pytest.mark.real
def test_a_short_question_asking_how_good_something_is_sets_the_councils_name_aside(three_reports):
    # "children" and "safe" are all it says besides "Leeds": the pre-filter counted the name and
    # the model quoted "The restorative and relational practice model has been further embedded …".
    answer = three_reports.ask("Are children safe in Leeds?")
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == LEEDS and "safe" in first.text
    assert any(note.startswith("the pre-filter did not count Leeds") for note in answer.explanation.notes)


@pytest.mark.real
def test_a_question_naming_a_report_and_no_year_is_read_in_the_reports_present(three_reports):
    # Read as asked, in the past, every sentence on disabled children scored lower.
    asked = "How well were disabled children supported in Leeds?"
    answer = three_reports.ask(asked)
    assert any(
        "read the question as \u201cHow well are disabled children supported in Leeds?\u201d: it names a report" in note
        for note in answer.explanation.notes
    )

    from assistant.core import Assistant

    with_a_year_only = Assistant(replace(three_reports.settings, model_report_present="year"), embedder=three_reports.embedder)
    _disabled_children_read_higher_in_the_present(answer, with_a_year_only.ask(asked))


@pytest.mark.real
def test_a_question_naming_a_report_and_another_year_is_read_as_asked(three_reports):
    answer = three_reports.ask("How well were disabled children supported in Leeds in 2019?")
    assert not any("in the present" in note for note in answer.explanation.notes)


@pytest.mark.real
def test_a_verdict_on_something_else_does_not_answer_how_good_something_was(three_reports):
    # The model took the report's verdict on everything ("Overall effectiveness | Good") for the
    # council's computer system; a sentence holding "system" now comes first.
    asked = "Was the council's computer system effective in Barnsley?"
    answer = three_reports.ask(asked)
    assert answer.abstained or not answer.citations[0].text.startswith("Overall effectiveness")
    assert any(note.startswith("the question asks how good something was, about council, computer, system:") for note in answer.explanation.notes)

    from assistant.core import Assistant

    # (Nor with the reports' term for "computer system", "electronic recording system", gaining.)
    unguarded = Assistant(
        replace(three_reports.settings, model_off_topic_weight=0.0, model_plain_words_weight=0.0), embedder=three_reports.embedder
    ).ask(asked)
    assert unguarded.citations[0].text.startswith("Overall effectiveness")
