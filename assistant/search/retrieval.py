"""Hybrid retrieval: dense (FAISS inner product) and keyword (BM25) results fused by rank."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from assistant.search import index_store as store
from assistant import paths
from assistant.domain import Chunk, Passage
from assistant.search.keyword import bm25_search, idf, load_bm25
from assistant.search.arrays import load_array

MODES = ("hybrid", "dense", "keyword")


@dataclass
class LoadedIndex:
    generation: Path
    manifest: dict
    documents: dict[str, store.DocumentRecord]
    chunks: list[Chunk]
    vector_index: object  # faiss.Index
    bm25: object
    term_df: dict[str, int] = field(default_factory=dict, repr=False)
    _locators: dict = field(default_factory=dict, repr=False)
    _router: object = field(default=None, repr=False)
    _acronyms: object = field(default=None, repr=False)
    _names: object = field(default=None, repr=False)
    _row_documents: np.ndarray | None = field(default=None, repr=False)
    _document_rows: dict | None = field(default=None, repr=False)
    _vectors: np.ndarray | None = field(default=None, repr=False)
    _titles: dict | None = field(default=None, repr=False)
    _model_titles: dict | None = field(default=None, repr=False)
    _furniture: frozenset | None = field(default=None, repr=False)
    _sentence_rows: dict | None = field(default=None, repr=False)
    _sentence_vectors: np.ndarray | None = field(default=None, repr=False)
    _sentence_spans: np.ndarray | None = field(default=None, repr=False)

    @property
    def vectors(self) -> np.ndarray:
        """Every chunk's float32 vector, memory-mapped from ``vectors.npy`` (read on demand, never whole)."""
        if self._vectors is None:
            self._vectors = load_array(self.generation / paths.VECTORS_FILE, mmap_mode="r")
        return self._vectors

    @property
    def compressed(self) -> bool:
        return self.manifest.get("vector_index", {}).get("type") == store.COMPRESSED_INDEX

    @classmethod
    def load(cls, index_dir: Path, verify: bool = True) -> "LoadedIndex":
        """Load the published generation; any damage raises ``IndexCorrupt`` with the file named."""
        import faiss

        generation, manifest = store.read_manifest(index_dir)
        if verify:
            store.verify_files(generation, manifest)
        try:
            documents = store.read_documents(generation)
            chunks = store.read_chunks(generation)
            # The flat index is memory-mapped, its rows read in place; the compressed one is small
            # (its codes) and read whole, and its exact re-scoring maps vectors.npy (``vectors``).
            kind = manifest.get("vector_index", {}).get("type")
            flags = {"flat": faiss.IO_FLAG_MMAP_IFC, "hnsw": faiss.IO_FLAG_MMAP}.get(kind, 0)
            vector_index = faiss.read_index(str(generation / paths.FAISS_FILE), flags)
            bm25 = load_bm25(generation / paths.BM25_DIR)
            term_df = json.loads((generation / paths.TERMS_FILE).read_text(encoding="utf-8"))
            # Every file is opened now, not at the first question: memory maps outlive the
            # generation's folder, which two later builds prune (a chat left open while
            # `assistant index` runs twice got FileNotFoundError on its next question).
            vectors = load_array(generation / paths.VECTORS_FILE, mmap_mode="r")
            sentence_spans, sentence_vectors = store.read_sentences(generation)
        except store.IndexError_:
            raise
        except FileNotFoundError as exc:
            raise store.IndexCorrupt(f"{exc.filename}: missing") from None
        except Exception as exc:  # faiss and bm25s raise assorted types on damaged files
            raise store.IndexCorrupt(f"{generation}: cannot be loaded ({type(exc).__name__}: {exc})") from None
        if vector_index.ntotal != len(chunks):
            raise store.IndexCorrupt(f"{generation}: {vector_index.ntotal} vectors for {len(chunks)} chunks")
        return cls(
            generation, manifest, documents, chunks, vector_index, bm25, term_df,
            _vectors=vectors, _sentence_vectors=sentence_vectors, _sentence_spans=sentence_spans,
        )

    @property
    def router(self):
        """Which documents a question names; built on first use from names, titles, openings."""
        if self._router is None:
            from assistant.search.routing import DocumentRouter, name_text

            self._router = DocumentRouter(
                {doc_id: name_text(doc_id, record.title, record.text) for doc_id, record in self.documents.items()}
            )
        return self._router

    @property
    def titles(self) -> dict[str, str]:
        """Each document's title as people see it (citations name it), built once, not per question."""
        if self._titles is None:
            self._titles = {doc_id: record.title for doc_id, record in self.documents.items()}
        return self._titles

    @property
    def model_titles(self) -> dict[str, str]:
        """The title the answer model reads beside each sentence (``DocumentRecord.model_title``)."""
        if self._model_titles is None:
            self._model_titles = {doc_id: record.model_title for doc_id, record in self.documents.items()}
        return self._model_titles

    @property
    def furniture(self) -> frozenset[str]:
        """Sentences the library repeats across many documents (documents/furniture.py), found on
        first use (about 0.6 s for the 120-report library; ``Assistant.prepare`` asks for them)."""
        if self._furniture is None:
            from assistant.documents.furniture import repeated_sentences

            self._furniture = repeated_sentences(record.text for record in self.documents.values())
        return self._furniture

    @property
    def acronyms(self):
        """The acronyms the documents define ("personal education plans (PEPs)"), found on first use."""
        if self._acronyms is None:
            from assistant.search.acronyms import AcronymTable

            self._acronyms = AcronymTable.from_texts(record.text for record in self.documents.values())
        return self._acronyms

    @property
    def names(self):
        """Which of a question's names the texts hold (search/names.py); built on first use."""
        if self._names is None:
            from assistant.search.names import NameChecker

            texts = lambda: (record.text for record in self.documents.values())  # noqa: E731
            self._names = NameChecker(self.term_df, len(self.chunks), self.router.terms, self.largest_document_share, self.acronyms.long_forms, texts)
        return self._names

    def largest_document_share(self, term: str) -> float:
        """The largest share of one document's passages that hold the term: near 0 for a name
        every document mentions in passing, high for one some document is about."""
        rows = self.bm25.rows_holding(term)
        if not len(rows):
            return 0.0
        if self._row_documents is None:
            ids = {doc_id: i for i, doc_id in enumerate(dict.fromkeys(chunk.doc_id for chunk in self.chunks))}
            self._row_documents = np.fromiter((ids[chunk.doc_id] for chunk in self.chunks), dtype=np.int64, count=len(self.chunks))
        sizes = np.bincount(self._row_documents)
        held = np.bincount(self._row_documents[rows], minlength=len(sizes))
        return float((held / np.maximum(sizes, 1)).max())

    def term_weight(self, term: str) -> float:
        return idf(self.term_df.get(term, 0), len(self.chunks))

    def locate(self, doc_id: str, offset: int):
        """Heading and paragraph at an offset, from a per-document locator built on first use."""
        from assistant.documents.locations import Locator

        locators = self._locators
        if doc_id not in locators:
            locators[doc_id] = Locator(self.documents[doc_id].to_document())
        return locators[doc_id].locate(offset)

    def passages_around(self, spans, passages: list[Passage], before: int, after: int) -> list[Passage]:
        """The passages holding the text from ``before`` characters ahead of these spans (source,
        start, end) to ``after`` past them that ``passages`` lack, ranked after them: where a
        follow-up's answer is looked for first."""
        have = {p.chunk.id for p in passages}
        added: list[Passage] = []
        for doc_id, start, end in spans:
            for row in self.rows_for_documents({doc_id}):
                chunk = self.chunks[row]
                if chunk.id in have or chunk.end <= start - before or chunk.start >= end + after:
                    continue
                have.add(chunk.id)
                added.append(Passage(chunk=chunk, score=0.0, rank=len(passages) + len(added) + 1))
        return added

    def passages_holding(self, doc_ids, pattern, passages: list[Passage], limit: int = 2) -> list[Passage]:
        """Up to ``limit`` passages per document that match ``pattern`` and that ``passages``
        lack, ranked after them: where a report states what a question asks for in a fixed form
        ("Lead inspector: …") that its words may not find."""
        have = {p.chunk.id for p in passages}
        added: list[Passage] = []
        for doc_id in sorted(doc_ids):
            found = 0
            for row in self.rows_for_documents({doc_id}):
                chunk = self.chunks[row]
                if found >= limit:
                    break
                if chunk.id in have or not pattern.search(chunk.text):
                    continue
                found += 1
                have.add(chunk.id)
                added.append(Passage(chunk=chunk, score=0.0, rank=len(passages) + len(added) + 1))
        return added

    def sentence_vectors(self, spans: Sequence[tuple[str, int, int]]) -> tuple[np.ndarray, np.ndarray] | None:
        """The stored vectors of these sentences (document, start, end), float32, and which of
        them the index holds (a row of zeros for any it does not); None when it holds none."""
        if self._sentence_rows is None:
            if self._sentence_spans is None and self._sentence_vectors is None:  # an index made in memory
                self._sentence_spans, self._sentence_vectors = store.read_sentences(self.generation)
            spans_read = self._sentence_spans
            doc_of_row = [chunk.doc_id for chunk in self.chunks]
            self._sentence_rows = {
                (doc_of_row[chunk_row], start, end): i for i, (chunk_row, start, end) in enumerate(spans_read.tolist())
            } if spans_read is not None else {}
        if self._sentence_vectors is None:
            return None
        rows = [self._sentence_rows.get(span, -1) for span in spans]
        found = np.array([row >= 0 for row in rows], dtype=bool)
        out = np.zeros((len(rows), self._sentence_vectors.shape[1]), dtype=np.float32)
        if found.any():
            out[found] = self._sentence_vectors[[row for row in rows if row >= 0]]
        return out, found

    def rows_for_documents(self, doc_ids: set[str]) -> np.ndarray:
        """The rows of these documents' chunks, ascending (each document's rows found once, then reused)."""
        if self._document_rows is None:
            grouped: dict[str, list[int]] = {}
            for i, chunk in enumerate(self.chunks):
                grouped.setdefault(chunk.doc_id, []).append(i)
            self._document_rows = {doc_id: np.array(rows, dtype=np.int64) for doc_id, rows in grouped.items()}
        parts = [self._document_rows[d] for d in doc_ids if d in self._document_rows]
        return np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class Retrieval:
    """One search: the passages, the documents the question named, and the named documents that
    also hold one of the library-wide top ``Retriever.CONFIRM_DEPTH`` passages.

    A name can be a common word ("number", "law" in an article's title); when the library at
    large agrees that the named document is where the question's words are, the naming is
    trusted enough for the answer step to prefer it (SQuAD tune half: wrong namings 19 of 88 ->
    6 of 75; the Ofsted tune half: 60 right of 62)."""

    passages: list[Passage]
    named: frozenset[str]
    trusted_named: frozenset[str]
    # The conversation's documents, searched as if named because the question names none
    # (``prefer``); empty when the question named its own.
    kept_to: frozenset[str] = frozenset()
    # The question's words naming those documents, which keyword search within them left out.
    ignored: frozenset[str] = frozenset()
    # The named documents that are the reports of a council the question names by its name.
    council_named: frozenset[str] = frozenset()

    @property
    def routed(self) -> frozenset[str]:
        """The documents the question itself named."""
        return frozenset() if self.kept_to else self.named


