"""A large corpus is read ahead by a reader process; the index it makes is the one an inline read makes."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.search import indexing
from assistant.search.retrieval import LoadedIndex
from assistant.settings import Settings

OFSTED = Path(__file__).resolve().parent.parent / "data" / "ofsted"


def _build(tmp_path, name, corpus, embedder, read_ahead, monkeypatch):
    monkeypatch.setattr(indexing, "READ_AHEAD", read_ahead)
    monkeypatch.setattr(indexing, "READ_AHEAD_MIN_BYTES", 1)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / name, data_dir=tmp_path / "data")
    report = indexing.build_index(settings, embedder)
    return report, LoadedIndex.load(settings.index_dir)


def test_the_reader_process_makes_the_same_index(tmp_path, hashing_embedder, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(OFSTED.glob("*.pdf"))[:4]:
        shutil.copyfile(path, corpus / path.name)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (corpus / "notes.txt").write_text("A short note about the inspection.\n")
    started = []
    real = indexing._ProcessReader.__init__

    def spy(self, *args, **kwargs):
        started.append(True)
        real(self, *args, **kwargs)

    monkeypatch.setattr(indexing._ProcessReader, "__init__", spy)
    inline_report, inline = _build(tmp_path, "inline", corpus, hashing_embedder, False, monkeypatch)
    assert not started
    ahead_report, ahead = _build(tmp_path, "ahead", corpus, hashing_embedder, True, monkeypatch)
    assert started
    assert [str(p) for p in ahead_report.failed] == [str(p) for p in inline_report.failed] and len(inline_report.failed) == 1
    assert ahead_report.pages == inline_report.pages > 0 and ahead_report.stage_seconds["extract"] > 0
    assert ahead.chunks == inline.chunks
    assert {k: v.text for k, v in ahead.documents.items()} == {k: v.text for k, v in inline.documents.items()}
    assert np.array_equal(np.load(ahead.generation / "vectors.npy"), np.load(inline.generation / "vectors.npy"))
    assert not [p for p in (tmp_path / "ahead").iterdir() if p.name.startswith(".tmp-")]  # the reader's files are gone


def test_an_error_in_the_reader_process_stops_the_build(tmp_path, hashing_embedder, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(3):
        (corpus / f"r{number}.txt").write_text("Text.\n")
    monkeypatch.setattr(indexing, "READ_AHEAD", True)
    monkeypatch.setattr(indexing, "READ_AHEAD_MIN_BYTES", 0)
    monkeypatch.setattr(indexing, "_reader", lambda sources, max_bytes, seconds, index_dir: _broken_reader(sources, max_bytes, seconds, index_dir))
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    with pytest.raises(RuntimeError, match="reader process stopped"):
        indexing.build_index(settings, hashing_embedder)
    assert not [p for p in settings.index_dir.iterdir() if p.name.startswith(".tmp-")]


def _broken_reader(sources, max_bytes, seconds, index_dir):
    import tempfile

    workdir = Path(tempfile.mkdtemp(prefix=".tmp-read-", dir=index_dir))
    reader = indexing._ProcessReader(sources, max_bytes, seconds, workdir)
    reader._process.kill()  # as if it crashed
    reader._process.wait()
    return reader
