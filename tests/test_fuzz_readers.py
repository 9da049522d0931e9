"""Fuzz targets over the readers of state on disk: CURRENT, the manifest and conversation history.

Whatever bytes they hold, a reader answers with a status ("corrupt" and rebuilt), or skips the
damaged line: never another exception. The long battery: HYPOTHESIS_PROFILE=long bin/test tests/test_fuzz_readers.py
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from assistant.answers.history import HistoryStore
from assistant.core import Assistant
from assistant.domain import Answer, Citation
from assistant.search import index_store as store
from assistant.search.indexing import check_index
from assistant.search.retrieval import LoadedIndex
from assistant.settings import Settings
from tests.conftest import DATA, HashingEmbedder

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
BYTES = st.binary(max_size=400)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz-readers")
    corpus = root / "corpus"
    shutil.copytree(DATA / "mini", corpus)
    settings = Settings(corpus_dir=corpus, index_dir=root / "index", data_dir=root / "data")
    embedder = HashingEmbedder()
    Assistant(settings, embedder=embedder).build()
    generation = store.current_generation(settings.index_dir)
    return settings, embedder, generation, (generation / "manifest.json").read_bytes()


def _read_everything(settings: Settings, embedder) -> str:
    """Every reader of the index's state, as status, ask and docs use them."""
    status = check_index(settings, embedder)
    try:
        store.read_manifest(settings.index_dir)
    except store.IndexError_:
        pass
    try:
        LoadedIndex.load(settings.index_dir)
    except store.IndexError_:
        pass
    return status.state


@given(content=BYTES | st.text(max_size=120).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_current_is_a_generation_or_damaged(built, content):
    settings, embedder, generation, _ = built
    pointer = settings.index_dir / "CURRENT"
    try:
        pointer.write_bytes(content)
        try:
            found = store.current_generation(settings.index_dir)
        except store.IndexCorrupt as exc:
            assert "\n" not in str(exc)
        else:
            assert found is None or found.parent == settings.index_dir
        assert _read_everything(settings, embedder) in ("fresh", "corrupt", "missing")
    finally:
        pointer.write_text(generation.name + "\n")


def _mutate(manifest: dict, path: list, value) -> dict:
    """Replace one field somewhere in the real manifest with an arbitrary value."""
    target = manifest
    for key in path[:-1]:
        if isinstance(target, dict) and target:
            target = target[sorted(target)[key % len(target)]]
        else:
            break
    if isinstance(target, dict) and target:
        target[sorted(target)[path[-1] % len(target)]] = value
    return manifest


@given(
    replacement=st.one_of(
        BYTES,
        JSON.map(lambda v: json.dumps(v).encode()),
        st.tuples(st.lists(st.integers(0, 50), min_size=1, max_size=4), JSON),
    )
)
def test_any_manifest_is_read_or_damaged(built, replacement):
    settings, embedder, generation, original = built
    path = generation / "manifest.json"
    if isinstance(replacement, tuple):
        keys, value = replacement
        replacement = json.dumps(_mutate(json.loads(original), keys, value)).encode()
    try:
        path.write_bytes(replacement)
        assert _read_everything(settings, embedder) in ("fresh", "corrupt", "incompatible", "stale")
    finally:
        path.write_bytes(original)


LINE = st.one_of(
    BYTES,
    JSON.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {"question": JSON, "answer": JSON, "abstained": JSON},
        optional={"citations": st.lists(st.dictionaries(st.sampled_from(["n", "source", "start", "end", "text", "section", "page_index"]), JSON), max_size=2), "timings_ms": JSON},
    ).map(lambda v: json.dumps(v).encode()),
)


@given(lines=st.lists(LINE, max_size=6), cut=st.booleans())
def test_any_history_file_loads_and_the_next_answer_is_never_lost(tmp_path_factory, lines, cut):
    store_ = HistoryStore(tmp_path_factory.mktemp("history"))
    store_.directory.mkdir(parents=True)
    data = b"\n".join(lines) + (b"" if cut else b"\n")
    store_.path("c").write_bytes(data)
    answers, problems = store_.load("c")
    assert all(isinstance(a.question, str) and isinstance(a.text, str) for a in answers)
    assert all(isinstance(p, str) and "\n" not in p for p in problems)
    store_.conversations()
    marker = Answer("the next question", "the next answer [1]", False, (Citation(1, "a.txt", 0, 3, "abc", 1.0),))
    store_.append("c", marker)
    after, _ = store_.load("c")
    assert after[-1].question == "the next question" and after[:-1] == answers
