"""The terminal chat: ask, read and check cited answers without leaving the terminal.

The window paints at once: the first frame is a light layout (title, welcome line, question box,
status, keys) whose modules import little beyond Textual; the source panel, the answer widgets and
the screens are imported after it is on screen, and the model and index load in a worker thread
while a question typed meanwhile waits in a queue. Every piece of document text is shown as plain ``rich.text.Text``
(never parsed as markup) after escape sequences and control characters are removed.
"""

from __future__ import annotations

import time
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from assistant import paths
from assistant.answers.history import HistoryStore
from assistant.domain import Answer, CitationError, Citation, Passage
from assistant.safety import one_line, strip_control
from assistant.settings import Settings
from assistant.tui.messages import Answered, AskFailed, AssistantReady, LoadFailed, StatusUpdate
from assistant.tui.widgets.question_input import QuestionInput

if TYPE_CHECKING:
    from assistant.answers.conversation import Conversation
    from assistant.core import Assistant
    from assistant.tui.widgets.answer_block import AnswerBlock
    from assistant.tui.widgets.source_panel import SourcePanel

# Everything else (the facade, numpy through the conversation reader, OptionList, Markdown, the
# screens) is imported after the first frame or where first used: the window paints sooner.


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
        Binding("ctrl+n", "new_topic", "New topic"),
        Binding("f2", "why", "Why?"),
        Binding("escape", "close_panel", "Close panel", show=False),  # from the question box too
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, assistant: Assistant, *, build: bool = True, history: HistoryStore | None = None) -> None:
        super().__init__()
        self.assistant = assistant
        self.build = build
        self.history = history or HistoryStore(assistant.settings.data_dir)
        self.conversation_id = self.history.new_conversation_id()
        self._conversation: Conversation | None = None  # what follow-ups are read against; made on first use
        self.answers: list[Answer] = []
        self.scope: list[str] = []
        self.ready = False
        self.busy = False
        self.load_error: str | None = None  # why the model and index could not be loaded
        # Questions typed and not yet asked: (question, placeholder, its conversation, that conversation's id).
        self.pending: deque[tuple[str, Static, Conversation, str]] = deque()
        self._restored_before_ready: list[Answer] | None = None  # a reopened conversation's turns, to sift when ready
        self._blocks = 0
        self._ready_summary = "loading…"
        self.painted_at: float | None = None  # time.time() of the first paint, for the startup benchmark
        self.ready_at: float | None = None

    @property
    def conversation(self) -> Conversation:
        if self._conversation is None:
            from assistant.answers.conversation import Conversation

            self._conversation = Conversation(self.conversation_id)
        return self._conversation

    @conversation.setter
    def conversation(self, value: Conversation | None) -> None:
        self._conversation = value

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        """The first frame: light widgets only. The source panel joins ``#main`` once it is painted."""
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
        yield QuestionInput(placeholder="Ask a question about the reviews and press Enter", id="question")
        yield Static(Text("Loading the model and index…"), id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(QuestionInput).focus()
        self.set_status("Loading the model and index…")

    def on_ready(self) -> None:
        """Textual sends Ready once the first frame is on screen: only then the rest of the layout and the slow load."""
        self.painted_at = time.time()
        self.load_assistant()
        self.mount_full_layout()

    def mount_full_layout(self) -> None:
        """The hidden source panel (OptionList, the renderers) after the first frame."""
        if self.source_panel is not None:
            return
        from assistant.tui.widgets.source_panel import SourcePanel

        panel = SourcePanel()
        panel.display = False
        self.query_one("#main", Vertical).mount(panel)

    @property
    def source_panel(self) -> SourcePanel | None:
        found = self.query("#source-panel")
        return found.first() if found else None

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Keys and how citations work", self.action_help)
        yield SystemCommand("Limit to documents", "Choose which documents answers may cite", self.action_scope)
        yield SystemCommand("Export conversation", "Write the conversation to a Markdown file", self.action_export)
        yield SystemCommand("Reopen conversation", "Load an earlier conversation", self.action_reopen)
        yield SystemCommand("Clear conversation", "Start a new, empty conversation", self.action_clear)
        yield SystemCommand("New topic", "Read the next question on its own, not as a follow-up", self.action_new_topic)
        yield SystemCommand("Why this answer", "The passages, sentences and scores behind the latest answer", self.action_why)

    # ------------------------------------------------------------ status

    def set_status(self, text: str) -> None:
        scope = f"  ·  scope: {', '.join(self.scope)}" if self.scope else ""
        self.query_one("#status", Static).update(Text(one_line(text + scope)))

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None, markup: bool = True) -> None:
        """Every notification passes the sanitiser; file names and questions in it are never read as markup."""
        super().notify(one_line(message), title=one_line(title), severity=severity, timeout=timeout, markup=False)

    def refresh_status(self) -> None:
        if not self.ready:
            return
        state = f"Answering… ({len(self.pending)} waiting)" if self.busy else "Ready"
        self.set_status(f"{state}  ·  {self._ready_summary}")

    # ------------------------------------------------------------ loading

    @work(thread=True, exclusive=True, group="load")
    def load_assistant(self) -> None:
        from assistant.core import AssistantError

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
        if self._restored_before_ready is not None:
            # Reopened before the vocabulary was loaded: its turns are sifted now, in place, so the
            # questions already waiting on this conversation see the same context.
            self.conversation.turns[:] = self._restore(self._restored_before_ready).turns
            self._restored_before_ready = None
        self.refresh_status()
        self.ask_next()

    @on(LoadFailed)
    def load_failed(self, message: LoadFailed) -> None:
        self.load_error = message.error
        self.set_status(f"Could not load: {message.error}")
        self.log_error(f"Could not load the review texts: {message.error}")
        for _, placeholder, *_ in self.pending:
            placeholder.remove()
        self.pending.clear()

    # ------------------------------------------------------------ asking

    @on(Input.Submitted, "#question")
    def submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        event.input.value = ""
        if not strip_control(text).strip():  # blank, or control characters only: nothing was asked
            return
        event.input.remember(text)
        if text.startswith("/"):
            self.run_command(text)
            return
        log = self.query_one("#log", VerticalScroll)
        self.show_question(text)
        if self.load_error is not None:
            self.log_error(f"Could not answer: the review texts could not be loaded ({self.load_error})")
            return
        waiting = "Searching the review texts…" if self.ready else "Waiting for the model to load…"
        placeholder = Static(Text(waiting, style="italic dim"), classes="pending")
        log.mount(placeholder)
        log.scroll_end(animate=False)
        # The question belongs to the conversation it was typed in, whatever happens before it is answered.
        self.pending.append((text, placeholder, self.conversation, self.conversation_id))
        if not self.ready:
            self.set_status(f"Loading… your question will be answered when ready ({len(self.pending)} waiting)")
        self.ask_next()

    def ask_next(self) -> None:
        if not self.ready or self.busy or not self.pending:
            return
        question, placeholder, conversation, conversation_id = self.pending.popleft()
        placeholder.update(Text("Searching the review texts…", style="italic dim"))
        self.busy = True
        self.refresh_status()
        self.answer_question(question, list(self.scope), placeholder, conversation, conversation_id)

    @work(thread=True, exclusive=True, group="ask")
    def answer_question(self, question: str, scope: list[str], placeholder: Static, conversation: Conversation, conversation_id: str) -> None:
        from assistant.core import AssistantError

        try:
            self.assistant.reload_if_rebuilt()  # another process may have published a new index
            answer = self.assistant.ask(question, documents=scope or None, conversation=conversation)
            self.post_message(Answered(answer, placeholder, conversation_id))
        except CitationError as exc:
            self.post_message(AskFailed(question, f"the answer failed its citation check and was withheld ({exc})", placeholder))
        except AssistantError as exc:
            self.post_message(AskFailed(question, str(exc), placeholder))
        except Exception as exc:  # never a traceback on screen
            self.post_message(AskFailed(question, f"{type(exc).__name__}: {exc}", placeholder))

    @on(Answered)
    def answered(self, message: Answered) -> None:
        self.busy = False
        try:
            self.history.append(message.conversation_id, message.answer)  # where it was asked
        except OSError as exc:
            self.notify(f"History not saved: {exc}", severity="warning")
        if message.conversation_id == self.conversation_id and message.placeholder.is_attached:
            self.show_answer(message.answer, before=message.placeholder)
            message.placeholder.remove()
        elif message.conversation_id == self.conversation_id:
            # This very conversation was reopened from history while the answer was worked on: the
            # screen and the follow-up reader were rebuilt without it, so it joins both now.
            self.show_question(message.answer.question)
            self.show_answer(message.answer)
            self.conversation = self._restore(self.answers)
        else:  # the chat was cleared or another conversation opened while it was being answered
            self.notify(f"The answer to {message.answer.question[:60]!r} was saved to the conversation it was asked in (Ctrl+R).")
        self.refresh_status()
        self.ask_next()

    @on(AskFailed)
    def ask_failed(self, message: AskFailed) -> None:
        self.busy = False
        message.placeholder.remove()
        self.log_error(f"Could not answer: {message.error}")
        self.refresh_status()
        self.ask_next()

    def show_question(self, question: str) -> None:
        self.query_one("#log", VerticalScroll).mount(Static(Text.assemble(("You: ", "bold"), strip_control(question)), classes="question"))

    def show_answer(self, answer: Answer, before: Static | None = None) -> AnswerBlock:
        from assistant.tui.widgets.answer_block import AnswerBlock

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

    def on_option_list_option_selected(self, event) -> None:
        """A source chosen under an answer (OptionList is imported after the first frame, so by name)."""
        from assistant.tui.widgets.source_panel import SourceOption

        if not (event.option_list.has_class("sources") or event.option_list.has_class("related")):
            return
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
        from assistant.core import AssistantError

        try:
            text = self.assistant.document_text(doc_id)
        except AssistantError as exc:
            self.log_error(str(exc))
            return
        if text is None:
            self.notify(f"{doc_id} is no longer in the index", severity="error")
            return
        record = self.assistant.load_index().documents.get(doc_id)
        self.mount_full_layout()
        self.source_panel.show(doc_id, record.title if record else "", location, text, start, end, cited)

    def action_open_document(self) -> None:
        from assistant.tui.screens.document_screen import DocumentScreen

        panel = self.source_panel
        if panel is None or not panel.current:
            return
        source, start, end, _ = panel.current
        text = self.assistant.document_text(source) or ""
        self.push_screen(DocumentScreen(source, text, start, end))

    # ------------------------------------------------------------ commands and actions

    def _not_loaded(self) -> bool:
        """Whether the documents are unavailable yet (or for good), said in a notification."""
        if self.load_error is not None:
            self.notify(f"The review texts could not be loaded: {self.load_error}", severity="error")
        elif not self.ready:
            self.notify("The documents are still loading.")
        return not self.ready

    def run_command(self, text: str) -> None:
        command, _, argument = text.partition(" ")
        if command in ("/doc", "/docs"):
            if self._not_loaded():
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
        elif command == "/new":
            self.action_new_topic()
        elif command == "/why":
            self.action_why()
        elif command == "/help":
            self.action_help()
        elif command == "/clear":
            self.action_clear()
        elif command == "/export":
            self.action_export()
        else:
            self.notify(f"Unknown command {command}; try /doc NAME, /doc, /new, /why, /export, /clear or /help", severity="warning")

    def action_help(self) -> None:
        from assistant.tui.screens.help_screen import HelpScreen

        self.push_screen(HelpScreen())

    def action_scope(self) -> None:
        if self._not_loaded():
            return
        from assistant.tui.screens.scope_screen import ScopeScreen

        if isinstance(self.screen, ScopeScreen):  # Ctrl+D again inside it: one picker, not two
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
        from assistant.answers.export import export_conversation

        try:
            path = export_conversation(self.answers, self.assistant.settings.data_dir / paths.EXPORTS_DIR)
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
        if self.pending:  # typed in the conversation being cleared, not yet asked: gone with it
            self.notify(f"{len(self.pending)} question(s) not yet answered were dropped with the conversation.")
            self.pending.clear()
        self._restored_before_ready = None
        self.answers = []
        self.conversation_id = self.history.new_conversation_id()
        self.conversation = None  # a new one, for the new id, on first use
        if self.source_panel is not None:
            self.source_panel.display = False
        self.notify("Conversation cleared; a new one has begun.")

    def action_new_topic(self) -> None:
        """Questions from now on stand alone: nothing earlier is read into them. A new reader, not
        the old one emptied: an answer still being worked on records its turn in the old one."""
        from assistant.answers.conversation import Conversation

        self.conversation = Conversation(self.conversation_id)
        log = self.query_one("#log", VerticalScroll)
        log.mount(Static(Text("— new topic: earlier questions no longer shape the next ones —", style="dim italic"), classes="new-topic"))
        log.scroll_end(animate=False)
        self.notify("New topic: the next question is read on its own.")

    def _restore(self, answers: list[Answer]) -> Conversation:
        """A saved conversation's reader. Turns that were not looked for ("thanks") were no context
        live, so none when reopened; that takes the index's vocabulary (all are kept until then)."""
        from assistant.answers.conversation import Conversation

        sought = [a for a in answers if not self.ready or self.assistant.seeks(a.question, follow_up=bool(a.read_as))]
        return Conversation.restore(self.conversation_id, sought)

    def action_close_panel(self) -> None:
        panel = self.source_panel
        if panel is not None and panel.display:
            panel.action_close()

    def action_why(self) -> None:
        """Why the latest answer is what it is: passages, sentences weighed, scores, threshold."""
        if not self.answers:
            self.notify("No answer yet.")
            return
        from assistant.answers.explain import explain_lines
        from assistant.tui.screens.explain_screen import ExplainScreen

        answer = self.answers[-1]
        self.push_screen(ExplainScreen(answer.question, explain_lines(answer)))

    def action_reopen(self) -> None:
        from assistant.tui.screens.history_screen import HistoryScreen

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
        self.conversation = self._restore(answers)
        if not self.ready:  # no vocabulary yet to sift its turns by: done when it is loaded
            self._restored_before_ready = answers
        for answer in answers:
            self.show_question(answer.question)
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
    from assistant.core import Assistant

    assistant = assistant or Assistant(settings or Settings.from_env())
    return ChatApp(assistant, build=build, history=history)


def run_chat(settings: Settings, build: bool = True) -> int:
    app = create_app(settings, build=build)
    app.run()
    return app.return_code or 0
