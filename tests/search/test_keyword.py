"""Our numpy reader of bm25s's saved matrix scores exactly as bm25s does."""

import bm25s
import numpy as np

from assistant.search.keyword import bm25_search, build_bm25_from_ids, content_terms, load_bm25, save_bm25

TEXTS = [
    "The intervention provider met Ali on 17 January 2015.",
    "Channel concluded that Ali posed a very low risk.",
    "The 12-month review was logged late due to an IT issue.",
    "Prevent should have conducted follow-up reviews at six and 12 months.",
    "Nothing here about reviews or providers at all, just ferries and harbours.",
]


def test_numpy_scores_equal_bm25s(tmp_path):
    vocab: dict[str, int] = {}
    ids = [np.array([vocab.setdefault(t, len(vocab)) for t in content_terms(text)], dtype=np.int32) for text in TEXTS]
    save_bm25(build_bm25_from_ids(ids, vocab), tmp_path)
    ours = load_bm25(tmp_path)
    theirs = bm25s.BM25.load(str(tmp_path), show_progress=False)
    for query in ["When did the provider meet Ali?", "review logged late", "ferries", "unknownword", "review review"]:
        terms = content_terms(query)
        expected = theirs.get_scores(terms) if any(t in theirs.vocab_dict for t in terms) else np.zeros(len(TEXTS))
        assert np.allclose(ours.scores(terms), expected, atol=1e-6), query
    hits = bm25_search(ours, "review logged late", 3)
    assert hits[0][0] == 2 and all(s > 0 for _, s in hits)
    mask = np.array([1, 1, 0, 1, 1], dtype=np.float32)
    assert 2 not in [row for row, _ in bm25_search(ours, "review logged late", 3, mask)]
    assert bm25_search(ours, "unknownword", 3) == []
