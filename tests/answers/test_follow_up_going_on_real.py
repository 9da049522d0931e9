"""On the real stack: a short follow-up asking what came of something ("How does that affect them?",
"Has it helped?") is answered from the sentence that goes on from the previous answer's quote
("This creates …", "This has undoubtedly led to …"); without that sentence's extra weight the
answer gives the quote again, or other sentences around it."""

from dataclasses import replace

import pytest

from tests.conftest import THREE_REPORTS, asked_in_turn

BRISTOL, BARNSLEY = THREE_REPORTS[1], THREE_REPORTS[2]
CONVERSATIONS = (
    (("Do Bristol care leavers leaving custody have secure housing?", "How does that affect them?"), BRISTOL,
     "This creates uncertainty and instability at a time of great change."),
    (("What did leaders in Barnsley do about workers' caseloads?", "Has it helped?"), BARNSLEY,
     "This has undoubtedly led to improved workforce stability"),
)
NOTE = "going on from it"


@pytest.mark.real
@pytest.mark.parametrize("turns, source, going_on", CONVERSATIONS)
def test_a_follow_up_is_answered_from_the_sentence_going_on_from_the_quote(three_reports, turns, source, going_on):
    from assistant.core import Assistant

    answer = asked_in_turn(three_reports, turns)[-1]
    assert any(c.source == source and going_on in c.text for c in answer.citations)
    assert any(NOTE in note for note in answer.explanation.notes)

    flat = Assistant(replace(three_reports.settings, follow_up_leaning_weight=0.0), embedder=three_reports.embedder)
    without = asked_in_turn(flat, turns)[-1]
    assert not any(going_on in c.text for c in without.citations)
    assert not any(NOTE in note for note in without.explanation.notes)


@pytest.mark.real
def test_asked_for_more_a_sentence_stating_an_addition_is_answered_not_one_going_on(southampton_and_scilly):
    """"What else do they admit played a part?" after Southampton's leaders' account of the surge in
    referrals: "However, they have not explained why …", going on from the quote, came first; the
    sentence stating another cause ("… also acknowledge that …") is what it asks for."""
    from tests.conftest import SOUTHAMPTON_2020

    turns = ("What do Southampton's senior leaders say caused the surge in referrals?", "What else do they admit played a part?")
    first, more = asked_in_turn(southampton_and_scilly, turns)
    assert first.citations and "poverty" in first.citations[0].text
    assert more.citations[0].source == SOUTHAMPTON_2020
    assert "also acknowledge that inconsistent decision-making in the MASH" in more.citations[0].text
    assert not any(c.text.startswith("However, they have not explained") for c in more.citations)
    assert any("stating an addition" in note for note in more.explanation.notes)


@pytest.mark.real
@pytest.mark.parametrize(
    "first", ["What did Ofsted say about the MASH in Bristol?", "What does Bristol need to improve?"], ids=["a sentence", "a list"]
)
def test_asked_for_more_nothing_the_answer_before_quoted_is_quoted_again(three_reports, first):
    """A probe: "What else?" gave the quote before again, as the sentence the new one leans back
    on; "Anything else?" after the list quoted the list again."""
    from assistant.answers.conversation import was_quoted

    before, more = asked_in_turn(three_reports, (first, "Anything else?" if "improve" in first else "What else?"))
    assert before.citations
    spans = tuple((c.source, c.start, c.end) for c in before.citations)
    assert not any(was_quoted(c.source, c.start, c.end, spans) for c in more.citations)
