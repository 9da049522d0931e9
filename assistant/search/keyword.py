"""Keyword (BM25) search with bm25s: exact names, dates and numbers that dense vectors blur."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Sequence

import numpy as np

from assistant.search.arrays import load_array

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


def words_for_terms(text: str, terms: frozenset[str]) -> str:
    """The words of ``text`` whose content term is one of ``terms``, as typed and once each ("Bristol"
    for "bristol"), else the terms themselves: how an explanation names the words it set aside."""
    typed = dict.fromkeys(w for w in re.findall(r"[^\W\d_]+|\b\d{4}\b", text) if set(content_terms(w)) & terms)
    return ", ".join(typed) or ", ".join(sorted(terms))


def build_bm25_from_ids(token_ids: Sequence, vocab: dict[str, int]):
    """bm25s from compact per-chunk arrays of token ids (what a streaming build keeps)."""
    import logging

    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    retriever = bm25s.BM25()
    retriever.index((list(token_ids), dict(vocab)), show_progress=False)
    return retriever


# bm25s's defaults, which the saved score matrix was always built with.
BM25_K1, BM25_B, BM25_DELTA = 1.5, 0.75, 0.5


def write_bm25_streaming(
    token_file: Path, lengths: np.ndarray, vocab: dict[str, int], directory: Path, batch_docs: int = 4096, block_entries: int = 2_000_000
) -> None:
    """The score matrix bm25s would save for these chunks, written without holding the corpus.

    ``token_file`` holds every chunk's int32 token ids back to back, ``lengths`` how many each
    chunk has. The matrix (CSC: one column per term, its rows the chunks holding it, in chunk
    order) is made like an external sort, with plain writes only: each batch of chunks writes
    its entries, sorted by term, as one run; then the runs are merged a block of terms at a
    time (about ``block_entries`` entries) and the matrix written front to back. Memory holds
    one batch or one block, never the matrix, not even as mapped pages (filling a mapped
    matrix dirtied all of its pages: 1M chunks peaked at 757 MB). The arithmetic is bm25s's
    (Lucene IDF, Robertson term frequency, float64 then float32), element by element, so the
    files equal those bm25s writes (a test checks).
    """
    import json
    import math

    directory.mkdir(parents=True, exist_ok=True)
    n_docs, n_vocab = len(lengths), len(vocab)
    lengths = np.asarray(lengths, dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(lengths)))

    def batches():
        ids = np.memmap(token_file, dtype="<i4", mode="r") if offsets[-1] else np.zeros(0, np.int32)
        for first in range(0, n_docs, batch_docs):
            last = min(n_docs, first + batch_docs)
            block = np.array(ids[offsets[first] : offsets[last]])  # a copy: the mapping's pages go
            docs = np.repeat(np.arange(first, last, dtype=np.int64), lengths[first:last])
            # one entry per (chunk, term) with its count, chunks in order
            keys, counts = np.unique(docs * n_vocab + block, return_counts=True)
            yield keys // n_vocab, keys % n_vocab, counts
        del ids

    df = np.zeros(n_vocab, dtype=np.int64)
    for docs, terms, _ in batches():
        df += np.bincount(terms, minlength=n_vocab)
    nnz = int(df.sum())
    index_dtype = np.dtype(np.int32 if n_docs < 2**31 else np.int64)  # row numbers; the column pointers are int64 (as bm25s saves them)
    idf = np.zeros(n_vocab, dtype=np.float32)
    for term in np.flatnonzero(df):
        idf[term] = math.log(1 + (n_docs - int(df[term]) + 0.5) / (int(df[term]) + 0.5))  # math.log, as bm25s
    average = lengths.mean() if n_docs else np.float64(0.0)
    indptr = np.zeros(n_vocab + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    # Terms split into blocks of about ``block_entries`` entries (a term never split).
    block_starts = np.unique(np.concatenate(([0], np.searchsorted(indptr, np.arange(0, nnz, block_entries), side="right") - 1)))
    block_starts = np.concatenate((block_starts[block_starts < n_vocab], [n_vocab]))
    entry = np.dtype([("term", "<i4"), ("doc", index_dtype), ("score", "<f4")])  # one record per (chunk, term)
    runs_file = directory / ".runs"
    run_blocks = []  # per run: where each block of terms begins within it (entries from the run's start)
    run_starts = [0]
    try:
        with runs_file.open("wb") as runs:
            for docs, terms, counts in batches():
                doc_len = lengths[docs]
                tfc = counts.astype(np.float32).astype(np.float64)
                tfc = tfc / (BM25_K1 * ((1 - BM25_B) + BM25_B * doc_len / average) + tfc)
                run = np.empty(len(terms), dtype=entry)
                run["term"], run["doc"], run["score"] = terms, docs, (idf[terms].astype(np.float64) * tfc).astype(np.float32)
                run = run[np.argsort(terms, kind="stable")]  # by term, chunks still in order within a term
                run_blocks.append(np.searchsorted(run["term"], block_starts))
                run_starts.append(run_starts[-1] + len(run))
                runs.write(run.tobytes())
        with runs_file.open("rb") as runs, (directory / "data.csc.index.npy").open("wb") as data, (directory / "indices.csc.index.npy").open("wb") as indices:
            np.lib.format.write_array_header_1_0(data, {"descr": np.lib.format.dtype_to_descr(np.dtype(np.float32)), "fortran_order": False, "shape": (nnz,)})
            np.lib.format.write_array_header_1_0(indices, {"descr": np.lib.format.dtype_to_descr(index_dtype), "fortran_order": False, "shape": (nnz,)})
            for b in range(len(block_starts) - 1):
                parts = []
                for start, blocks in zip(run_starts, run_blocks):  # runs in chunk order
                    count = int(blocks[b + 1] - blocks[b])
                    if count:
                        runs.seek((start + int(blocks[b])) * entry.itemsize)
                        parts.append(np.fromfile(runs, dtype=entry, count=count))
                if parts:
                    merged = np.concatenate(parts)
                    merged = merged[np.argsort(merged["term"], kind="stable")]  # by term; runs, so chunks, in order
                    data.write(np.ascontiguousarray(merged["score"]).tobytes())
                    indices.write(np.ascontiguousarray(merged["doc"]).tobytes())
    finally:
        runs_file.unlink(missing_ok=True)
    np.save(directory / "indptr.csc.index.npy", indptr)
    saved_vocab = dict(vocab)
    if "" not in saved_vocab:
        saved_vocab[""] = max(saved_vocab.values(), default=-1) + 1  # bm25s adds the empty token
    (directory / "vocab.index.json").write_text(json.dumps(saved_vocab, ensure_ascii=False), encoding="utf-8")
    params = {"k1": BM25_K1, "b": BM25_B, "delta": BM25_DELTA, "method": "lucene", "idf_method": "lucene", "dtype": "float32",
              "int_dtype": "int32", "num_docs": n_docs, "version": "streamed", "backend": "numpy"}
    (directory / "params.index.json").write_text(json.dumps(params, indent=4), encoding="utf-8")


def idf(df: int, n_docs: int) -> float:
    """BM25's IDF; a term in no chunk gets the highest weight."""
    import math

    return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))


