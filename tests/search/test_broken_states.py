"""Issue 11, probes 5, 6, 7 and 11: unreadable files, a damaged CURRENT or manifest, a full disk.

Each ends in one line and a working index, never a traceback.
"""

from __future__ import annotations

import errno
import json
import os
import pathlib
from dataclasses import fields

import pytest

from assistant import cli
from assistant.core import Assistant, AssistantError
from assistant.search import index_store as store
from assistant.search.indexing import check_index
from assistant.settings import Settings
from tests.conftest import HashingEmbedder

SCORER = {"answerer": "scorer"} if "answerer" in {f.name for f in fields(Settings)} else {}


@pytest.fixture
def run(mini_settings, monkeypatch, capsys):
    """`assistant ...` in-process on the mini corpus with the hashing embedder."""
    embedder = HashingEmbedder()
    for name, value in SCORER.items():
        monkeypatch.setenv(f"ASSISTANT_{name.upper()}", value)
    monkeypatch.setattr(cli, "make_assistant", lambda settings: Assistant(settings, embedder=embedder))
    paths = ["--corpus", str(mini_settings.corpus_dir), "--index", str(mini_settings.index_dir)]

    def run(*argv):
        code = cli.main([*argv, *paths])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


def one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    return err.strip()


# ---------------------------------------------------------------- a damaged CURRENT (probe 6)


@pytest.mark.parametrize("content", [b"\xff\xfe", b"gen-\x00\x01", b"../../etc", b"", b"gen-" + b"x" * 300, b"\xef\xbb\xbfgen-nope"])
def test_a_garbled_current_is_damaged_reported_and_rebuilt(run, mini_settings, content):
    assert run("index")[0] == 0
    (mini_settings.index_dir / "CURRENT").write_bytes(content)
    code, out, err = run("status")
    assert code == cli.EXIT_ERROR and out.startswith("index is corrupt") and "damaged" in out
    code, out, err = run("ask", "When did the library close?", "--no-build")
    assert code == cli.EXIT_ERROR and "damaged" in one_line(err) and "assistant index" in err
    code, out, err = run("docs")
    assert code == 0 and "corrupt" in out
    code, out, err = run("ask", "When did the library close?")  # ask rebuilds
    assert code == 0 and "12 August 2018" in out
    (mini_settings.index_dir / "CURRENT").write_bytes(content)
    assert run("index")[0] == 0  # and so does index
    assert run("status")[1].strip() == "index is up to date"


async def test_the_chat_rebuilds_a_garbled_current(mini_settings, tmp_path):
    from assistant.answers.history import HistoryStore
    from assistant.tui.app import create_app
    from tests.tui.conftest import ask, wait_for

    settings = mini_settings.replace(**SCORER)
    assistant = Assistant(settings, embedder=HashingEmbedder())
    assistant.build()
    (settings.index_dir / "CURRENT").write_bytes(b"\xff\xfe")
    app = create_app(assistant=assistant, history=HistoryStore(tmp_path / "h"))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.ready or bool(app.query(".error")), what="load")
        assert app.ready and not app.query(".error")
        block = await ask(pilot, app, "When did the library close?")
        assert "12 August 2018" in block.answer.text


# ---------------------------------------------------------------- a manifest of the wrong shape (probe 11)

