"""Index lifecycle on real FAISS, bm25s and files, with the fast hashing embedder."""

import json
import os

import numpy as np
import pytest

from assistant.search import index_store as store
from assistant.core import Assistant, AssistantError
from assistant.search.indexing import build_index, check_index
from assistant.search.retrieval import LoadedIndex


def test_build_then_fresh_then_stale_on_change_add_remove(mini_settings, hashing_embedder):
    report = build_index(mini_settings, hashing_embedder)
    assert report.documents == 2 and report.chunks >= 2 and report.embedded == report.chunks
    assert check_index(mini_settings, hashing_embedder).state == "fresh"

    corpus = mini_settings.corpus_dir
    (corpus / "library.txt").write_text((corpus / "library.txt").read_text() + "\nA new closing line.\n")
    status = check_index(mini_settings, hashing_embedder)
    assert status.state == "stale" and status.changed == ["library.txt"]

    (corpus / "new.md").write_text("# New\n\nFresh findings about ferries.")
    assert check_index(mini_settings, hashing_embedder).added == ["new.md"]

    (corpus / "harbour.md").unlink()
    status = check_index(mini_settings, hashing_embedder)
    assert status.removed == ["harbour.md"] and "removed: harbour.md" in status.describe()

    report = build_index(mini_settings, hashing_embedder)
    assert report.removed == ["harbour.md"]
    assert check_index(mini_settings, hashing_embedder).state == "fresh"
    loaded = LoadedIndex.load(mini_settings.index_dir)
    assert set(loaded.documents) == {"library.txt", "new.md"}
    assert {c.doc_id for c in loaded.chunks} == {"library.txt", "new.md"}


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(mini_settings, hashing_embedder):
    """`touch -d`, `cp -p`, `rsync -t` can put new contents under the old size and mtime; the
    file's ctime cannot be set back, so the index is not silently used with the old text."""
    build_index(mini_settings, hashing_embedder)
    path = mini_settings.corpus_dir / "library.txt"
    before = path.stat()
    path.write_text(path.read_text().replace("12 August 2018", "19 August 2017"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    status = check_index(mini_settings, hashing_embedder)
    assert status.state == "stale" and status.changed == ["library.txt"]

    assistant = Assistant(mini_settings, embedder=hashing_embedder)
    assistant.prepare()  # rebuilds, re-reading the file
    answer = assistant.ask("When did the town library close its doors?")
    assert "19 August 2017" in answer.text and all(c.text in path.read_text() for c in answer.citations)
    assert check_index(mini_settings, hashing_embedder).state == "fresh"


def test_another_folder_with_the_same_names_sizes_and_times_is_not_taken_for_the_indexed_one(mini_settings, hashing_embedder, tmp_path):
    """A second folder whose files were written before the index, with the names, sizes and mtimes
    of the indexed ones but other words, is compared by content, not passed as up to date."""
    other = tmp_path / "other-corpus"
    other.mkdir()
    for path in sorted(mini_settings.corpus_dir.iterdir()):
        text = path.read_text()
        (other / path.name).write_text(text.replace("12 August 2018", "19 August 2017") if path.name == "library.txt" else text)
        os.utime(other / path.name, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns))
    build_index(mini_settings, hashing_embedder)  # after the copy: its files' ctimes are older
    moved = mini_settings.replace(corpus_dir=other)
    status = check_index(moved, hashing_embedder)
    assert status.state == "stale" and status.changed == ["library.txt"]
    assert check_index(mini_settings, hashing_embedder).state == "fresh"  # its own folder still passes by size and time
    assistant = Assistant(moved, embedder=hashing_embedder)
    assistant.prepare()  # rebuilds from the folder asked about
    answer = assistant.ask("When did the town library close its doors?")
    assert "19 August 2017" in answer.text and all(c.text in (other / c.source).read_text() for c in answer.citations)


def test_rebuild_embeds_only_new_or_changed_text(mini_settings, hashing_embedder):
    first = build_index(mini_settings, hashing_embedder)
    again = build_index(mini_settings, hashing_embedder)
    assert again.embedded == 0 and again.reused == first.chunks
    (mini_settings.corpus_dir / "other.txt").write_text("Another short note about the ferry timetable.")
    third = build_index(mini_settings, hashing_embedder)
    assert third.embedded == 1 and third.reused == first.chunks
    # Vectors kept for reused chunks are the ones the embedder gives for their text.
    loaded = LoadedIndex.load(mini_settings.index_dir)
    vectors = np.load(loaded.generation / "vectors.npy")
    expected = hashing_embedder.embed([c.text for c in loaded.chunks])
    assert np.allclose(vectors, expected)


def test_a_new_schema_rereads_documents_but_keeps_the_vectors_of_unchanged_text(mini_settings, hashing_embedder, monkeypatch):
    first = build_index(mini_settings, hashing_embedder)
    monkeypatch.setattr(store, "SCHEMA_VERSION", store.SCHEMA_VERSION + 1)
    assert check_index(mini_settings, hashing_embedder).state == "incompatible"
    again = build_index(mini_settings, hashing_embedder)
    assert again.embedded == 0 and again.reused == first.chunks  # same text, same model: same vectors
    assert check_index(mini_settings, hashing_embedder).state == "fresh"

    class OtherModel(type(hashing_embedder)):
        model_id = "test/another-model"

    assert build_index(mini_settings, OtherModel()).embedded == first.chunks  # another model: all anew


def test_a_bad_file_is_reported_skipped_and_does_not_make_the_index_stale(mini_settings, hashing_embedder):
    (mini_settings.corpus_dir / "broken.txt").write_bytes(b"\xff\xfe\x00bad")
    logged = []
    report = build_index(mini_settings, hashing_embedder, log=logged.append)
    assert [p.doc_id for p in report.failed] == ["broken.txt"]
    assert any("broken.txt" in line for line in logged)
    assert report.documents == 2
    assert check_index(mini_settings, hashing_embedder).state == "fresh"


def test_model_or_chunker_mismatch_is_detected(mini_settings, hashing_embedder):
    build_index(mini_settings, hashing_embedder)

    class OtherModel(type(hashing_embedder)):
        model_id = "test/another-model"

    status = check_index(mini_settings, OtherModel())
    assert status.state == "incompatible" and "another-model" in status.describe()
    status = check_index(mini_settings.replace(chunk_tokens=100), hashing_embedder)
    assert status.state == "incompatible" and "chunker" in status.describe()


@pytest.mark.parametrize("damage", ["truncate-vectors", "alter-chunks", "bad-manifest", "old-schema", "bad-pointer"])
def test_damaged_index_is_detected_and_rebuilt(mini_settings, hashing_embedder, damage):
    build_index(mini_settings, hashing_embedder)
    generation = store.current_generation(mini_settings.index_dir)
    if damage == "truncate-vectors":
        path = generation / "vectors.faiss"
        path.write_bytes(path.read_bytes()[:50])
    elif damage == "alter-chunks":
        path = generation / "chunks.jsonl"
        path.write_text(path.read_text().replace("harbour", "HARBOUR"))
    elif damage == "bad-manifest":
        (generation / "manifest.json").write_text("{not json")
    elif damage == "old-schema":
        manifest = json.loads((generation / "manifest.json").read_text())
        manifest["schema_version"] = 0
        (generation / "manifest.json").write_text(json.dumps(manifest))
    else:
        (mini_settings.index_dir / "CURRENT").write_text("../elsewhere")
    status = check_index(mini_settings, hashing_embedder)
    assert status.state in ("corrupt", "incompatible"), status
    assistant = Assistant(mini_settings, embedder=hashing_embedder)
    with pytest.raises(AssistantError, match="index"):
        assistant.prepare(build=False)
    assistant.prepare(build=True)
    assert check_index(mini_settings, hashing_embedder).state == "fresh"
    answer = assistant.ask("When did the library close?")
    assert answer.citations and answer.citations[0].source == "library.txt"


def test_a_failed_build_leaves_the_previous_index_usable(mini_settings, hashing_embedder, monkeypatch):
    build_index(mini_settings, hashing_embedder)
    before = store.current_generation(mini_settings.index_dir)
    (mini_settings.corpus_dir / "new.txt").write_text("A paragraph that will never be indexed.")

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("assistant.search.keyword.save_bm25", explode)
    with pytest.raises(OSError):
        build_index(mini_settings, hashing_embedder)
    assert store.current_generation(mini_settings.index_dir) == before
    assert not [p for p in mini_settings.index_dir.iterdir() if p.name.startswith(".tmp-")]
    loaded = LoadedIndex.load(mini_settings.index_dir)
    assert "new.txt" not in loaded.documents


def test_a_second_build_refuses_while_the_lock_is_held(mini_settings, hashing_embedder):
    with store.BuildLock(mini_settings.index_dir):
        with pytest.raises(store.IndexBusy, match=str(os.getpid())):
            build_index(mini_settings, hashing_embedder, wait_for_lock=False)


def test_unwritable_index_folder_is_a_clear_error(mini_settings, hashing_embedder, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    settings = mini_settings.replace(index_dir=blocker / "index")
    with pytest.raises(AssistantError, match="cannot create index folder"):
        Assistant(settings, embedder=hashing_embedder).build()


def test_empty_and_missing_corpus_are_clear_errors(tmp_path, hashing_embedder, mini_settings):
    (tmp_path / "empty").mkdir()
    with pytest.raises(AssistantError, match="holds no supported files"):
        Assistant(mini_settings.replace(corpus_dir=tmp_path / "empty"), embedder=hashing_embedder).build()
    with pytest.raises(AssistantError, match="corpus folder not found"):
        Assistant(mini_settings.replace(corpus_dir=tmp_path / "nope"), embedder=hashing_embedder).prepare()


def test_an_index_folder_that_is_the_corpus_folder_is_refused_and_nothing_is_written(mini_settings, hashing_embedder):
    before = sorted(p.name for p in mini_settings.corpus_dir.iterdir())
    same = mini_settings.replace(index_dir=mini_settings.corpus_dir / ".." / mini_settings.corpus_dir.name)
    with pytest.raises(AssistantError, match="the index folder is the corpus folder"):
        Assistant(same, embedder=hashing_embedder).build()
    assert sorted(p.name for p in mini_settings.corpus_dir.iterdir()) == before


def test_the_build_streams_file_by_file(mini_settings, hashing_embedder, monkeypatch):
    """Once a file is written to the new generation, nothing keeps its text or chunks alive."""
    import gc
    import weakref

    from assistant.search import indexing

    for number in range(6):
        (mini_settings.corpus_dir / f"extra-{number}.txt").write_text(f"Report {number}.\n\n" + "The ferry ran late. " * 300)
    alive: list[weakref.ref] = []
    real_chunk = indexing.Chunker.chunk

    def watched(self, doc):
        gc.collect()
        assert [r for r in alive if r() is not None] == [], "an earlier file's document or chunks are still held"
        chunks = real_chunk(self, doc)
        alive.append(weakref.ref(doc))
        alive.extend(weakref.ref(c) for c in chunks)
        return chunks

    monkeypatch.setattr(indexing.Chunker, "chunk", watched)
    report = build_index(mini_settings, hashing_embedder)
    assert report.documents == 8 and len(alive) > 8
