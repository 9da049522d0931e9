"""Reopen an earlier conversation."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assistant.tui.render import first_words


class HistoryScreen(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, conversations) -> None:
        super().__init__()
        self.conversations = conversations

    def compose(self) -> ComposeResult:
        with Vertical(id="history-box"):
            yield Static(Text("Reopen a conversation (Enter opens, Esc closes)", style="bold"))
            if not self.conversations:
                yield Static("No earlier conversations.")
            yield OptionList(
                *[
                    Option(Text(f"{c.started}  ({c.exchanges} answers)  {first_words(c.first_question, 60)}"), id=c.id)
                    for c in self.conversations
                ]
            )

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
