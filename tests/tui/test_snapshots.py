"""Snapshots at a fixed terminal size, on the real stack and the shipped corpus.

Update after an intended change with `bin/test tests/tui/test_snapshots.py --snapshot-update`
and look at the SVGs before committing them.
"""

import pytest

from assistant.tui.app import create_app
from tests.tui.conftest import ask, wait_for

SIZE = (110, 34)


@pytest.fixture
def chat(shipped_assistant, history):
    return create_app(assistant=shipped_assistant, history=history)


def test_empty_chat(snap_compare, chat):
    async def ready(pilot):
        await wait_for(pilot, lambda: chat.ready, what="load")

    assert snap_compare(chat, terminal_size=SIZE, run_before=ready)


def test_answer_with_citations(snap_compare, chat):
    async def answered(pilot):
        await wait_for(pilot, lambda: chat.ready, what="load")
        await ask(pilot, chat, "When was the 12-month review logged?")

    assert snap_compare(chat, terminal_size=SIZE, run_before=answered)


def test_source_panel(snap_compare, chat):
    async def opened(pilot):
        await wait_for(pilot, lambda: chat.ready, what="load")
        await ask(pilot, chat, "When was the 12-month review logged?")
        await pilot.press("tab", "enter")
        await pilot.pause()

    assert snap_compare(chat, terminal_size=SIZE, run_before=opened)


def test_abstention(snap_compare, chat):
    async def abstained(pilot):
        await wait_for(pilot, lambda: chat.ready, what="load")
        await ask(pilot, chat, "Which team won the 1966 football World Cup?")

    assert snap_compare(chat, terminal_size=SIZE, run_before=abstained)
