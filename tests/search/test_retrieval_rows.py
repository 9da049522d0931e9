"""The rows of some documents, found from a per-document table, are the ones a full scan finds."""

import numpy as np

from assistant.search.indexing import build_index
from assistant.search.retrieval import LoadedIndex


def test_rows_for_documents_equal_a_scan_of_every_chunk(mini_settings, hashing_embedder):
    (mini_settings.corpus_dir / "third.txt").write_text("Ferries.\n\nHarbours and timetables.\n\n" * 40)
    build_index(mini_settings, hashing_embedder)
    index = LoadedIndex.load(mini_settings.index_dir)
    docs = sorted(index.documents)
    for wanted in [{docs[0]}, {docs[1], docs[2]}, set(docs), {"no-such.txt"}, {docs[2], "no-such.txt"}]:
        scanned = np.array([i for i, c in enumerate(index.chunks) if c.doc_id in wanted], dtype=np.int64)
        rows = index.rows_for_documents(wanted)
        assert rows.dtype == np.int64 and np.array_equal(rows, scanned)


def test_a_document_filtered_search_on_hnsw_keeps_its_selector_alive():
    """FAISS holds a raw pointer to the row selector: it must outlive the search (it once did not: a segfault)."""
    import faiss

    from assistant.search.retrieval import Retriever

    vectors = np.random.default_rng(0).standard_normal((3000, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    hnsw = faiss.IndexHNSWFlat(384, 32, faiss.METRIC_INNER_PRODUCT)
    hnsw.add(vectors)

    class Index:  # an index built before IVF-PQ replaced HNSW
        vector_index = hnsw
        compressed = False

    retriever = Retriever(Index())
    rows = np.arange(100, 400, dtype=np.int64)
    for _ in range(100):
        junk = [faiss.IDSelectorBatch(np.arange(5, dtype=np.int64)) for _ in range(50)]  # reuses freed memory
        found = retriever.dense(vectors[150], 10, rows)
        assert found[0][0] == 150 and all(100 <= row < 400 for row, _ in found)
        del junk
