"""On the real stack: a follow-up asking what came of something ("What has the newest one done so
far?") is answered from the sentence right after the previous answer's quote, where the report goes
on; without that sentence's extra weight the previous quote is given again."""

import pytest

from tests.conftest import THREE_REPORTS

BRISTOL = THREE_REPORTS[1]
TURNS = ("How many directors of children's services has Bristol had in the past year?", "What has the newest one done so far?")
FIRST = "Against the backdrop of four people holding the role of the director of children’s services in the past 12 months"
NEXT = "Within her first few weeks, she has started conversations"


@pytest.mark.real
def test_a_follow_up_is_answered_from_where_the_report_goes_on(three_reports, monkeypatch):
    import assistant.answers.model_answering as model_answering
    from assistant.answers.conversation import Conversation

    def ask(turns):
        conversation = Conversation("c-next")
        answers = [three_reports.ask(turn, conversation=conversation) for turn in turns]
        return answers[0], answers[-1]

    first, follow_up = ask(TURNS)
    assert FIRST in first.citations[0].text
    # The model scores the two sentences within a few hundredths of each other, so the next one is
    # quoted first or as "Also possible" (README, Answers, step 7) as the passages read vary.
    assert any(c.source == BRISTOL and NEXT in c.text for c in follow_up.citations)
    assert any("1 right after it: 2" in note for note in follow_up.explanation.notes)

    monkeypatch.setattr(model_answering, "next_after_quoted", lambda source, start, end, quoted: False)
    _, flat = ask(TURNS)
    assert not any(NEXT in c.text for c in flat.citations)
