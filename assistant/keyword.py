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


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN) | {"did", "does", "do", "what", "when", "who", "whom", "which", "how", "why", "where"}


def content_terms(text: str) -> list[str]:
    """Lower-cased, stemmed words without stopwords: what keyword matching compares."""
    words = [w for w in _WORD.findall(text.lower()) if w not in stopwords()]
    return _stemmer().stemWords(words)


def build_bm25(token_lists: Sequence[list[str]]):
    import bm25s

    retriever = bm25s.BM25()
    retriever.index([terms or ["\u2205"] for terms in token_lists], show_progress=False)
    return retriever


def document_frequencies(token_lists: Sequence[list[str]]) -> dict[str, int]:
    """In how many chunks each term occurs: the basis of term weights (IDF) when answering."""
    df: dict[str, int] = {}
    for terms in token_lists:
        for term in set(terms):
            df[term] = df.get(term, 0) + 1
    return df


def idf(df: int, n_docs: int) -> float:
    """BM25's IDF; a term in no chunk gets the highest weight."""
    import math

    return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))


def save_bm25(retriever, directory: Path) -> None:
    retriever.save(str(directory), show_progress=False)


def load_bm25(directory: Path, mmap: bool = True):
    import bm25s

    return bm25s.BM25.load(str(directory), mmap=mmap, show_progress=False)


def bm25_search(retriever, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
    """(row, score) pairs with a positive score, best first."""
    terms = content_terms(query)
    vocab = retriever.vocab_dict
    terms = [t for t in terms if t in vocab]
    n_docs = retriever.scores["num_docs"]
    if not terms or n_docs == 0:
        return []
    k = min(k, n_docs)
    rows, scores = retriever.retrieve([terms], k=k, show_progress=False, weight_mask=mask, n_threads=1)
    return [(int(r), float(s)) for r, s in zip(rows[0], scores[0]) if s > 0]
