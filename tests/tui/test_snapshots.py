"""Snapshots at a fixed terminal size, on the real stack and the shipped corpus.

Update after an intended change with `bin/test tests/tui/test_snapshots.py --snapshot-update`
and look at the SVGs before committing them.
"""

import pytest

from assistant.tui.app import create_app
from tests.tui.conftest import ask, wait_for

SIZE = (110, 34)


async def settle(pilot, chat):
    """Ready, with the cursor's blink phase fixed so the picture is the same every run."""
    chat.query_one("#question").cursor_blink = False
    await wait_for(pilot, lambda: chat.ready, what="load")


@pytest.fixture
def chat(shipped_assistant, history):
    return create_app(assistant=shipped_assistant, history=history)


def test_empty_chat(snap_compare, chat):
    async def ready(pilot):
        await settle(pilot, chat)

    assert snap_compare(chat, terminal_size=SIZE, run_before=ready)


def test_answer_with_citations(snap_compare, chat):
    async def answered(pilot):
        await settle(pilot, chat)
        await ask(pilot, chat, "When was the 12-month review logged?")

    assert snap_compare(chat, terminal_size=SIZE, run_before=answered)


def test_source_panel(snap_compare, chat):
    async def opened(pilot):
        await settle(pilot, chat)
        await ask(pilot, chat, "When was the 12-month review logged?")
        await pilot.press("tab", "enter")
        await pilot.pause()

    assert snap_compare(chat, terminal_size=SIZE, run_before=opened)


def test_abstention(snap_compare, chat):
    async def abstained(pilot):
        await settle(pilot, chat)
        await ask(pilot, chat, "Which team won the 1966 football World Cup?")

    assert snap_compare(chat, terminal_size=SIZE, run_before=abstained)