class Retriever:
    named_share = 0.75  # of the places, given to the named documents' passages (the rest: the library)
    CONFIRM_DEPTH = 5  # library-wide passages a naming must agree with to be trusted (Retrieval)

    RESCORE_DEPTH = 1000  # IVF-PQ candidates re-scored exactly: PQ codes blur near neighbours (1M: 100 gave recall@10 0.81, 1,000 gave 0.98)
    EXACT_ROWS = 20_000  # a document filter up to this many chunks is scored exactly, row by row
    HNSW_EF_SEARCH = 256  # indexes built before IVF-PQ replaced HNSW (recall@10 0.99 at 100k)

    def __init__(
        self, index: LoadedIndex, candidates: int = 30, rrf_k: int = 60, probe_share: float = 0.5, routing: bool = True, ignore_naming: bool = True
    ):
        self.ignore_naming = ignore_naming
        self.index = index
        self.routing = routing
        self.candidates = candidates
        self.rrf_k = rrf_k
        self.probe_share = probe_share

    def dense(self, query_vector: np.ndarray, k: int, rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        import faiss

        n = self.index.vector_index.ntotal
        if n == 0:
            return []
        query = np.asarray(query_vector, dtype=np.float32).reshape(1, -1)
        if rows is not None and len(rows) == 0:
            return []
        if self.index.compressed:
            return self._dense_rescored(query, k, rows)
        selector = None  # held in this frame until the search returns: FAISS keeps only a raw pointer
        if rows is not None:
            selector = faiss.IDSelectorBatch(rows)
            k = min(k, len(rows))
        if hasattr(self.index.vector_index, "hnsw"):
            params = faiss.SearchParametersHNSW(efSearch=max(self.HNSW_EF_SEARCH, k))
        else:
            params = faiss.SearchParameters() if selector is not None else None
        if selector is not None:
            params.sel = selector
        scores, ids = self.index.vector_index.search(query, min(k, n), params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def _dense_rescored(self, query: np.ndarray, k: int, rows: np.ndarray | None) -> list[tuple[int, float]]:
        """IVF-PQ finds candidates, their exact vectors (mapped from disk) rank them.

        A document filter small enough is scored exactly on its own rows: an IVF probe would
        visit lists that hold few of them."""
        import faiss

        if rows is None or len(rows) > self.EXACT_ROWS:
            selector = faiss.IDSelectorBatch(rows) if rows is not None else None  # alive until the search returns
            lists = faiss.extract_index_ivf(self.index.vector_index).nlist
            params = faiss.SearchParametersIVF(nprobe=max(1, round(lists * self.probe_share)))
            if selector is not None:
                params.sel = selector
            depth = min(self.index.vector_index.ntotal, max(self.RESCORE_DEPTH, 4 * k))
            _, ids = self.index.vector_index.search(query, depth, params=params)
            rows = ids[0][ids[0] >= 0]
        rows = np.unique(rows)  # ascending: the mapped file is read front to back
        scores = self.index.vectors[rows] @ query[0]
        order = np.argsort(-scores, kind="stable")[:k]
        return [(int(rows[i]), float(scores[i])) for i in order]

    def keyword(self, query: str, k: int, rows: np.ndarray | None = None, ignore: frozenset[str] = frozenset()) -> list[tuple[int, float]]:
        mask = None
        if rows is not None:
            mask = np.zeros(len(self.index.chunks), dtype=np.float32)
            mask[rows] = 1.0
        return bm25_search(self.index.bm25, query, k, mask, ignore)

    def _fused(
        self, query: str, query_vector, depth: int, mode: str, rows, ignore: frozenset[str] = frozenset()
    ) -> list[tuple[int, float, float | None, float | None]]:
        """Dense and keyword rankings fused by reciprocal rank: (row, fused, dense, keyword)."""
        dense = self.dense(query_vector, depth, rows) if mode != "keyword" else []
        keyword = self.keyword(query, depth, rows, ignore) if mode != "dense" else []
        dense_scores = dict(dense)
        keyword_scores = dict(keyword)
        fused: dict[int, float] = {}
        for ranking in (dense, keyword):
            for rank, (row, _) in enumerate(ranking):
                fused[row] = fused.get(row, 0.0) + 1.0 / (self.rrf_k + rank + 1)
        best = sorted(fused.items(), key=lambda item: (-item[1], item[0]))[:depth]
        return [(row, score, dense_scores.get(row), keyword_scores.get(row)) for row, score in best]

    def _councils_named(self, question: str) -> set[str]:
        """The reports of the English councils the question names ("Barnsley's MASH", "Kent County
        Council", "the Royal Borough of Greenwich", "halton"): a council's name is no common word to
        distrust, yet "What did inspectors find about Barnsley's MASH and referrals?" went untrusted
        when other councils' MASH passages filled the library's first five, and their sentences
        were quoted. A report is a council's when its file name holds the council's name
        (``DocumentRouter.council_reports``)."""
        from assistant.search.places import COUNCIL_NAMES, council_words, councils_in

        router = self.index.router
        found = {
            doc_id
            for label, documents, _ in router.council_names(question)
            if council_words(label) in COUNCIL_NAMES
            for doc_id in documents
        }
        for words in councils_in(question):
            found |= router.council_reports(words)
        return found

    def named_documents(self, query: str, documents: set[str] | None = None, prefer: set[str] | None = None) -> tuple[set[str], bool]:
        """The documents the question names (routing on), else those ``prefer`` names; and
        whether they came from ``prefer``."""
        named = self.index.router.named(query, documents) if self.routing else set()
        if named or not prefer:
            return named, False
        kept = {d for d in prefer if d in self.index.documents and (not documents or d in documents)}
        return kept, bool(kept)

    def search(
        self,
        query: str,
        query_vector: np.ndarray | None,
        k: int,
        mode: str = "hybrid",
        documents: set[str] | None = None,
        prefer: set[str] | None = None,
    ) -> list[Passage]:
        """The ``k`` best passages. ``prefer``: documents to treat as named when the question
        names none (a follow-up stays with the documents its conversation was about). When the question names documents (see ``routing``), most
        places go to passages of those documents and a quarter to the library at large, so a
        wrongly named document cannot hide the right one."""
        return self.retrieve(query, query_vector, k, mode, documents, prefer).passages

    def retrieve(
        self,
        query: str,
        query_vector: np.ndarray | None,
        k: int,
        mode: str = "hybrid",
        documents: set[str] | None = None,
        prefer: set[str] | None = None,
        as_asked: tuple[str, Callable[[], np.ndarray]] | None = None,
        ignore_report_year: bool = False,
    ) -> "Retrieval":
        """``search``, and which named documents the library at large agrees with (``Retrieval``).

        ``ignore_report_year``: the year closing the question, where it is the named reports',
        is left out of keyword search within them too (DocumentRouter.report_year_words).
        ``as_asked``: the question without the reports' words put beside it, and what gives its
        vector (called only when the question names documents).
        The documents it names, and whether the library agrees, are judged on it as well: "run
        off (missing return home interviews)" fills the library's first passages with other
        councils', which must not cost the council the person named its trust."""
        if mode not in MODES:
            raise ValueError(f"unknown retrieval mode {mode!r}")
        rows = self.index.rows_for_documents(documents) if documents else None
        depth = max(self.candidates, k)
        named, kept = self.named_documents(as_asked[0] if as_asked else query, documents, prefer)
        if named:
            # Within the named documents, the words naming them rank nothing: keyword search there
            # leaves them out (the embedding keeps them: the question without them read worse).
            ignore = (
                self.index.router.search_naming_words(as_asked[0] if as_asked else query, named, ignore_report_year)
                if self.ignore_naming
                else frozenset()
            )
            focused = self._fused(query, query_vector, depth, mode, self.index.rows_for_documents(named), ignore)
            broad = self._fused(query, query_vector, depth, mode, rows)
            reserve = max(1, round(k * (1 - self.named_share)))
            taken = {row for row, *_ in focused[: k - reserve]}
            ranked = focused[: k - reserve] + [item for item in broad if item[0] not in taken][:reserve]
            ranked += [item for item in focused[k - reserve :] if item[0] not in {r for r, *_ in ranked}]
            # Trusted: the library at large agrees, or the conversation was already about them
            # (the documents an earlier question named or cited are evidence enough).
            agreeing = {self.index.chunks[row].doc_id for row, *_ in broad[: self.CONFIRM_DEPTH]}
            if as_asked is not None:
                asked_vector = as_asked[1]() if mode != "keyword" else None
                asked_broad = self._fused(as_asked[0], asked_vector, depth, mode, rows)
                agreeing |= {self.index.chunks[row].doc_id for row, *_ in asked_broad[: self.CONFIRM_DEPTH]}
            by_council = named & self._councils_named(as_asked[0] if as_asked else query)
            trusted = named & (agreeing | set(prefer or ()) | by_council)
        else:
            ranked = self._fused(query, query_vector, depth, mode, rows)
            trusted, ignore, by_council = set(), frozenset(), set()
        passages = [
            Passage(chunk=self.index.chunks[row], score=score, rank=rank + 1, dense_score=dense, keyword_score=keyword)
            for rank, (row, score, dense, keyword) in enumerate(ranked[:k])
        ]
        return Retrieval(
            passages, frozenset(named), frozenset(trusted), frozenset(named) if kept else frozenset(), ignore, frozenset(by_council)
        )
