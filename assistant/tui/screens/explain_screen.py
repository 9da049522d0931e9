"""Why this answer: the passages, the sentences weighed with their scores, the threshold."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from assistant.safety import one_line, strip_control


class ExplainScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f2", "dismiss", "Close")]

    def __init__(self, question: str, lines: list[str]) -> None:
        super().__init__()
        self.question = question
        self.lines = lines

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="explain-box"):
            yield Static(Text.assemble(("Why this answer: ", "bold"), one_line(self.question), ("  (Esc closes)", "dim")))
            # Plain text, never markup: the lines quote document text.
            yield Static(Text(strip_control("\n".join(self.lines))), id="explain-text")
