"""The terminal chat: ask, read and check cited answers without leaving the terminal.

The window paints at once; the model and index load in a worker thread and a question typed
meanwhile waits in a queue. Every piece of document text is shown as plain ``rich.text.Text``
(never parsed as markup) after escape sequences and control characters are removed.
"""

from __future__ import annotations

import re
import time
from collections import deque
from pathlib import Path
from typing import Iterable

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from assistant.core import Assistant, AssistantError
from assistant.domain import MARKER, Answer, CitationError, Citation, Passage

# Markdown, TextArea and SelectionList are imported where first used: the window paints sooner.
from assistant.export import export_conversation
from assistant.history import HistoryStore
from assistant.safety import strip_control
from assistant.settings import Settings

CONTEXT_CHARS = 500
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")

HELP = """\
# Review assistant — help

Ask a question about the review texts and press **Enter**. Every sentence of an answer
ends with a marker such as **[1]**; the sources under the answer list the document, its
location and the first words of the quoted passage.

| Key | What it does |
|---|---|
| Enter | ask the question |
| Up / Down | recall earlier questions |
| Tab, then Enter or a click on a source | open the passage with the cited span highlighted |
| o (in the source panel) | open the whole document at that span |
| Esc | close the source panel or this window |
| Ctrl+D | limit questions to some documents (or type `/doc NAME`, `/doc` to clear) |
| Ctrl+E | export the conversation to a Markdown file |
| Ctrl+R | reopen an earlier conversation |
| Ctrl+L | clear the conversation |
| Ctrl+P | command palette |
| F1 | this help |
| Ctrl+Q | quit |

When the texts do not answer, the assistant says so. Passages it shows as
*possibly related* are **not** citations.
"""


