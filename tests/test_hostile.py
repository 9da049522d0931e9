"""Issue 11, probes 1 and 2: no escape sequence from a file, a file name or a user reaches a person.

Every surface is rendered from the hostile corpus (tests/hostile_corpus.py): the CLI's text and
JSON output, its errors, the chat's widgets and screens, notifications and the export. Nothing
may hold ESC, another C0 control but tab and newline, DEL, a C1 control or a bidi override.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from dataclasses import fields
from pathlib import Path

import pytest

from assistant import cli
from assistant.core import Assistant
from assistant.domain import Answer, Citation
from assistant.safety import has_control, one_line, safe_json, strip_control
from assistant.settings import Settings
from tests.conftest import HashingEmbedder
from tests.hostile_corpus import HOSTILE_NAME, QUESTIONS, write_hostile_corpus

# The v0.1 scorer answers from the hashing embedder; the trained answer model needs real vectors.
SCORER = {"answerer": "scorer"} if "answerer" in {f.name for f in fields(Settings)} else {}


def assert_clean(text: str, where: str) -> None:
    bad = sorted({hex(ord(ch)) for ch in text if has_control(ch)})
    assert not bad, f"{where}: control characters {bad} reached the output"


# ---------------------------------------------------------------- the rule itself


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("a\x1b]52;c;Y3VybA==\x1b\\b", "ab"),
        ("a\x1b]2;PWNED\x07b", "ab"),
        ("a\x1b]2;unterminated", "a"),
        ("a\x1b[2Jb\x1b[31mc", "abc"),
        ("a\x9b31mb", "ab"),
        ("a\x9d2;PWNED\x9cb", "ab"),
        ("a\x1bPdcs\x1b\\b", "ab"),
        ("a\x1bcb", "ab"),
        ("a\u202eb\u2066c\u2069d\u202ae", "abcde"),
        ("tab\tand\nnewline kept\r", "tab\tand\nnewline kept"),
        ("nul\x00 del\x7f bel\x07 esc\x1b", "nul del bel esc"),
    ],
)
def test_one_rule_for_every_string_shown(raw, shown):
    assert strip_control(raw) == shown
    assert not has_control(one_line(raw)) and "\n" not in one_line(raw)


def test_json_output_escapes_c1_and_bidi_controls():
    text = safe_json({"answer": "a\x9b31m b\u202e c\x1b d\x7f", "name": "\udcff"})
    assert_clean(text, "json")
    assert json.loads(text)["answer"] == "a\x9b31m b\u202e c\x1b d\x7f"
    assert json.loads(text)["name"] == "\ufffd"


# ---------------------------------------------------------------- the CLI


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    corpus = write_hostile_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    embedder = HashingEmbedder()
    for name, value in SCORER.items():
        monkeypatch.setenv(f"ASSISTANT_{name.upper()}", value)
    monkeypatch.setattr(cli, "make_assistant", lambda settings: Assistant(settings, embedder=embedder))
    return corpus, index, embedder


def test_every_cli_surface_is_clean(hostile, capsys, monkeypatch):
    corpus, index, _ = hostile
    paths = ["--corpus", str(corpus), "--index", str(index)]
    seen = []

    def run(*argv, stdin: str | None = None, code: int | None = 0):
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        result = cli.main([*argv, *paths])
        out, err = capsys.readouterr()
        assert_clean(out, f"stdout of {argv}")
        assert_clean(err, f"stderr of {argv}")
        assert "Traceback" not in err
        if code is not None:
            assert result == code, (argv, err)
        seen.append(out + err)
        return out, err

    out, err = run("index")
    assert "ignored photo.jpg" in err  # the escape removed whole, payload and all
    out, _ = run("index", "--json")
    assert "PWNED" in json.loads(out)["ignored"][0]
    out, _ = run("status")
    out, _ = run("docs")
    assert " name.txt " in out and "Dock" in out and "Bridge" in out
    out, _ = run("docs", "--json")
    documents = json.loads(out)["documents"]
    assert {d["source"] for d in documents} >= {HOSTILE_NAME, "notes.md", "dock.pdf", "canal.docx", "bridge.html"}
    for d in documents:  # JSON keeps the real names, escaped
        run("show", d["source"])
    cited = set()
    for question in QUESTIONS:
        out, _ = run("ask", question)
        if "explain" in {a.dest for a in cli.build_parser()._subparsers._group_actions[0].choices["ask"]._actions}:
            run("ask", question, "--explain")
            run("ask", question, "--explain", "--json")
        out, _ = run("ask", question, "--json")
        data = json.loads(out)
        cited |= {c["source"] for c in data["citations"]}
    assert {"notes.md", HOSTILE_NAME, "bridge.html", "dock.pdf", "canal.docx"} <= cited
    run("ask", "-", "--json", stdin="\n".join(QUESTIONS) + "\n")
    # A line of escape sequences only asks nothing: one error line, the batch goes on (exit 1).
    out, err = run("ask", "-", stdin=f"When \x1b]2;PWNED\x07 was the bridge closed?\n\x9b2J\n", code=cli.EXIT_ERROR)
    assert "PWNED" not in out + err and "assistant: line 2: the question is empty" in err and "9 September 2020" in out
    run("ask", "When was the bridge closed?", "--doc", HOSTILE_NAME)
    run("ask", "When was the bridge closed?", "--doc", f"missing{HOSTILE_NAME}", code=cli.EXIT_ERROR)
    run("show", f"{HOSTILE_NAME}.missing", code=cli.EXIT_ERROR)
    run("show", "notes.md", "--span", "0:40")
    # A changed hostile file: "changed: NAME" in status and docs.
    with (corpus / HOSTILE_NAME).open("a", encoding="utf-8") as handle:
        handle.write("\nA new paragraph \x1b]52;c;eA==\x07 about the ferry.\n")
    out, _ = run("status", code=cli.EXIT_ERROR)
    assert "changed: name.txt" in out
    run("status", "--json", code=cli.EXIT_ERROR)
    run("docs")
    assert len(seen) > 30


def test_answers_show_hostile_headings_and_titles_cleaned(hostile):
    corpus, index, embedder = hostile
    assistant = Assistant(Settings(corpus_dir=corpus, index_dir=index, data_dir=index.parent / "data", **SCORER), embedder=embedder)
    assistant.prepare()
    answer = assistant.ask("When was the harbour pier inspected?")
    assert answer.citations and answer.citations[0].source == "notes.md"
    assert "\x1b]52" in answer.citations[0].location  # the data keeps what the file says ...
    shown = cli.format_answer(answer)
    assert_clean(shown, "format_answer")  # ... the person sees it cleaned
    assert "Scope  notes" in shown or "Scope notes" in shown


# ---------------------------------------------------------------- the chat


def _widget_texts(app) -> list[str]:
    from textual.widgets import OptionList, Static, TextArea

    texts = []
    for screen in app.screen_stack:
        for widget in screen.walk_children(with_self=False):
            if isinstance(widget, OptionList):
                for i in range(widget.option_count):
                    prompt = widget.get_option_at_index(i).prompt
                    texts.append(getattr(prompt, "plain", str(prompt)))
            elif isinstance(widget, TextArea):
                texts.append(widget.text)
            elif isinstance(widget, Static):
                visual = widget.visual
                texts.append(getattr(visual, "plain", str(visual)))
    texts += [n.message + n.title for n in app._notifications]
    texts.append(app.export_screenshot())
    return texts


async def test_every_chat_surface_is_clean(tmp_path):
    from assistant.answers.history import HistoryStore
    from assistant.tui.app import create_app
    from assistant.tui.screens.scope_screen import ScopeScreen
    from assistant.tui.widgets.answer_block import AnswerBlock
    from tests.tui.conftest import ask, wait_for

    corpus = write_hostile_corpus(tmp_path / "corpus")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data", **SCORER)
    assistant = Assistant(settings, embedder=HashingEmbedder())
    app = create_app(assistant=assistant, history=HistoryStore(tmp_path / "data"))
    checked = 0

    def check(where: str) -> None:
        nonlocal checked
        for text in _widget_texts(app):
            assert_clean(text, where)
            checked += 1

    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        check("ready")
        cited_sources = set()
        for question in QUESTIONS:
            if hasattr(app, "conversation"):
                app.conversation.clear()  # each question on its own, not read as a follow-up
            block = await ask(pilot, app, question)
            check(f"answer to {question!r}")
            if hasattr(app, "action_why"):  # F2: why this answer
                app.action_why()
                await pilot.pause()
                check(f"explanation of {question!r}")
                await pilot.press("escape")
                await pilot.pause()
            for citation in block.answer.citations:
                cited_sources.add(citation.source)
                app.open_source(citation)  # the source panel, as Enter on a source line opens it
                await pilot.pause()
                check(f"source panel for {citation.source!r}")
                app.action_open_document()  # the whole-document view ("o")
                await pilot.pause()
                check(f"document view of {citation.source!r}")
                await pilot.press("escape")
                await pilot.pause()
            for passage in block.answer.passages[:3] if block.answer.abstained else ():
                app.open_source(passage)  # a possibly related passage
                await pilot.pause()
                check("related passage")
        assert {"notes.md", HOSTILE_NAME, "bridge.html", "dock.pdf", "canal.docx"} <= cited_sources
        assert any(b.answer.abstained for b in app.query(AnswerBlock))
        app.action_scope()  # the Ctrl+D document picker
        await pilot.pause()
        assert isinstance(app.screen, ScopeScreen)
        check("document picker")
        await pilot.press("escape")
        await pilot.pause()
        for command in ("/doc name", f"/doc zz{HOSTILE_NAME}", "/doc", f"/\x1b]2;PWNED\x07"):
            app.run_command(command)
            await pilot.pause()
            check(f"command {command!r}")
        app.action_export()
        await pilot.pause()
        check("export notification")
        assert_clean(app.last_export.read_text(encoding="utf-8"), "export")
        app.action_reopen()  # the history picker
        await pilot.pause()
        check("history picker")
    assert checked > 100


# ---------------------------------------------------------------- a real terminal: tmux

DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from assistant.answers.history import HistoryStore
    from assistant.core import Assistant
    from assistant.settings import Settings
    from assistant.tui.app import create_app
    from tests.conftest import HashingEmbedder
    settings = Settings(corpus_dir=Path({corpus!r}), index_dir=Path({index!r}), data_dir=Path({data!r}), **{scorer!r})
    create_app(assistant=Assistant(settings, embedder=HashingEmbedder()), history=HistoryStore(Path({data!r}))).run()
    """
)