DAMAGE = {
    "index_files is a string": lambda m: m.update(index_files="x"),
    "files is a list": lambda m: m.update(files=["library.txt"]),
    "a file entry is a string": lambda m: m["files"].update({"library.txt": "x"}),
    "a size is text": lambda m: m["files"]["library.txt"].update(size="big"),
    "a chunk count is text": lambda m: m["files"]["library.txt"].update(chunks="many"),
    "a title is a number": lambda m: m["files"]["library.txt"].update(title=5),
    "failed is a list": lambda m: m.update(failed=[1]),
    "a failure reason is a list": lambda m: m.update(failed={"x.txt": {"reason": [], "size": 1, "mtime_ns": 1}}),
    "ignored is a string": lambda m: m.update(ignored="x"),
    "skipped is malformed": lambda m: m.update(skipped=[[1, 2, 3]]),
    "an index file outside": lambda m: m["index_files"].update({"../../../etc/passwd": {"size": 1, "sha256": "0"}}),
    "an index file without a size": lambda m: m["index_files"].update({"vectors.npy": {"sha256": "0"}}),
    "vector_index is a string": lambda m: m.update(vector_index="hnsw"),
    "counts is a number": lambda m: m.update(counts=3),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_manifest_with_fields_of_the_wrong_type_is_damaged_and_rebuilt(run, mini_settings, damage):
    assert run("index")[0] == 0
    path = store.current_generation(mini_settings.index_dir) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    DAMAGE[damage](manifest)
    path.write_text(json.dumps(manifest), encoding="utf-8")
    status = check_index(mini_settings, HashingEmbedder())
    assert status.state == "corrupt" and "damaged" in status.describe()
    code, out, err = run("status")
    assert code == cli.EXIT_ERROR and "damaged" in out
    code, out, err = run("ask", "When did the library close?", "--no-build")
    assert code == cli.EXIT_ERROR and "damaged" in one_line(err)
    assert run("docs")[0] == 0
    code, out, err = run("ask", "When did the library close?")
    assert code == 0 and "12 August 2018" in out
    assert run("status")[1].strip() == "index is up to date"


@pytest.mark.parametrize("content", [b"\xff\xfe{", b"[]", b'{"schema_version": 4}' + b"\x00", b"[" * 100_000])
def test_a_garbled_manifest_is_damaged(mini_settings, content):
    Assistant(mini_settings, embedder=HashingEmbedder()).build()
    (store.current_generation(mini_settings.index_dir) / "manifest.json").write_bytes(content)
    assert check_index(mini_settings, HashingEmbedder()).state == "corrupt"
    Assistant(mini_settings, embedder=HashingEmbedder()).prepare()
    assert check_index(mini_settings, HashingEmbedder()).state == "fresh"


# ---------------------------------------------------------------- an unreadable changed file (probe 5)


def _make_unreadable(monkeypatch, target: pathlib.Path) -> None:
    """As ``chmod 000`` does for a user without root (tests run as root, where it does not)."""
    real_open = pathlib.Path.open

    def guarded(self, *args, **kwargs):
        if os.path.abspath(self) == os.path.abspath(target):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", guarded)


def _check_unreadable_changed_file(run, mini_settings, make_unreadable) -> None:
    assert run("index")[0] == 0
    library = mini_settings.corpus_dir / "library.txt"
    with library.open("a", encoding="utf-8") as handle:
        handle.write("\nA later paragraph about the library's reopening.\n")
    make_unreadable(library)
    code, out, err = run("status")
    assert code == cli.EXIT_ERROR and "changed: library.txt" in out
    code, out, err = run("index")
    assert code == cli.EXIT_ERROR
    assert "skipped library.txt: cannot be read (Permission denied); the previously indexed version is kept" in err
    assert run("status")[1].strip() == "index is up to date"
    code, out, err = run("docs")
    assert "failed" in out and "previous version kept" in out
    code, out, err = run("ask", "When did the library close?")
    assert code == 0 and "12 August 2018" in out  # the last good version still answers


def test_an_unreadable_changed_file_keeps_its_last_indexed_version(run, mini_settings, monkeypatch):
    _check_unreadable_changed_file(run, mini_settings, lambda path: _make_unreadable(monkeypatch, path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file; the monkeypatched variant covers this")
def test_an_unreadable_changed_file_by_chmod(run, mini_settings):
    _check_unreadable_changed_file(run, mini_settings, lambda path: path.chmod(0))


# ---------------------------------------------------------------- a full disk (probe 7)


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["assistant.search.keyword.save_bm25", "assistant.search.index_store.GenerationWriter.add_document"])
def test_a_full_disk_is_one_line_and_the_previous_index_answers(run, mini_settings, monkeypatch, where):
    assert run("index")[0] == 0
    before = store.current_generation(mini_settings.index_dir)
    (mini_settings.corpus_dir / "new.txt").write_text("A paragraph about the new ferry terminal.\n", encoding="utf-8")
    monkeypatch.setattr(where, _disk_full)
    code, out, err = run("index")
    assert code == cli.EXIT_ERROR
    line = one_line(err)
    assert "No space left on device" in line and "previous index is unchanged" in line
    assert store.current_generation(mini_settings.index_dir) == before
    assert not [p for p in mini_settings.index_dir.iterdir() if p.name.startswith(".tmp-")]
    code, out, err = run("ask", "When did the library close?")  # its rebuild fails the same way
    assert code == 0 and "12 August 2018" in out
    assert "No space left on device" in err and "answering from the previous index" in err
    monkeypatch.undo()


def test_a_full_disk_without_a_previous_index_is_one_line(run, monkeypatch):
    monkeypatch.setattr("assistant.search.keyword.save_bm25", _disk_full)
    code, out, err = run("ask", "When did the library close?")
    assert code == cli.EXIT_ERROR
    assert err.splitlines()[-1].startswith("assistant: error: could not write the index")
    assert "No space left on device" in err.splitlines()[-1] and "no index was written" in err


def test_the_facade_raises_a_clear_error_on_a_full_disk(mini_settings, monkeypatch):
    monkeypatch.setattr("assistant.search.keyword.save_bm25", _disk_full)
    with pytest.raises(AssistantError, match="No space left on device"):
        Assistant(mini_settings, embedder=HashingEmbedder()).build()
