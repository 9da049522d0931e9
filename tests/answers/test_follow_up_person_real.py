"""On the real stack: after a question asking who, a follow-up's "he", "his", "she" or "her" is the
person the answer named ("What's his job?" after "Who told Parliament about the review?" is read
as "What's Dan Jarvis’s job?"). Read with the turn before, its topic won: a probe got "The Home
Secretary has requested …"."""

import pytest


@pytest.mark.real
def test_his_after_a_who_question_is_the_person_the_answer_named(shipped_assistant):
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-person")
    first = shipped_assistant.ask("Who told Parliament about the review?", conversation=conversation)
    assert "Dan Jarvis" in first.citations[0].text
    answer = shipped_assistant.ask("What's his job?", conversation=conversation)
    assert answer.read_as == "What's Dan Jarvis’s job?"
    assert not answer.abstained and "Security minister Dan Jarvis" in answer.citations[0].text
