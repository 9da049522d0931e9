"""Keys and how citations work; the text is ``help_screen.md`` beside this file."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

HELP = Path(__file__).with_name("help_screen.md").read_text(encoding="utf-8")


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        from textual.widgets import Markdown

        with VerticalScroll(id="help-box"):
            yield Markdown(HELP)
