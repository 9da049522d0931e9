"""The question box."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import Input


class QuestionInput(Input):
    """The question box; up and down recall earlier questions."""

    BINDINGS = [
        Binding("up", "recall(-1)", "Earlier question", show=False),
        Binding("down", "recall(1)", "Later question", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.asked: list[str] = []
        self._cursor = 0

    def _on_paste(self, event: events.Paste) -> None:
        """A question pasted across lines (from a report, an e-mail) is one question: its lines
        are joined with spaces. Textual's box keeps only the first line, which asked a fragment."""
        joined = " ".join(event.text.split())
        if joined:
            selection = self.selection
            if selection.is_empty:
                self.insert_text_at_cursor(joined)
            else:
                self.replace(joined, *selection)
        event.prevent_default()  # Input's own handler would paste the first line again
        event.stop()

    def remember(self, question: str) -> None:
        if not self.asked or self.asked[-1] != question:
            self.asked.append(question)
        self._cursor = len(self.asked)

    def action_recall(self, step: int) -> None:
        if not self.asked:
            return
        self._cursor = max(0, min(len(self.asked), self._cursor + step))
        self.value = self.asked[self._cursor] if self._cursor < len(self.asked) else ""
        self.cursor_position = len(self.value)
