"""On the real stack: a follow-up asking its own question of the council the conversation is about
("Were caseloads manageable there?" after a question on how Leeds was rated) is read as asked
within that council's report. Read with the turn before, the grade's passages filled the answer
step's places and the answer abstained."""

import pytest

TURNS = ("How did Ofsted rate Leeds's children's services in 2022?", "Were caseloads manageable there?")
LEEDS_2022 = "ofsted-leeds-09-may-2022.pdf"


@pytest.mark.real
def test_a_new_topic_of_the_same_report_is_answered_from_it(three_reports):
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-new-topic")
    first, follow_up = (three_reports.ask(turn, conversation=conversation) for turn in TURNS)
    assert not first.abstained and first.citations[0].source == LEEDS_2022
    assert not follow_up.abstained
    assert {c.source for c in follow_up.citations} == {LEEDS_2022}
    assert "caseloads" in follow_up.citations[0].text.lower()
    assert follow_up.read_as == TURNS[1] and follow_up.kept_to == (LEEDS_2022,)
    assert any("a new question of the documents the conversation named" in note for note in follow_up.explanation.notes)


@pytest.mark.real
def test_another_topic_there_is_asked_of_the_council_the_turn_before_named(three_reports):
    # A probe: "And care leavers there?" after Salford's front door quoted the front door again.
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-topic-there")
    three_reports.ask("What did Ofsted say about Bristol's front door?", conversation=conversation)
    follow_up = three_reports.ask("And care leavers there?", conversation=conversation)
    assert follow_up.read_as == "What did Ofsted say about Bristol's care leavers?"
    assert not follow_up.abstained and {c.source for c in follow_up.citations} == {"ofsted-bristol-10-march-2023.pdf"}
    assert any("care leaver" in c.text.lower() for c in follow_up.citations)
