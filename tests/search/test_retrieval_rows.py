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
