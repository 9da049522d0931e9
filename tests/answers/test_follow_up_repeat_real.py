"""On the real stack: a follow-up read with the turn before for want of words of its own ("How does
that affect them?") is not answered with the sentence that turn's answer led with. Read with its
context, that sentence scores best again and tells the person nothing new; the report's next
sentence says what the follow-up asks."""

from dataclasses import replace

import pytest

from tests.conftest import THREE_REPORTS

BRISTOL = THREE_REPORTS[1]
TURNS = ("Do Bristol care leavers leaving custody have secure housing?", "How does that affect them?")
FIRST = "The housing pathway for care leavers leaving custody is not secure."
EFFECT = "This creates uncertainty and instability at a time of great change."
NOTE = "that turn's answer led with were not quoted again"


def _ask(assistant):
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-repeat")
    return [assistant.ask(turn, conversation=conversation) for turn in TURNS]


@pytest.mark.real
def test_a_short_follow_up_is_not_answered_with_the_sentence_before_it(three_reports):
    from assistant.core import Assistant

    first, follow_up = _ask(three_reports)
    assert first.citations[0].source == BRISTOL and FIRST in first.citations[0].text
    assert any(c.source == BRISTOL and EFFECT in c.text for c in follow_up.citations)
    assert any(NOTE in note for note in follow_up.explanation.notes)

    kept = Assistant(replace(three_reports.settings, follow_up_repeat="keep"), embedder=three_reports.embedder)
    _, again = _ask(kept)
    assert FIRST in again.citations[0].text and not any(EFFECT in c.text for c in again.citations)
    assert not any(NOTE in note for note in again.explanation.notes)
