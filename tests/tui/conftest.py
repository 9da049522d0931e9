import asyncio
import time

import pytest

from assistant.answers.history import HistoryStore
from assistant.tui.app import ChatApp
from assistant.tui.widgets.answer_block import AnswerBlock


async def wait_for(pilot, predicate, timeout: float = 60.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.05)


async def ask(pilot, app: ChatApp, question: str) -> AnswerBlock:
    before = len(app.query(AnswerBlock))
    app.query_one("#question").focus()
    await pilot.press(*question)
    await pilot.press("enter")
    await wait_for(pilot, lambda: len(app.query(AnswerBlock)) > before and not app.busy, what="an answer")
    await pilot.pause()
    return list(app.query(AnswerBlock))[-1]


@pytest.fixture
def history(tmp_path) -> HistoryStore:
    return HistoryStore(tmp_path / "data")
