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


def test_ignored_terms_do_not_count(tmp_path):
    vocab: dict[str, int] = {}
    ids = [np.array([vocab.setdefault(t, len(vocab)) for t in content_terms(text)], dtype=np.int32) for text in TEXTS]
    save_bm25(build_bm25_from_ids(ids, vocab), tmp_path)
    index = load_bm25(tmp_path)
    assert {row for row, _ in bm25_search(index, "Ali review", 5)} == {0, 1, 2, 3, 4}
    ignored = bm25_search(index, "Ali review", 5, ignore=frozenset(content_terms("Ali")))
    assert {row for row, _ in ignored} == {2, 3, 4}  # the passages holding "review", "reviews"
    assert bm25_search(index, "Ali", 5, ignore=frozenset(content_terms("Ali"))) == []


def test_the_streamed_matrix_equals_the_one_bm25s_writes(tmp_path):
    """Byte for byte on a real corpus (SQuAD-like prose, repeated terms, a chunk of one term), in small batches."""
    from assistant.paths import DEFAULT_CORPUS_DIR
    from assistant.search.keyword import write_bm25_streaming

    texts = [p for path in sorted(DEFAULT_CORPUS_DIR.glob("*.txt")) for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    texts += [sentence for text in texts for sentence in text.split(". ")]  # many short chunks too
    texts += ["review review review review", "\u2205"] + TEXTS
    vocab: dict[str, int] = {}
    ids = [np.array([vocab.setdefault(t, len(vocab)) for t in (content_terms(text) or ["\u2205"])], dtype=np.int32) for text in texts]
    save_bm25(build_bm25_from_ids(ids, vocab), tmp_path / "bm25s")
    (tmp_path / "tokens").write_bytes(b"".join(a.astype("<i4").tobytes() for a in ids))
    # runs of 7 chunks merged in blocks of about 50 entries, and all in one block
    for out, block in (("ours", 50), ("one-block", 10**9)):
        write_bm25_streaming(tmp_path / "tokens", np.array([len(a) for a in ids]), dict(vocab), tmp_path / out, batch_docs=7, block_entries=block)
        for name in ("data.csc.index.npy", "indices.csc.index.npy", "indptr.csc.index.npy"):
            theirs, ours = np.load(tmp_path / "bm25s" / name), np.load(tmp_path / out / name)
            assert theirs.dtype == ours.dtype and np.array_equal(theirs, ours), name
        assert sorted(p.name for p in (tmp_path / out).iterdir()) == sorted(p.name for p in (tmp_path / "bm25s").iterdir())  # no run files left
    import json

    assert json.loads((tmp_path / "ours" / "vocab.index.json").read_text()) == json.loads((tmp_path / "bm25s" / "vocab.index.json").read_text())
    theirs_params = json.loads((tmp_path / "bm25s" / "params.index.json").read_text())
    ours_params = json.loads((tmp_path / "ours" / "params.index.json").read_text())
    assert {k: v for k, v in ours_params.items() if k != "version"} == {k: v for k, v in theirs_params.items() if k != "version"}
    assert len(texts) > 90
