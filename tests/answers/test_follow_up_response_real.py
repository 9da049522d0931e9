"""On the real stack: asked "Has it been sorted?" after an answer quoting a problem (Medway 2013:
caseloads of around 40 in the contact, referral and assessment team), the answer is what the
report says was done about it, the sentence after the quote, not the problem again; with the
response weight at 0 the quote came first again."""

from dataclasses import replace

import pytest

from tests.conftest import MEDWAY_2013, asked_in_turn

TURNS = ("Are caseloads in Medway's contact, referral and assessment team too high?", "Has it been sorted?")
PROBLEM = "caseloads are unacceptably high at around 40"
RESPONSE = "Proposals are in place to restructure the service"


@pytest.mark.real
def test_a_follow_up_asking_what_was_done_is_answered_with_the_response(medway_and_hillingdon):
    from assistant.core import Assistant

    first, last = asked_in_turn(medway_and_hillingdon, TURNS)
    assert PROBLEM in first.citations[0].text
    assert last.citations and RESPONSE in last.citations[0].text and last.citations[0].source == MEDWAY_2013
    assert not any(PROBLEM in c.text for c in last.citations)
    assert any("asking what was done about it" in note for note in last.explanation.notes)

    flat = Assistant(replace(medway_and_hillingdon.settings, follow_up_response_weight=0.0), embedder=medway_and_hillingdon.embedder)
    _, without = asked_in_turn(flat, TURNS)
    assert PROBLEM in without.citations[0].text
    assert not any("asking what was done about it" in note for note in without.explanation.notes)
