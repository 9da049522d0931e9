"""Choose the documents questions may cite."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from assistant.safety import one_line
from assistant.tui.render import first_words


class ScopeScreen(ModalScreen[list[str]]):
    """Tick the documents to ask about; none ticked means all."""

    BINDINGS = [Binding("escape", "apply", "Apply and close")]

    def __init__(self, documents: list[tuple[str, str]], chosen: set[str]) -> None:
        super().__init__()
        self.documents, self.chosen = documents, chosen

    def compose(self) -> ComposeResult:
        from textual.widgets import SelectionList

        with Vertical(id="scope-box"):
            yield Static(Text("Limit questions to these documents (Space ticks, Esc applies; none = all)", style="bold"))
            yield SelectionList[str](
                *[(Text(f"{one_line(doc_id)}  {first_words(title, 50)}"), doc_id, doc_id in self.chosen) for doc_id, title in self.documents]
            )

    def action_apply(self) -> None:
        from textual.widgets import SelectionList

        self.dismiss(list(self.query_one(SelectionList).selected))
