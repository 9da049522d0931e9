"""Questions with nothing to look for in the texts are not searched: greetings, thanks, trivia."""

import pytest

from assistant.answers.conversation import Conversation
from assistant.answers.explain import explain_lines
from assistant.domain import NOT_FOUND_TEXT


@pytest.mark.parametrize("question", ["hi", "thanks", "What is the capital of France?", "Who won the 2018 World Cup?", "?", "🙂🙂"])
def test_a_question_whose_words_the_texts_never_use_is_not_answered(shipped_assistant, question):
    answer = shipped_assistant.ask(question)
    assert answer.abstained and answer.text == NOT_FOUND_TEXT and not answer.citations and not answer.passages
    assert answer.explanation.decision == "abstained" and answer.explanation.notes[0].startswith("not searched: ")
    assert explain_lines(answer)[0].startswith("Abstained: not searched: ")  # --explain and F2 say why


def test_a_question_the_texts_answer_is_still_looked_for(shipped_assistant):
    assert shipped_assistant.seeks("When did the intervention provider meet Ali?")
    answer = shipped_assistant.ask("On what date did the intervention provider meet Ali?")
    assert not answer.abstained and "17 January 2015" in answer.text


def test_thanks_is_no_turn_of_the_conversation_and_a_bare_why_is_still_a_follow_up(shipped_assistant):
    conversation = Conversation("thanks")
    shipped_assistant.ask("Who referred Ali to Prevent?", conversation=conversation)
    thanks = shipped_assistant.ask("thanks", conversation=conversation)
    assert thanks.abstained and thanks.read_as is None
    follow = shipped_assistant.ask("And when did that happen?", conversation=conversation)
    assert follow.read_as == "Who referred Ali to Prevent? And when did that happen?"
    why = shipped_assistant.ask("Why?", conversation=conversation)  # no word of its own, read with its context
    assert why.read_as.endswith("Why?") and why.explanation.notes[:1] != ("not searched: the question holds no word to look for",)
    assert not shipped_assistant.seeks("Why?") and shipped_assistant.seeks("Why?", follow_up=True)


def test_a_follow_up_asked_in_words_the_texts_never_use_is_read_with_its_conversation(shipped_assistant):
    """"Which seat did he represent?": none of its words is the texts' ("the MP for Southend West"),
    but it is a question, and its subject is the conversation's."""
    assert not shipped_assistant.seeks("Which seat did he represent?")
    assert shipped_assistant.seeks("Which seat did he represent?", follow_up=True)
    assert not shipped_assistant.seeks("thanks", follow_up=True)
    conversation = Conversation("seat")
    shipped_assistant.ask("Who was Sir David Amess?", conversation=conversation)
    seat = shipped_assistant.ask("Which seat did he represent?", conversation=conversation)
    assert seat.read_as and seat.read_as.endswith("Which seat did he represent?")
    assert not (seat.explanation.notes and seat.explanation.notes[0].startswith("not searched"))