class TokenStream:
    """Chunks' token ids on disk (int32, back to back) with each chunk's count: a build's BM25 input."""

    def __init__(self, token_file: Path, lengths, vocab: dict[str, int]):
        self.token_file = token_file
        self.lengths = lengths
        self.vocab = vocab


def save_bm25(source, directory: Path) -> None:
    """Write the score matrix: from a ``TokenStream`` (builds), or a bm25s retriever."""
    if isinstance(source, TokenStream):
        write_bm25_streaming(source.token_file, np.asarray(source.lengths, dtype=np.int64), source.vocab, directory)
    else:
        source.save(str(directory), show_progress=False)


class Bm25Index:
    """Queries the score matrix bm25s saved, with numpy alone.

    bm25s builds the index (tokenising, IDF, saturation); at query time a score is the sum of
    the query terms' precomputed columns. Reading them here keeps scipy and bm25s off the query
    path, which saves about half a second of every cold start.
    """

    def __init__(self, directory: Path, mmap: bool = True):
        import json

        mode = "r" if mmap else None
        self.data = load_array(directory / "data.csc.index.npy", mmap_mode=mode)
        self.indices = load_array(directory / "indices.csc.index.npy", mmap_mode=mode)
        self.indptr = load_array(directory / "indptr.csc.index.npy", mmap_mode=mode)
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

    def rows_holding(self, term: str) -> np.ndarray:
        """The rows (chunks) whose words include this term."""
        i = self.vocab.get(term)
        if i is None:
            return np.zeros(0, dtype=np.int64)
        return np.asarray(self.indices[int(self.indptr[i]) : int(self.indptr[i + 1])], dtype=np.int64)


def load_bm25(directory: Path, mmap: bool = True) -> Bm25Index:
    return Bm25Index(directory, mmap)


def bm25_search(
    index: Bm25Index, query: str, k: int, mask: np.ndarray | None = None, ignore: frozenset[str] = frozenset()
) -> list[tuple[int, float]]:
    """(row, score) pairs with a positive score, best first; the query's terms in ``ignore`` do not count."""
    if index.num_docs == 0:
        return []
    scores = index.scores([t for t in content_terms(query) if t not in ignore])
    if mask is not None:
        scores = scores * mask
    k = min(k, index.num_docs)
    top = np.argpartition(-scores, k - 1)[:k] if k < index.num_docs else np.arange(index.num_docs)
    top = top[np.lexsort((top, -scores[top]))]
    return [(int(r), float(scores[r])) for r in top if scores[r] > 0]
