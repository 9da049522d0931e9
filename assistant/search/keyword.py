"""Keyword (BM25) search with bm25s: exact names, dates and numbers that dense vectors blur."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Sequence

import numpy as np

_WORD = re.compile(r"(?u)\b\w\w+\b")


@functools.lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


# English function words: they match everywhere and say nothing about what a passage is about.
# Our own list (not bm25s's) so that querying never imports bm25s or scipy.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most
    my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves also may might must shall upon yet""".split()
)


def stopwords() -> frozenset[str]:
    return STOPWORDS


def content_terms(text: str) -> list[str]:
    """Lower-cased, stemmed words without stopwords: what keyword matching compares."""
    words = [w for w in _WORD.findall(text.lower()) if w not in stopwords()]
    return _stemmer().stemWords(words)


def build_bm25_from_ids(token_ids: Sequence, vocab: dict[str, int]):
    """bm25s from compact per-chunk arrays of token ids (what a streaming build keeps)."""
    import logging

    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    retriever = bm25s.BM25()
    retriever.index((list(token_ids), dict(vocab)), show_progress=False)
    return retriever


def idf(df: int, n_docs: int) -> float:
    """BM25's IDF; a term in no chunk gets the highest weight."""
    import math

    return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))


def save_bm25(retriever, directory: Path) -> None:
    retriever.save(str(directory), show_progress=False)


class Bm25Index:
    """Queries the score matrix bm25s saved, with numpy alone.

    bm25s builds the index (tokenising, IDF, saturation); at query time a score is the sum of
    the query terms' precomputed columns. Reading them here keeps scipy and bm25s off the query
    path, which saves about half a second of every cold start.
    """

    def __init__(self, directory: Path, mmap: bool = True):
        import json

        mode = "r" if mmap else None
        self.data = np.load(directory / "data.csc.index.npy", mmap_mode=mode)
        self.indices = np.load(directory / "indices.csc.index.npy", mmap_mode=mode)
        self.indptr = np.load(directory / "indptr.csc.index.npy", mmap_mode=mode)
        self.vocab: dict[str, int] = json.loads((directory / "vocab.index.json").read_text(encoding="utf-8"))
        self.num_docs = int(json.loads((directory / "params.index.json").read_text(encoding="utf-8"))["num_docs"])

    def scores(self, terms: Sequence[str]) -> np.ndarray:
        ids = [self.vocab[t] for t in terms if t in self.vocab]
        if not ids:
            return np.zeros(self.num_docs, dtype=np.float32)
        columns = [slice(int(self.indptr[i]), int(self.indptr[i + 1])) for i in ids]
        rows = np.concatenate([self.indices[c] for c in columns])
        weights = np.concatenate([self.data[c] for c in columns])
        return np.bincount(rows, weights=weights, minlength=self.num_docs).astype(np.float32)


def load_bm25(directory: Path, mmap: bool = True) -> Bm25Index:
    return Bm25Index(directory, mmap)


def bm25_search(index: Bm25Index, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
    """(row, score) pairs with a positive score, best first."""
    if index.num_docs == 0:
        return []
    scores = index.scores(content_terms(query))
    if mask is not None:
        scores = scores * mask
    k = min(k, index.num_docs)
    top = np.argpartition(-scores, k - 1)[:k] if k < index.num_docs else np.arange(index.num_docs)
    top = top[np.lexsort((top, -scores[top]))]
    return [(int(r), float(scores[r])) for r in top if scores[r] > 0]
