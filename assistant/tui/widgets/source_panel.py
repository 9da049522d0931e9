"""The source panel (the cited passage in context) and the source lists under answers."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assistant.domain import Citation, Passage
from assistant.safety import one_line
from assistant.tui.render import display_span
from assistant.tui.widgets.question_input import QuestionInput

CONTEXT_CHARS = 500


class SourceOption(Option):
    def __init__(self, label: Text, source: Citation | Passage, option_id: str) -> None:
        super().__init__(label, id=option_id)
        self.source = source


class SourceList(OptionList):
    """The sources under one answer (or, on abstention, the possibly related passages)."""

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0


class SourcePanel(Vertical):
    """The cited passage in its context, the span highlighted, with the file and location."""

    BINDINGS = [
        Binding("o", "open_document", "Open document"),
        Binding("escape", "close", "Close panel"),
    ]

    def __init__(self) -> None:
        super().__init__(id="source-panel")
        self.current: tuple[str, int, int, bool] | None = None
        self.can_focus = True

    def compose(self) -> ComposeResult:
        yield Static(id="source-heading")
        with VerticalScroll(id="source-scroll"):
            yield Static(id="source-context")
        yield Static(Text("o: whole document · Esc: close", style="dim"), id="source-hint")

    def show(self, source: str, title: str, location: str, text: str, start: int, end: int, cited: bool) -> None:
        self.current = (source, start, end, cited)
        clean, s, e = display_span(text, start, end)
        left = max(0, s - CONTEXT_CHARS)
        right = min(len(clean), e + CONTEXT_CHARS)
        while left > 0 and not clean[left - 1].isspace() and s - left < CONTEXT_CHARS + 40:
            left -= 1
        context = Text()
        if left > 0:
            context.append("… ", style="dim")
        context.append(clean[left:s])
        context.append(clean[s:e], style="bold black on yellow")
        context.append(clean[e:right])
        if right < len(clean):
            context.append(" …", style="dim")
        kind = "Cited passage" if cited else "Possibly related passage (not a citation)"
        heading = Text.assemble((kind + "\n", "bold"), (one_line(source), "underline"), "\n")
        if title:
            heading.append(one_line(title) + "\n", style="italic")
        heading.append(one_line(location), style="dim")
        self.query_one("#source-heading", Static).update(heading)
        self.query_one("#source-context", Static).update(context)
        self.display = True
        self.focus()

    def action_close(self) -> None:
        self.display = False
        self.app.query_one(QuestionInput).focus()

    def action_open_document(self) -> None:
        if self.current:
            self.app.action_open_document()
