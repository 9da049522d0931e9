"""Vectors stream to the generation's vectors.npy as the build goes; FAISS's file is made from it on disk
(flat) or built from it in batches (HNSW)."""

import numpy as np
import pytest

from assistant import paths
from assistant.domain import Chunk
from assistant.search import index_store as store
from assistant.search.retrieval import LoadedIndex


def _chunks(doc: str, n: int) -> list[Chunk]:
    return [Chunk(id=f"{doc}-{i}", doc_id=doc, start=i * 10, end=i * 10 + 9, position=i, text=f"text {doc} {i} ferry harbour") for i in range(n)]


def _vectors(n: int, seed: int) -> np.ndarray:
    out = np.random.default_rng(seed).standard_normal((n, 16)).astype(np.float32)
    return out / np.linalg.norm(out, axis=1, keepdims=True)


@pytest.mark.parametrize("flat_limit", [1000, 5], ids=["flat", "hnsw"])
def test_vectors_are_written_as_they_come_and_faiss_is_made_from_the_file(tmp_path, monkeypatch, flat_limit):
    monkeypatch.setattr(store.GenerationWriter, "FAISS_BATCH", 4)  # several batches for 11 vectors
    added = []
    real_make = store.make_vector_index

    def spy_make(*args, **kwargs):
        index = real_make(*args, **kwargs)
        original_add = index.add
        index.add = lambda block: (added.append(len(block)), original_add(block))[1]
        return index

    monkeypatch.setattr(store, "make_vector_index", spy_make)
    writer = store.GenerationWriter(tmp_path, 16)
    parts = [(_chunks("a", 5), _vectors(5, 1)), (_chunks("b", 0), np.zeros((0, 16), np.float32)), (_chunks("c", 6), _vectors(6, 2))]
    for number, (chunks, vectors) in enumerate(parts):
        writer.add_document(store.DocumentRecord(chunks[0].doc_id if chunks else "b", "t", "0" * 64, "txt", "x" * 100))
        writer.add_chunks(chunks, vectors)
        if number == 0:  # written to the generation's file already (buffered by the OS), not kept
            assert writer._vectors.name == str(writer.tmp / paths.VECTORS_FILE) and writer._vectors.tell() == 128 + 5 * 16 * 4
    manifest = {"schema_version": store.SCHEMA_VERSION, "model_id": "m", "dimension": 16, "files": {}, "failed": {}}
    generation = writer.publish(manifest, flat_index_limit=flat_limit)

    expected = np.concatenate([v for _, v in parts])
    assert np.array_equal(np.load(generation / paths.VECTORS_FILE), expected)
    # HNSW is built a batch at a time; a flat index never passes through FAISS's memory, and its
    # file is byte for byte what FAISS itself writes for those vectors.
    assert added == ([4, 4, 3] if flat_limit <= 11 else [])
    if flat_limit > 11:
        import faiss

        own = faiss.IndexFlatIP(16)
        own.add(expected)
        assert (generation / paths.FAISS_FILE).read_bytes() == faiss.serialize_index(own).tobytes()
    loaded = LoadedIndex.load(tmp_path)
    assert loaded.vector_index.ntotal == 11 and loaded.manifest["vector_index"]["type"] == ("flat" if flat_limit > 11 else "hnsw")
    _, ids = loaded.vector_index.search(expected[[0, 7]], 1)
    assert ids[:, 0].tolist() == [0, 7]


def test_vectors_of_the_wrong_width_are_refused(tmp_path):
    writer = store.GenerationWriter(tmp_path, 16)
    with pytest.raises(ValueError):
        writer.add_chunks(_chunks("a", 2), np.zeros((2, 8), np.float32))
    writer.abort()
    assert not writer.tmp.exists()


def test_a_flat_index_written_from_disk_answers_like_faiss_own(tmp_path):
    import faiss

    vectors = _vectors(300, 3)
    np.save(tmp_path / "v.npy", vectors)
    offset = (tmp_path / "v.npy").stat().st_size - vectors.nbytes
    assert store.write_flat_index_from_npy(tmp_path / "v.npy", offset, 300, 16, tmp_path / "f.faiss")
    ours = faiss.read_index(str(tmp_path / "f.faiss"), faiss.IO_FLAG_MMAP_IFC)
    own = faiss.IndexFlatIP(16)
    own.add(vectors)
    queries = _vectors(5, 4)
    assert np.array_equal(ours.search(queries, 10)[1], own.search(queries, 10)[1])


def test_a_vectors_file_cut_short_is_reported_not_written_short(tmp_path):
    np.save(tmp_path / "v.npy", _vectors(10, 5))
    offset = (tmp_path / "v.npy").stat().st_size - 10 * 16 * 4
    with pytest.raises(store.IndexCorrupt, match="v.npy"):
        store.write_flat_index_from_npy(tmp_path / "v.npy", offset, 20, 16, tmp_path / "f.faiss")
