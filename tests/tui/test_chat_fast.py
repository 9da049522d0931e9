"""Chat behaviour with the hashing embedder: start-up, keys, scope, history, safety, errors."""

import shutil
import threading
from pathlib import Path

from assistant.core import Assistant
from assistant.answers.history import HistoryStore
from assistant.settings import Settings
from assistant.tui.app import create_app
from assistant.tui.widgets.answer_block import AnswerBlock
from assistant.tui.widgets.question_input import QuestionInput
from assistant.tui.widgets.source_panel import SourcePanel
from tests.conftest import DATA, HashingEmbedder
from tests.tui.conftest import ask, wait_for


class SlowAssistant(Assistant):
    """Loading takes as long as the test wants: proves the UI does not wait for it."""

    release = None

    def prepare(self, **kwargs):
        self.release.wait(30)
        return super().prepare(**kwargs)


def mini_assistant(tmp_path: Path, cls=Assistant, corpus: Path = DATA / "mini") -> Assistant:
    target = tmp_path / "corpus"
    shutil.copytree(corpus, target)
    settings = Settings(corpus_dir=target, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    return cls(settings, embedder=HashingEmbedder())


async def test_first_paint_before_the_model_loads_and_queued_question_is_answered(tmp_path, history):
    assistant = mini_assistant(tmp_path, SlowAssistant)
    assistant.release = threading.Event()
    app = create_app(assistant=assistant, history=history)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not app.ready
        assert "Loading" in app.query_one("#status").visual.plain
        await pilot.press(*"When did the library close?", "enter")
        await pilot.pause()
        assert len(app.pending) == 1 and not app.query(AnswerBlock)
        assert "waiting" in app.query_one("#status").visual.plain
        assistant.release.set()
        await wait_for(pilot, lambda: bool(app.query(AnswerBlock)) and not app.busy, what="the queued answer")
        answer = app.query_one(AnswerBlock).answer
        assert "12 August 2018" in answer.text


async def test_history_recall_clear_and_scope(tmp_path, history):
    app = create_app(assistant=mini_assistant(tmp_path), history=history)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        await ask(pilot, app, "When did the library close?")
        await ask(pilot, app, "When did the harbour master resign?")
        field = app.query_one(QuestionInput)
        await pilot.press("up")
        assert field.value == "When did the harbour master resign?"
        await pilot.press("up")
        assert field.value == "When did the library close?"
        await pilot.press("down", "down")
        assert field.value == ""

        await pilot.press(*"/doc library", "enter")
        await pilot.pause()
        assert app.scope == ["library.txt"]
        assert "scope: library.txt" in app.query_one("#status").visual.plain
        block = await ask(pilot, app, "What happened to the harbour pier?")
        assert all(c.source == "library.txt" for c in block.answer.citations)
        await pilot.press(*"/doc", "enter")
        await pilot.pause()
        assert app.scope == []

        await pilot.press("ctrl+l")
        await pilot.pause()
        assert not app.query(AnswerBlock) and app.answers == []


async def test_a_question_pasted_across_lines_is_asked_whole(tmp_path, history):
    from textual import events

    app = create_app(assistant=mini_assistant(tmp_path), history=history)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        field = app.query_one(QuestionInput)
        field.post_message(events.Paste("When did the\ntown library\r\nclose?\n"))
        await pilot.pause()
        assert field.value == "When did the town library close?"
        await pilot.press("enter")
        await wait_for(pilot, lambda: bool(app.query(AnswerBlock)) and not app.busy, what="the answer")
        answer = app.query_one(AnswerBlock).answer
        assert answer.question == "When did the town library close?" and "12 August 2018" in answer.text


async def test_conversations_persist_and_reopen_with_damage_reported(tmp_path):
    store = HistoryStore(tmp_path / "history-data")
    assistant = mini_assistant(tmp_path)
    app = create_app(assistant=assistant, history=store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        await ask(pilot, app, "When did the library close?")
        conversation = app.conversation_id
    path = store.path(conversation)
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"question": "half a line\n')
    app = create_app(assistant=assistant, history=store)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("enter")
        await wait_for(pilot, lambda: bool(app.query(AnswerBlock)), what="reopened answers")
        assert app.query_one(AnswerBlock).answer.question == "When did the library close?"
        errors = [e.visual.plain for e in app.query(".error")]
        assert any("damaged" in e for e in errors)


async def test_markup_and_escape_sequences_in_documents_show_literally(tmp_path, history):
    app = create_app(assistant=mini_assistant(tmp_path, corpus=DATA / "markup"), history=history)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        block = await ask(pilot, app, "What the inspector wrote in the ferry report")
        assert not block.answer.abstained
        await pilot.press("tab", "enter")
        await pilot.pause()
        shown = app.query_one(SourcePanel).query_one("#source-context").visual.plain
        assert "[bold]LOUD[/bold]" in shown and "[link=https://example.com]click[/link]" in shown and "[/]" in shown
        block = await ask(pilot, app, "What sat in the ferry logbook notes?")
        await pilot.press("tab", "tab", "enter")
        await pilot.pause()
        shown = app.query_one(SourcePanel).query_one("#source-context").visual.plain
        assert "\x1b" not in shown and "\x07" not in shown and "red" in shown
        screen_text = app.export_screenshot()
        assert "[bold]LOUD[/bold]" in screen_text.replace("&#160;", " ")


async def test_a_missing_index_without_build_is_reported_and_the_app_keeps_running(tmp_path, history):
    app = create_app(assistant=mini_assistant(tmp_path), history=history, build=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: bool(app.query(".error")), what="the load error")
        message = app.query_one(".error").visual.plain
        assert "index is missing" in message and "Traceback" not in message
        assert "Could not load" in app.query_one("#status").visual.plain
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HelpScreen"


async def test_an_answer_that_raises_is_shown_as_an_error(tmp_path, history, monkeypatch):
    assistant = mini_assistant(tmp_path)
    app = create_app(assistant=assistant, history=history)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")

        def broken(*args, **kwargs):
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(assistant, "ask", broken)
        await pilot.press(*"Anything?", "enter")
        await wait_for(pilot, lambda: bool(app.query(".error")), what="the error")
        assert "disk on fire" in app.query_one(".error").visual.plain
        monkeypatch.undo()
        block = await ask(pilot, app, "When did the library close?")
        assert not block.answer.abstained


async def test_chat_shows_page_section_and_paragraph(tmp_path, history):
    from tests.fixtures_formats import write_mixed_corpus

    corpus = write_mixed_corpus(tmp_path / "mixed")
    app = create_app(assistant=mini_assistant(tmp_path, corpus=corpus), history=history)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        block = await ask(pilot, app, "pier inspection never recorded")
        label = block.query_one(".sources").get_option_at_index(0).prompt.plain
        assert "harbour-review.pdf" in label and "p. 2 (page 3 of the file), para 4.12, Findings" in label


async def test_a_mouse_click_on_a_source_opens_it(tmp_path, history):
    app = create_app(assistant=mini_assistant(tmp_path), history=history)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        block = await ask(pilot, app, "When did the harbour master resign?")
        sources = block.query_one(".sources")
        await pilot.click(sources, offset=(5, 0))
        await pilot.pause()
        panel = app.query_one(SourcePanel)
        assert panel.display and block.answer.citations[0].source in panel.query_one("#source-heading").visual.plain


class GatedAssistant(Assistant):
    """Answers only when the test lets it: what the chat does while an answer is being worked on."""

    gate: threading.Event | None = None

    def ask(self, question, **kwargs):
        if self.gate is not None:
            self.gate.wait(30)
        return super().ask(question, **kwargs)


async def test_an_answer_arriving_after_clear_is_saved_where_it_was_asked_and_not_shown(tmp_path, history):
    assistant = mini_assistant(tmp_path, GatedAssistant)
    app = create_app(assistant=assistant, history=history)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        first = app.conversation_id
        assistant.gate = threading.Event()
        await pilot.press(*"When did the library close?", "enter")
        await wait_for(pilot, lambda: app.busy, what="the question being answered")
        await pilot.press(*"When did the harbour master resign?", "enter")  # waiting behind it
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert app.conversation_id != first and not app.pending  # the waiting one went with the conversation
        assistant.gate.set()
        await wait_for(pilot, lambda: not app.busy, what="the answer")
        await pilot.pause()
        assert not app.query(AnswerBlock) and not app.answers  # not shown in the new conversation
        saved, _ = history.load(first)
        assert [a.question for a in saved] == ["When did the library close?"]
        assert not history.path(app.conversation_id).exists()


async def test_an_answer_arriving_after_its_own_conversation_was_reopened_is_shown_and_read_into_follow_ups(tmp_path, history):
    assistant = mini_assistant(tmp_path, GatedAssistant)
    app = create_app(assistant=assistant, history=history)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        await ask(pilot, app, "When did the library close?")
        assistant.gate = threading.Event()
        await pilot.press(*"When did the harbour master resign?", "enter")
        await wait_for(pilot, lambda: app.busy, what="the question being answered")
        app.reopen(app.conversation_id)  # Ctrl+R, this very conversation
        await pilot.pause()
        assert [a.question for a in app.answers] == ["When did the library close?"]
        assistant.gate.set()
        await wait_for(pilot, lambda: not app.busy and len(app.answers) == 2, what="the late answer on screen")
        assert app.answers[-1].question == "When did the harbour master resign?"
        assert app.query(AnswerBlock).last().answer is app.answers[-1]
        assert [a.question for a in history.load(app.conversation_id)[0]] == [a.question for a in app.answers]  # saved once
        block = await ask(pilot, app, "Why did he resign?")
        assert block.answer.read_as is not None and "harbour master" in block.answer.read_as  # read after the late answer


async def test_a_new_topic_while_answering_frees_the_next_question_from_the_old_one(tmp_path, history):
    assistant = mini_assistant(tmp_path, GatedAssistant)
    app = create_app(assistant=assistant, history=history)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        assistant.gate = threading.Event()
        await pilot.press(*"When did the harbour master resign?", "enter")
        await wait_for(pilot, lambda: app.busy, what="the question being answered")
        await pilot.press(*"/new", "enter")
        assistant.gate.set()
        await wait_for(pilot, lambda: bool(app.query(AnswerBlock)) and not app.busy, what="the first answer")
        block = await ask(pilot, app, "And when did that happen?")
        assert block.answer.read_as is None  # read on its own, as /new promises


async def test_questions_after_a_failed_load_are_refused_at_once(tmp_path, history):
    settings = Settings(corpus_dir=tmp_path / "no-such-corpus", index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    app = create_app(assistant=Assistant(settings, embedder=HashingEmbedder()), history=history)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.load_error is not None, what="the load error")
        await pilot.press(*"When did the library close?", "enter")
        await pilot.pause()
        errors = [e.visual.plain for e in app.query(".error")]
        assert errors[-1].startswith("Could not answer: the review texts could not be loaded") and not app.pending
        assert "Could not load" in app.query_one("#status").visual.plain
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert app.screen.__class__.__name__ != "ScopeScreen"


async def test_reopened_before_the_model_loads_thanks_is_still_no_context(tmp_path, history):
    assistant = mini_assistant(tmp_path, SlowAssistant)
    assistant.release = threading.Event()
    from assistant.domain import Answer, Citation

    quote = Citation(1, "library.txt", 23, 96, "The town library closed its doors on 12 August 2018 because the roof leaked.", 0.9)
    history.append("older", Answer("When did the library close?", f"{quote.text} [1]", False, (quote,)))
    history.append("older", Answer("thanks", "The review texts do not answer this.", True))
    app = create_app(assistant=assistant, history=history)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.reopen("older")
        assert not app.ready
        await pilot.press(*"Why?", "enter")
        assistant.release.set()
        await wait_for(pilot, lambda: len(app.query(AnswerBlock)) == 3 and not app.busy, what="the follow-up")
        read_as = app.answers[-1].read_as
        assert "library" in read_as and "thanks" not in read_as  # read with the question before "thanks"


async def test_escape_closes_the_source_panel_from_the_question_box_and_ctrl_d_opens_one_picker(tmp_path, history):
    app = create_app(assistant=mini_assistant(tmp_path), history=history)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        block = await ask(pilot, app, "When did the harbour master resign?")
        app.open_source(block.answer.citations[0])
        await pilot.pause()
        panel = app.query_one(SourcePanel)
        app.query_one(QuestionInput).focus()
        assert panel.display
        await pilot.press("escape")
        await pilot.pause()
        assert not panel.display
        await pilot.press("ctrl+d")
        await pilot.pause()
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert sum(type(s).__name__ == "ScopeScreen" for s in app.screen_stack) == 1


async def test_the_command_palette_holds_every_action_of_the_keys_table(tmp_path, history):
    app = create_app(assistant=mini_assistant(tmp_path), history=history)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Help", "Limit to documents", "Export conversation", "Reopen conversation", "Clear conversation", "New topic", "Why this answer"} <= titles