def _tmux(server: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["tmux", "-L", server, *args], capture_output=True, text=True, check=check, timeout=30)


def _wait_screen(server: str, needle: str, timeout: float = 90.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux(server, "capture-pane", "-p", "-t", "probe").stdout
        if needle in screen:
            return screen
        time.sleep(0.3)
    raise AssertionError(f"{needle!r} never appeared on the screen:\n{screen}")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_tmux_clipboard_and_title_stay_untouched(tmp_path):
    """With tmux's set-clipboard on, asking about the hostile documents writes nothing to the clipboard."""
    corpus = write_hostile_corpus(tmp_path / "corpus")
    Assistant(Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data"), embedder=HashingEmbedder()).build()
    driver = tmp_path / "driver.py"
    root = str(Path(__file__).resolve().parent.parent)
    driver.write_text(DRIVER.format(root=root, corpus=str(corpus), index=str(tmp_path / "index"), data=str(tmp_path / "data"), scorer=SCORER))
    conf = tmp_path / "tmux.conf"
    conf.write_text("set -s set-clipboard on\nset -g allow-rename on\nset -g default-terminal xterm-256color\n")
    server = f"assistant-hostile-{os.getpid()}"
    env = {**os.environ, "TERM": "xterm-256color"}
    env.pop("TMUX", None)
    try:
        subprocess.run(["tmux", "-L", server, "-f", str(conf), "new-session", "-d", "-s", "probe", "-x", "140", "-y", "45",
                        f"{sys.executable} {driver}"], env=env, check=True, capture_output=True, timeout=30)
        # The probe is meaningful only if this tmux really takes OSC 52 and OSC 2 from a pane.
        _tmux(server, "new-window", "-d", "-t", "probe", "-n", "control",
              "printf '\\033]52;c;Y29udHJvbA==\\a\\033]2;CONTROL\\a'; sleep 30")
        deadline = time.monotonic() + 10
        while _tmux(server, "show-buffer", check=False).stdout != "control" and time.monotonic() < deadline:
            time.sleep(0.2)
        if _tmux(server, "show-buffer", check=False).stdout != "control":
            pytest.skip("this tmux does not accept OSC 52 from a pane")
        _tmux(server, "delete-buffer", check=False)
        assert _tmux(server, "show-buffer", check=False).returncode != 0
        _wait_screen(server, "Ready")
        for number, question in enumerate(QUESTIONS[:6]):
            _tmux(server, "send-keys", "-t", "probe:0", "-l", question)
            _tmux(server, "send-keys", "-t", "probe:0", "Enter")
            if number == 0:
                _wait_screen(server, "¶2, Scope")  # the citation whose heading carries OSC 52
            time.sleep(1.0)
            _tmux(server, "send-keys", "-t", "probe:0", "Tab", "Enter")  # open the first source
            time.sleep(0.5)
            _tmux(server, "send-keys", "-t", "probe:0", "o")  # the whole document
            time.sleep(0.5)
            _tmux(server, "send-keys", "-t", "probe:0", "Escape", "Escape")
            time.sleep(0.3)
        _tmux(server, "send-keys", "-t", "probe:0", "C-d")  # the document picker
        time.sleep(1.0)
        _tmux(server, "send-keys", "-t", "probe:0", "Escape")
        time.sleep(0.5)
        buffer = _tmux(server, "show-buffer", check=False)
        assert buffer.returncode != 0, f"the clipboard was written: {buffer.stdout!r}"
        title = _tmux(server, "display-message", "-p", "-t", "probe:0", "#{pane_title}").stdout
        assert "PWNED" not in title
    finally:
        _tmux(server, "kill-server", check=False)