def escape_markdown(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def answer_markdown(answer: Answer) -> str:
    """Answer text as Markdown: document words escaped, only the markers emphasised.

    Split first, then clean each quoted piece: a control sequence in a document must never
    swallow a marker of ours.
    """
    pieces = MARKER.split(answer.text)
    out = []
    for i, piece in enumerate(pieces):
        out.append(f"**\\[{piece}\\]**" if i % 2 else escape_markdown(" ".join(strip_control(piece).split())))
    return " ".join(p for p in out if p)


def display_span(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Sanitised text and the span's offsets within it (removing characters shifts them)."""
    before = strip_control(text[:start])
    middle = strip_control(text[start:end])
    return before + middle + strip_control(text[end:]), len(before), len(before) + len(middle)


def first_words(text: str, limit: int = 70) -> str:
    flat = " ".join(strip_control(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------- messages from workers


class StatusUpdate(Message):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class AssistantReady(Message):
    def __init__(self, summary: str) -> None:
        super().__init__()
        self.summary = summary


class LoadFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class Answered(Message):
    def __init__(self, answer: Answer, placeholder: Static) -> None:
        super().__init__()
        self.answer = answer
        self.placeholder = placeholder


class AskFailed(Message):
    def __init__(self, question: str, error: str, placeholder: Static) -> None:
        super().__init__()
        self.question = question
        self.error = error
        self.placeholder = placeholder


# ---------------------------------------------------------------- widgets


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


class SourceOption(Option):
    def __init__(self, label: Text, source: Citation | Passage, option_id: str) -> None:
        super().__init__(label, id=option_id)
        self.source = source


class SourceList(OptionList):
    """The sources under one answer (or, on abstention, the possibly related passages)."""

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0


class AnswerBlock(Vertical):
    def __init__(self, answer: Answer, block_id: int) -> None:
        super().__init__(classes="answer abstained" if answer.abstained else "answer")
        self.answer = answer
        self.block_id = block_id

    def compose(self) -> ComposeResult:
        answer = self.answer
        if answer.abstained:
            yield Static(Text("Not found in the review texts.", style="bold"), classes="not-found")
            hint = "The texts hold nothing that answers this; try other words or widen the document scope."
            yield Static(Text(hint, style="dim"))
            related = [p for p in answer.passages if (p.dense_score or 0) >= 0.25][:3]
            if related:
                yield Static(Text("Possibly related passages (not citations):", style="italic"), classes="related-label")
                options = [
                    SourceOption(
                        Text.assemble(("· ", "dim"), p.chunk.doc_id, ("  " + first_words(p.chunk.text), "dim")),
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
                    c.source,
                    (f" · {c.location}", "dim"),
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
        heading = Text.assemble((kind + "\n", "bold"), (strip_control(source), "underline"), "\n")
        if title:
            heading.append(strip_control(title) + "\n", style="italic")
        heading.append(location, style="dim")
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


# ---------------------------------------------------------------- screens


class DocumentScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape", "dismiss", "Close")]

    def __init__(self, source: str, text: str, start: int, end: int) -> None:
        super().__init__()
        self.source, self.text, self.start, self.end = source, text, start, end

    def compose(self) -> ComposeResult:
        from textual.widgets import TextArea

        clean, s, e = display_span(self.text, self.start, self.end)
        with Vertical(id="document-box"):
            yield Static(Text.assemble((strip_control(self.source), "bold"), ("  (Esc closes; the cited span is selected)", "dim")))
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


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        from textual.widgets import Markdown

        with VerticalScroll(id="help-box"):
            yield Markdown(HELP)


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
                *[(Text(f"{doc_id}  {first_words(title, 50)}"), doc_id, doc_id in self.chosen) for doc_id, title in self.documents]
            )

    def action_apply(self) -> None:
        from textual.widgets import SelectionList

        self.dismiss(list(self.query_one(SelectionList).selected))


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


# ---------------------------------------------------------------- the app


class ChatApp(App[int]):
    TITLE = "Review assistant"
    SUB_TITLE = "answers only from the review texts, with citations"
    CSS_PATH = Path(__file__).with_name("chat.tcss")  # absolute: subclasses elsewhere find it too
    BINDINGS = [
        Binding("f1", "help", "Help"),
        Binding("ctrl+d", "scope", "Documents", priority=True),
        Binding("ctrl+e", "export", "Export", priority=True),
        Binding("ctrl+r", "reopen", "History"),
        Binding("ctrl+l", "clear", "Clear"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, assistant: Assistant, *, build: bool = True, history: HistoryStore | None = None) -> None:
        super().__init__()
        self.assistant = assistant
        self.build = build
        self.history = history or HistoryStore(assistant.settings.data_dir)
        self.conversation_id = self.history.new_conversation_id()
        self.answers: list[Answer] = []
        self.scope: list[str] = []
        self.ready = False
        self.busy = False
        self.pending: deque[tuple[str, Static]] = deque()
        self._blocks = 0
        self._ready_summary = "loading…"
        self.painted_at: float | None = None  # time.time() of the first paint, for the startup benchmark
        self.ready_at: float | None = None

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="main"):
            with VerticalScroll(id="log", can_focus=False):
                yield Static(
                    Text(
                        "Ask about the review texts. Every statement is cited; press F1 for keys.",
                        style="dim",
                    ),
                    id="welcome",
                )
            yield SourcePanel()
        yield QuestionInput(placeholder="Ask a question about the reviews and press Enter", id="question")
        yield Static(Text("Loading the model and index…"), id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(SourcePanel).display = False
        self.query_one(QuestionInput).focus()
        self.set_status("Loading the model and index…")

    def on_ready(self) -> None:
        """Textual sends Ready once the first frame is on screen: only then start the slow load."""
        self.painted_at = time.time()
        self.load_assistant()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Keys and how citations work", self.action_help)
        yield SystemCommand("Limit to documents", "Choose which documents answers may cite", self.action_scope)
        yield SystemCommand("Export conversation", "Write the conversation to a Markdown file", self.action_export)
        yield SystemCommand("Reopen conversation", "Load an earlier conversation", self.action_reopen)
        yield SystemCommand("Clear conversation", "Start a new, empty conversation", self.action_clear)

    # ------------------------------------------------------------ status

    def set_status(self, text: str) -> None:
        scope = f"  ·  scope: {', '.join(self.scope)}" if self.scope else ""
        self.query_one("#status", Static).update(Text(strip_control(text) + scope))

    def refresh_status(self) -> None:
        if not self.ready:
            return
        state = f"Answering… ({len(self.pending)} waiting)" if self.busy else "Ready"
        self.set_status(f"{state}  ·  {self._ready_summary}")

    # ------------------------------------------------------------ loading

    @work(thread=True, exclusive=True, group="load")
    def load_assistant(self) -> None:
        def progress(stage: str, done: int, total: int) -> None:
            self.post_message(StatusUpdate(f"Building the index: {done}/{total} files…"))

        try:
            report = self.assistant.prepare(
                build=self.build, log=lambda m: self.post_message(StatusUpdate(m)), progress=progress
            )
            documents = self.assistant.documents()
            chunks = len(self.assistant.load_index().chunks)
            built = f"  ·  {report.summary()}" if report else ""
            self.post_message(AssistantReady(f"{len(documents)} documents, {chunks} passages{built}"))
        except (AssistantError, CitationError) as exc:
            self.post_message(LoadFailed(str(exc)))
        except Exception as exc:  # a failed load must never put a traceback on screen
            self.post_message(LoadFailed(f"{type(exc).__name__}: {exc}"))

    @on(StatusUpdate)
    def status_update(self, message: StatusUpdate) -> None:
        if not self.ready:
            self.set_status(message.text)

    @on(AssistantReady)
    def assistant_ready(self, message: AssistantReady) -> None:
        self.ready = True
        self.ready_at = time.time()
        self._ready_summary = message.summary
        self.refresh_status()
        self.ask_next()

    @on(LoadFailed)
    def load_failed(self, message: LoadFailed) -> None:
        self.set_status(f"Could not load: {message.error}")
        self.log_error(f"Could not load the review texts: {message.error}")
        for _, placeholder in self.pending:
            placeholder.remove()
        self.pending.clear()

    # ------------------------------------------------------------ asking

    @on(Input.Submitted, "#question")
    def submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        event.input.value = ""
        if not text:
            return
        event.input.remember(text)
        if text.startswith("/"):
            self.run_command(text)
            return
        log = self.query_one("#log", VerticalScroll)
        log.mount(Static(Text.assemble(("You: ", "bold"), strip_control(text)), classes="question"))
        waiting = "Searching the review texts…" if self.ready else "Waiting for the model to load…"
        placeholder = Static(Text(waiting, style="italic dim"), classes="pending")
        log.mount(placeholder)
        log.scroll_end(animate=False)
        self.pending.append((text, placeholder))
        if not self.ready:
            self.set_status(f"Loading… your question will be answered when ready ({len(self.pending)} waiting)")
        self.ask_next()

    def ask_next(self) -> None:
        if not self.ready or self.busy or not self.pending:
            return
        question, placeholder = self.pending.popleft()
        placeholder.update(Text("Searching the review texts…", style="italic dim"))
        self.busy = True
        self.refresh_status()
        self.answer_question(question, list(self.scope), placeholder)

    @work(thread=True, exclusive=True, group="ask")
    def answer_question(self, question: str, scope: list[str], placeholder: Static) -> None:
        try:
            self.assistant.reload_if_rebuilt()  # another process may have published a new index
            answer = self.assistant.ask(question, documents=scope or None)
            self.post_message(Answered(answer, placeholder))
        except CitationError as exc:
            self.post_message(AskFailed(question, f"the answer failed its citation check and was withheld ({exc})", placeholder))
        except AssistantError as exc:
            self.post_message(AskFailed(question, str(exc), placeholder))
        except Exception as exc:  # never a traceback on screen
            self.post_message(AskFailed(question, f"{type(exc).__name__}: {exc}", placeholder))

    @on(Answered)
    def answered(self, message: Answered) -> None:
        self.busy = False
        self.show_answer(message.answer, before=message.placeholder)
        message.placeholder.remove()
        try:
            self.history.append(self.conversation_id, message.answer)
        except OSError as exc:
            self.notify(f"History not saved: {exc}", severity="warning")
        self.refresh_status()
        self.ask_next()

    @on(AskFailed)
    def ask_failed(self, message: AskFailed) -> None:
        self.busy = False
        message.placeholder.remove()
        self.log_error(f"Could not answer: {message.error}")
        self.refresh_status()
        self.ask_next()

    def show_answer(self, answer: Answer, before: Static | None = None) -> AnswerBlock:
        self._blocks += 1
        block = AnswerBlock(answer, self._blocks)
        log = self.query_one("#log", VerticalScroll)
        if before is not None and before.parent is log:
            log.mount(block, before=before)
        else:
            log.mount(block)
        self.answers.append(answer)
        log.scroll_end(animate=False)
        return block

    def log_error(self, text: str) -> None:
        log = self.query_one("#log", VerticalScroll)
        log.mount(Static(Text(strip_control(text)), classes="error"))
        log.scroll_end(animate=False)

    # ------------------------------------------------------------ sources

    @on(OptionList.OptionSelected, ".sources, .related")
    def source_selected(self, event: OptionList.OptionSelected) -> None:
        option = event.option
        if isinstance(option, SourceOption):
            self.open_source(option.source)

    def open_source(self, source: Citation | Passage) -> None:
        if isinstance(source, Citation):
            doc_id, start, end, location, cited = source.source, source.start, source.end, source.location, True
        else:
            chunk = source.chunk
            doc_id, start, end, cited = chunk.doc_id, chunk.start, chunk.end, False
            location = f"chars {start}\u2013{end}"
        try:
            text = self.assistant.document_text(doc_id)
        except AssistantError as exc:
            self.log_error(str(exc))
            return
        if text is None:
            self.notify(f"{doc_id} is no longer in the index", severity="error")
            return
        record = self.assistant.load_index().documents.get(doc_id)
        self.query_one(SourcePanel).show(doc_id, record.title if record else "", location, text, start, end, cited)

    def action_open_document(self) -> None:
        panel = self.query_one(SourcePanel)
        if not panel.current:
            return
        source, start, end, _ = panel.current
        text = self.assistant.document_text(source) or ""
        self.push_screen(DocumentScreen(source, text, start, end))

    # ------------------------------------------------------------ commands and actions

    def run_command(self, text: str) -> None:
        command, _, argument = text.partition(" ")
        if command in ("/doc", "/docs"):
            if not self.ready:
                self.notify("The documents are still loading.")
                return
            ids = [d.id for d in self.assistant.documents()]
            if not argument.strip():
                self.scope = []
                self.notify("Scope cleared: questions search all documents.")
            else:
                wanted = [w for w in argument.split() if w]
                matched = [doc_id for doc_id in ids if any(w.lower() in doc_id.lower() for w in wanted)]
                if not matched:
                    self.notify(f"No document matches {argument.strip()!r}", severity="warning")
                    return
                self.scope = matched
                self.notify(f"Questions now search: {', '.join(matched)}")
            self.refresh_status()
        elif command == "/help":
            self.action_help()
        elif command == "/clear":
            self.action_clear()
        elif command == "/export":
            self.action_export()
        else:
            self.notify(f"Unknown command {command}; try /doc NAME, /doc, /export, /clear or /help", severity="warning")

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_scope(self) -> None:
        if not self.ready:
            self.notify("The documents are still loading.")
            return
        documents = [(d.id, d.title) for d in self.assistant.documents()]

        def apply(chosen: list[str] | None) -> None:
            if chosen is not None:
                self.scope = sorted(chosen)
                self.refresh_status()

        self.push_screen(ScopeScreen(documents, set(self.scope)), apply)

    def action_export(self) -> None:
        if not self.answers:
            self.notify("Nothing to export yet.")
            return
        try:
            path = export_conversation(self.answers, self.assistant.settings.data_dir / "exports")
        except OSError as exc:
            self.notify(f"Export failed: {exc}", severity="error")
            return
        self.last_export = path
        self.notify(f"Conversation exported to {path}", timeout=8)

    def action_clear(self) -> None:
        log = self.query_one("#log", VerticalScroll)
        for child in list(log.children):
            if child.id != "welcome":
                child.remove()
        self.answers = []
        self.conversation_id = self.history.new_conversation_id()
        self.query_one(SourcePanel).display = False
        self.notify("Conversation cleared; a new one has begun.")

    def action_reopen(self) -> None:
        try:
            conversations = self.history.conversations()
        except OSError as exc:
            self.notify(f"History unreadable: {exc}", severity="error")
            return
        self.push_screen(HistoryScreen(conversations), self.reopen)

    def reopen(self, conversation_id: str | None) -> None:
        if not conversation_id:
            return
        answers, problems = self.history.load(conversation_id)
        self.action_clear()
        self.conversation_id = conversation_id
        log = self.query_one("#log", VerticalScroll)
        for answer in answers:
            log.mount(Static(Text.assemble(("You: ", "bold"), strip_control(answer.question)), classes="question"))
            self.show_answer(answer)
        for problem in problems:
            self.log_error(problem)
        self.notify(f"Reopened a conversation of {len(answers)} answers.")


def create_app(
    settings: Settings | None = None,
    *,
    assistant: Assistant | None = None,
    build: bool = True,
    history: HistoryStore | None = None,
) -> ChatApp:
    """The one factory for the chat, used by the CLI and the tests."""
    assistant = assistant or Assistant(settings or Settings.from_env())
    return ChatApp(assistant, build=build, history=history)


def run_chat(settings: Settings, build: bool = True) -> int:
    app = create_app(settings, build=build)
    app.run()
    return app.return_code or 0
