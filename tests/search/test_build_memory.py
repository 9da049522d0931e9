"""Vectors stream to the generation's vectors.npy as the build goes; FAISS's file is made from it on disk
(flat) or trained and filled from it in batches (IVF-PQ, re-scored exactly from the same file)."""

import numpy as np
import pytest

from assistant import paths
from assistant.domain import Chunk
from assistant.search import index_store as store
from assistant.search.retrieval import LoadedIndex, Retriever


def _chunks(doc: str, n: int) -> list[Chunk]:
    return [Chunk(id=f"{doc}-{i}", doc_id=doc, start=i * 10, end=i * 10 + 9, position=i, text=f"text {doc} {i} ferry harbour") for i in range(n)]


def _vectors(n: int, seed: int) -> np.ndarray:
    out = np.random.default_rng(seed).standard_normal((n, 16)).astype(np.float32)
    return out / np.linalg.norm(out, axis=1, keepdims=True)


@pytest.mark.parametrize("flat_limit", [1000, 5], ids=["flat", "ivfpq"])
def test_vectors_are_written_as_they_come_and_faiss_is_made_from_the_file(tmp_path, monkeypatch, flat_limit):
    monkeypatch.setattr(store.GenerationWriter, "FAISS_BATCH", 4)  # several batches for 11 vectors
    blocks = []
    real_blocks = store.read_vector_blocks

    def spy_blocks(*args, **kwargs):
        for block in real_blocks(*args, **kwargs):
            blocks.append(len(block))
            yield block

    monkeypatch.setattr(store, "read_vector_blocks", spy_blocks)
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
    # IVF-PQ reads the file back a batch at a time, twice (training sample, then codes); a flat
    # index never passes through FAISS's memory, and its file is byte for byte FAISS's own.
    assert blocks == ([4, 4, 3, 4, 4, 3] if flat_limit <= 11 else [])
    import faiss

    if flat_limit > 11:
        own = faiss.IndexFlatIP(16)
        own.add(expected)
        assert (generation / paths.FAISS_FILE).read_bytes() == faiss.serialize_index(own).tobytes()
    loaded = LoadedIndex.load(tmp_path)
    assert loaded.vector_index.ntotal == 11 and loaded.manifest["vector_index"]["type"] == ("flat" if flat_limit > 11 else "ivfpq")
    assert loaded.compressed == (flat_limit <= 11)
    if loaded.compressed:
        assert isinstance(faiss.downcast_index(loaded.vector_index), faiss.IndexIVFPQ)
    retriever = Retriever(loaded)
    for row in (0, 7):
        found = retriever.dense(expected[row], 11)
        assert found[0] == (row, pytest.approx(1.0, abs=1e-5))  # exact scores, re-read from vectors.npy
        assert [r for r, _ in found] == np.argsort(-(expected @ expected[row]), kind="stable").tolist()


def test_ivfpq_search_is_exact_among_its_candidates_and_for_a_document_filter(tmp_path, monkeypatch):
    """Past the flat limit (real 384-dimension vectors' shape, 3,000 rows): top 10 against a flat
    scan, a document filter scored exactly on its rows, and a large filter through IVF's selector."""
    import faiss

    rng = np.random.default_rng(7)
    topics = _vectors(60, 8) @ rng.standard_normal((16, 384)).astype(np.float32)
    vectors = topics[rng.integers(0, 60, 3000)] + 0.4 * rng.standard_normal((3000, 384)).astype(np.float32)
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    chunks = [Chunk(id=f"c{i}", doc_id=f"d{i // 100}", start=0, end=1, position=i % 100, text="x") for i in range(3000)]
    documents = [store.DocumentRecord(f"d{j}", "t", "0" * 64, "txt", "x") for j in range(30)]
    manifest = {"schema_version": store.SCHEMA_VERSION, "model_id": "m", "dimension": 384, "files": {}, "failed": {}}
    store.write_generation(tmp_path, manifest, documents, chunks, vectors, flat_index_limit=1000)
    loaded = LoadedIndex.load(tmp_path)
    assert loaded.compressed
    retriever = Retriever(loaded)
    flat = faiss.IndexFlatIP(384)
    flat.add(vectors)
    queries = vectors[rng.choice(3000, 40, replace=False)] + 0.2 * rng.standard_normal((40, 384)).astype(np.float32)
    _, exact = flat.search(queries, 10)
    recall = np.mean([len({r for r, _ in retriever.dense(q, 10)} & set(e)) / 10 for q, e in zip(queries, exact)])
    assert recall >= 0.95, recall
    rows = loaded.rows_for_documents({"d3", "d17"})
    found = retriever.dense(queries[0], 5, rows)
    scores = vectors[rows] @ queries[0]
    assert [r for r, _ in found] == rows[np.argsort(-scores, kind="stable")[:5]].tolist()
    monkeypatch.setattr(Retriever, "EXACT_ROWS", 10)  # the same filter through IVF's own selector
    for _ in range(20):
        junk = [faiss.IDSelectorBatch(np.arange(5, dtype=np.int64)) for _ in range(50)]  # reuses freed memory
        assert all(r in set(rows.tolist()) for r, _ in retriever.dense(queries[0], 5, rows))
        del junk


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


def test_the_shipped_corpus_past_the_flat_limit_answers_as_the_flat_index_does(real_embedder, shipped_assistant, shipped_copy, tmp_path):
    """Real model, real FAISS, the shipped texts: built as IVF-PQ (a flat limit of 10 chunks), the
    dense ranking is the flat one's and the answers cite the same sentences."""
    from dataclasses import replace

    from assistant.core import Assistant

    settings = replace(shipped_assistant.settings, index_dir=tmp_path / "index", data_dir=tmp_path / "data", flat_index_limit=10)
    compressed = Assistant(settings, embedder=real_embedder)
    compressed.prepare()
    assert compressed.load_index().compressed and not shipped_assistant.load_index().compressed
    for question in ("Who referred Ali to Prevent?", "What risk level did Channel assign to Ali before closing the case?"):
        vector = real_embedder.embed([question])[0]
        flat_rows = shipped_assistant._retriever.dense(vector, 10)
        ivf_rows = compressed._retriever.dense(vector, 10)
        chunk_ids = lambda assistant, rows: [assistant.load_index().chunks[r].id for r, _ in rows]  # noqa: E731
        assert chunk_ids(compressed, ivf_rows) == chunk_ids(shipped_assistant, flat_rows)
        assert [s for _, s in ivf_rows] == pytest.approx([s for _, s in flat_rows], abs=1e-5)
        cited = lambda answer: [(c.source, c.start, c.end) for c in answer.citations]  # noqa: E731
        assert cited(compressed.ask(question)) == cited(shipped_assistant.ask(question))
