"""The whole document, the cited span selected."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from assistant.safety import one_line
from assistant.tui.render import display_span


class DocumentScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape", "dismiss", "Close")]

    def __init__(self, source: str, text: str, start: int, end: int) -> None:
        super().__init__()
        self.source, self.text, self.start, self.end = source, text, start, end

    def compose(self) -> ComposeResult:
        from textual.widgets import TextArea

        clean, s, e = display_span(self.text, self.start, self.end)
        with Vertical(id="document-box"):
            yield Static(Text.assemble((one_line(self.source), "bold"), ("  (Esc closes; the cited span is selected)", "dim")))
            area = TextArea(clean, read_only=True, soft_wrap=True, id="document-text", show_line_numbers=True)
            yield area
        self._span = (clean, s, e)

    def on_mount(self) -> None:
        from textual.widgets.text_area import Selection

        clean, s, e = self._span
        area = self.query_one("#document-text")

        def location(offset: int) -> tuple[int, int]:
            row = clean.count("\n", 0, offset)
            return row, offset - (clean.rfind("\n", 0, offset) + 1)


        area.selection = Selection(location(s), location(e))
        area.focus()
        self.call_after_refresh(area.scroll_cursor_visible, center=True)
