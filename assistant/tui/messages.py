"""Messages the chat's workers post to the app, named for what happened."""

from __future__ import annotations

from textual.message import Message
from textual.widgets import Static

from assistant.domain import Answer


class StatusUpdate(Message):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class AssistantReady(Message):
    def __init__(self, summary: str) -> None:
        super().__init__()
        self.summary = summary


class LoadFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class Answered(Message):
    def __init__(self, answer: Answer, placeholder: Static, conversation_id: str) -> None:
        super().__init__()
        self.answer = answer
        self.placeholder = placeholder
        self.conversation_id = conversation_id  # the conversation the question was asked in


class AskFailed(Message):
    def __init__(self, question: str, error: str, placeholder: Static) -> None:
        super().__init__()
        self.question = question
        self.error = error
        self.placeholder = placeholder
