"""One answer in the conversation: its text with markers, then its sources."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from assistant.domain import NOT_FOUND_TEXT, Answer
from assistant.safety import one_line
from assistant.tui.render import answer_markdown, first_words
from assistant.tui.widgets.source_panel import SourceList, SourceOption


class AnswerBlock(Vertical):
    def __init__(self, answer: Answer, block_id: int) -> None:
        super().__init__(classes="answer abstained" if answer.abstained else "answer")
        self.answer = answer
        self.block_id = block_id

    def compose(self) -> ComposeResult:
        answer = self.answer
        if answer.read_as:
            # A follow-up was read in the context of the turn before: say how, so a wrong reading shows.
            yield Static(Text.assemble(("read as: ", "italic dim"), (one_line(answer.read_as), "dim")), classes="read-as")
        if answer.kept_to:
            # It named no document, so it kept to those the conversation was about: /new leaves them.
            kept = ", ".join(one_line(d) for d in answer.kept_to)
            yield Static(Text.assemble(("kept to: ", "italic dim"), (kept, "dim")), classes="kept-to")
        if answer.abstained:
            yield Static(Text("Not found in the review texts.", style="bold"), classes="not-found")
            # Why, where the answer says ("None of them mentions “Norfolk”."), else what to try.
            reason = answer.text[len(NOT_FOUND_TEXT) :].strip() if answer.text.startswith(NOT_FOUND_TEXT) else ""
            hint = reason or "The texts hold nothing that answers this; try other words or widen the document scope."
            yield Static(Text(one_line(hint), style="dim"), classes="not-found-why")
            related = [p for p in answer.passages if (p.dense_score or 0) >= 0.25][:3]
            if related:
                yield Static(Text("Possibly related passages (not citations):", style="italic"), classes="related-label")
                options = [
                    SourceOption(
                        Text.assemble(("· ", "dim"), one_line(p.chunk.doc_id), ("  " + first_words(p.chunk.text), "dim")),
                        p,
                        f"r{self.block_id}-{i}",
                    )
                    for i, p in enumerate(related)
                ]
                yield SourceList(*options, classes="related")
            return
        from textual.widgets import Markdown

        yield Markdown(answer_markdown(answer), classes="answer-text")
        options = [
            SourceOption(
                Text.assemble(
                    (f"[{c.n}] ", "bold"),
                    one_line(c.source),
                    (f" · {one_line(c.location)}", "dim"),
                    "\n    \u201c",
                    first_words(c.text),
                    "\u201d",
                ),
                c,
                f"c{self.block_id}-{c.n}",
            )
            for c in answer.citations
        ]
        yield SourceList(*options, classes="sources")
