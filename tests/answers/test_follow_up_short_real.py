"""On the real stack: a follow-up holding a word or none of its own ("What did that lead to?") is
read by the answer model with the turn before it; read as asked, the model is left to pick whatever
sentence says something led somewhere."""

from dataclasses import replace

import pytest

from tests.conftest import asked_in_turn

TURNS = ("What did the reviewer think of the assessment of Ali's vulnerabilities?", "What did that lead to?")
ANSWER = "this ultimately led to questionable decision making and sub-optimal handling of the case"
NOTE = "the answer model read this follow-up with the turn before it: it holds too few words of its own"


@pytest.mark.real
def test_a_follow_up_of_a_word_or_none_is_read_with_the_turn_before(shipped_assistant):
    from assistant.core import Assistant

    answer = asked_in_turn(shipped_assistant, TURNS)[-1]
    assert answer.citations and ANSWER in answer.citations[0].text
    assert NOTE in answer.explanation.notes

    as_asked = Assistant(replace(shipped_assistant.settings, follow_up_context="retrieval"), embedder=shipped_assistant.embedder)
    alone = asked_in_turn(as_asked, TURNS)[-1]
    assert not any(ANSWER in c.text for c in alone.citations)
    assert NOTE not in alone.explanation.notes
