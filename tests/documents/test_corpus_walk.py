"""Issue 11, probes 4 and 10: symbolic links and deep folders in the corpus walk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.core import Assistant
from assistant.documents.loading import LINK_OUTSIDE, MAX_DEPTH, walk_corpus
from assistant.settings import Settings
from tests.conftest import HashingEmbedder


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "report.txt").write_text("The harbour pier was inspected on 3 May 2022.\n", encoding="utf-8")
    (corpus / "sub" / "inner.txt").write_text("The lighthouse keeper retired in 2019.\n", encoding="utf-8")
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    secret = outside / "secret.txt"
    secret.write_text("The secret password is swordfish.\n", encoding="utf-8")
    (outside / "folder" / "more.txt").write_text("Another secret: the vault code is 1234.\n", encoding="utf-8")
    os.symlink(secret, corpus / "leak.txt")
    os.symlink("/etc/hostname", corpus / "hostname.txt")
    os.symlink(outside / "folder", corpus / "linked-outside")
    os.symlink(corpus / "report.txt", corpus / "alias.txt")  # inside: followed
    os.symlink(corpus / "sub", corpus / "linked-inside")  # a folder inside: reported
    os.symlink(tmp_path / "nowhere.txt", corpus / "broken.txt")
    os.symlink("..", corpus / "sub" / "loop")  # a loop back to the corpus
    return corpus, outside


def test_links_leading_outside_are_skipped_and_listed_once(linked):
    corpus, _ = linked
    scan = walk_corpus(corpus)
    ids = [s.doc_id for s in scan.sources]
    assert ids == ["alias.txt", "report.txt", "sub/inner.txt"]
    skipped = dict(scan.skipped)
    assert len(scan.skipped) == len(skipped)  # each listed once
    assert skipped["leak.txt"] == LINK_OUTSIDE
    assert skipped["linked-outside"] == LINK_OUTSIDE
    assert skipped["linked-inside"].startswith("linked folder inside the corpus")
    assert skipped["sub/loop"].startswith("linked folder inside the corpus")
    assert skipped["broken.txt"] == "link leads nowhere"
    if os.path.exists("/etc/hostname"):
        assert skipped["hostname.txt"] == LINK_OUTSIDE


def test_the_secret_is_never_indexed_or_quoted_and_the_build_says_why(linked, tmp_path):
    corpus, _ = linked
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    assistant = Assistant(settings, embedder=HashingEmbedder())
    lines: list[str] = []
    report = assistant.build(log=lines.append)
    assert "leak.txt" not in [d.id for d in assistant.documents()]
    assert all("swordfish" not in d.text and "vault" not in d.text for d in assistant.documents())
    assert "skipped leak.txt: link leads outside the corpus" in lines
    assert "skipped linked-outside: link leads outside the corpus" in lines
    assert sum("leak.txt" in line for line in lines) == 1
    assert ("leak.txt", LINK_OUTSIDE) in report.skipped
    assert assistant.status().state == "fresh"


def test_the_setting_allows_links_outside(linked, tmp_path):
    corpus, _ = linked
    scan = walk_corpus(corpus, follow_external_links=True)
    ids = [s.doc_id for s in scan.sources]
    assert "leak.txt" in ids and "linked-outside/more.txt" in ids
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data", follow_external_links=True)
    assistant = Assistant(settings, embedder=HashingEmbedder())
    assistant.build()
    assert "swordfish" in assistant.document_text("leak.txt")


def test_index_and_docs_list_the_skipped_link(linked, tmp_path, monkeypatch, capsys):
    from assistant import cli

    corpus, _ = linked
    monkeypatch.setattr(cli, "make_assistant", lambda settings: Assistant(settings, embedder=HashingEmbedder()))
    paths = ["--corpus", str(corpus), "--index", str(tmp_path / "index")]
    assert cli.main(["index", *paths]) == 0
    out, err = capsys.readouterr()
    assert err.count("skipped leak.txt: link leads outside the corpus") == 1
    assert cli.main(["docs", *paths]) == 0
    out, err = capsys.readouterr()
    assert "skipped" in out and "leak.txt" in out and "link leads outside the corpus" in out


def _nest(root: Path, depth: int) -> Path:
    """``depth`` folders under ``root``, made one level at a time (relative paths stay short)."""
    here = os.getcwd()
    try:
        os.chdir(root)
        for _ in range(depth):
            os.mkdir("d")
            os.chdir("d")
        Path("deep.txt").write_text("The deepest report says the quay wall cracked in 2015.\n", encoding="utf-8")
    finally:
        os.chdir(here)
    return root


def _unnest(root: Path) -> None:
    """Remove a very deep tree without recursion (shutil.rmtree recurses per level)."""
    here = os.getcwd()
    try:
        os.chdir(root)
        depth = 0
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for _ in range(depth):
            for name in os.listdir("."):
                os.remove(name)
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


def test_a_corpus_nested_1100_folders_deep_is_walked_and_reported(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "top.txt").write_text("The harbour pier was inspected on 3 May 2022.\n", encoding="utf-8")
    _nest(corpus, 1100)
    try:
        scan = walk_corpus(corpus)
        assert [s.doc_id for s in scan.sources] == ["top.txt"]
        [(where, why)] = scan.skipped
        assert where.count("/") == MAX_DEPTH and why == f"folder nested more than {MAX_DEPTH} deep; not read"
        shallow = walk_corpus(corpus, max_depth=2000)  # iterative: any depth is safe
        assert any(s.doc_id.endswith("d/deep.txt") and s.doc_id.count("/") == 1100 for s in shallow.sources)
        settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
        assistant = Assistant(settings, embedder=HashingEmbedder())
        lines: list[str] = []
        assistant.build(log=lines.append)
        assert [d.id for d in assistant.documents()] == ["top.txt"]
        assert any("nested more than" in line for line in lines)
        assert assistant.status().state == "fresh"
    finally:
        _unnest(corpus)


def test_two_names_that_read_the_same_once_decoded_are_one_document_and_one_skip(tmp_path):
    """bad\\xff.txt and bad\\xfe.txt both read bad\ufffd.txt: one id cannot name two documents (a
    later question crashed on spans of the other file's text, and the index was always stale)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    first, second = (os.fsdecode(b"bad\xfe.txt"), os.fsdecode(b"bad\xff.txt"))
    (corpus / first).write_text("The harbour master is Bob Hay.\n", encoding="utf-8")
    (corpus / second).write_text("The lighthouse keeper is Sue Marsh, who has served the town for years.\n", encoding="utf-8")
    scan = walk_corpus(corpus)
    assert [s.doc_id for s in scan.sources] == ["bad\ufffd.txt"] and scan.sources[0].path.name == first
    [(doc_id, reason)] = scan.skipped
    assert doc_id == "bad\ufffd.txt" and "b'bad\\xff.txt'" in reason and "rename one" in reason

    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    assistant = Assistant(settings, embedder=HashingEmbedder())
    report = assistant.build()
    assert assistant.status().usable  # not stale at once: the skipped file is not a document
    answer = assistant.ask("Who is the harbour master?")
    assert "Bob Hay" in answer.text and not report.failed and report.summary().endswith("; 1 file(s) skipped")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_listed_as_skipped_never_opened(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "report.txt").write_text("The harbour pier was inspected on 3 May 2022.\n", encoding="utf-8")
    os.mkfifo(corpus / "pipe.txt")
    scan = walk_corpus(corpus)
    assert [s.doc_id for s in scan.sources] == ["report.txt"]
    assert scan.skipped == [("pipe.txt", "not a regular file (a pipe, socket or device); not read")]


def test_a_document_is_found_by_the_name_lists_show(tmp_path, capsys, monkeypatch):
    """Lists show names without control characters and with U+FFFD for bytes that are not UTF-8;
    a person copies that name into `show` or `--doc`."""
    from assistant import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "new\nline.txt").write_text("The harbour master is Bob Hay.\n", encoding="utf-8")
    (corpus / "esc\x1b[31m.txt").write_text("The lighthouse keeper is Sue Marsh.\n", encoding="utf-8")
    (corpus / os.fsdecode(b"bad\xff.txt")).write_text("The ferry sails at noon every day.\n", encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    assistant = Assistant(settings, embedder=HashingEmbedder())
    assistant.build()
    assert assistant.document_id("new line.txt") == "new\nline.txt"
    assert assistant.document_id("esc.txt") == "esc\x1b[31m.txt"  # the escape sequence is left out whole
    assert assistant.document_id(os.fsdecode(b"bad\xff.txt")) == assistant.document_id("bad\ufffd.txt") == "bad\ufffd.txt"
    assert assistant.document_id("no such.txt") is None
    answer = assistant.ask("Who is the harbour master?", documents=["new line.txt"])
    assert "Bob Hay" in answer.text

    monkeypatch.setattr(cli, "make_assistant", lambda s: assistant)
    assert cli.main(["show", "esc.txt", "--corpus", str(corpus), "--index", str(tmp_path / "index")]) == 0
    assert "Sue Marsh" in capsys.readouterr().out
    (corpus / "esc\x1b[31m.txt").unlink()  # `show` still prints the indexed text, and says it is gone
    assert cli.main(["show", "esc.txt", "--corpus", str(corpus), "--index", str(tmp_path / "index")]) == 0
    out, err = capsys.readouterr()
    assert "Sue Marsh" in out and "was removed from the corpus since it was indexed" in err


def test_an_index_kept_inside_its_corpus_is_listed_once_and_never_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "report.txt").write_text("The harbour pier was inspected on 3 May 2022.\n", encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=corpus / "idx", data_dir=tmp_path / "data")
    assistant = Assistant(settings, embedder=HashingEmbedder())
    assistant.build()
    report = assistant.build()  # the second build sees the first one's files
    assert report.skipped == [("idx", "the index folder; not read")] and not report.ignored
    assert assistant.status().usable and [d.id for d in assistant.documents()] == ["report.txt"]
