"""On the real stack: a question naming a day ("What happened on 12 March 2015?") is answered from
the sentence dated that day; the model alone, reading "what happened", quoted another date's."""

from dataclasses import replace

import pytest

from assistant.answers.model_answering import days_named

DATED = "On 12 March 2015, Channel noted"


def test_the_days_a_question_names_are_read_in_either_order_and_may_as_a_verb_is_not_one():
    assert days_named("What happened on 12 March 2015?") == {(12, "mar")}
    assert days_named("what did they decide on the 3rd of june?") == {(3, "jun")}
    assert days_named("What did OPEC do on October 16th?") == {(16, "oct")}
    assert days_named("What was found in March 2015?") == frozenset()  # a month names no day
    assert days_named("Children may 2 or 3 times be moved") == frozenset()
    assert days_named("On 5 May they met") == {(5, "may")}


@pytest.mark.real
def test_a_question_naming_a_day_is_answered_from_the_sentence_dated_that_day(shipped_assistant):
    from assistant.core import Assistant

    answer = shipped_assistant.ask("What happened on 12 March 2015?")
    assert not answer.abstained and DATED in answer.citations[0].text
    assert any(note.startswith("the question names a day (12 March)") for note in answer.explanation.notes)

    flat = Assistant(replace(shipped_assistant.settings, model_kind_weight=0.0), embedder=shipped_assistant.embedder)
    without = flat.ask("What happened on 12 March 2015?")
    assert DATED not in without.citations[0].text

    when = shipped_assistant.ask("When did Channel note that he should be exited soon?")  # asks for a date: no weight
    assert not any("names a day" in note for note in when.explanation.notes)
