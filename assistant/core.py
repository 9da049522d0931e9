"""The ``Assistant`` facade: the one object the CLI, the chat and the evaluation harness call."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Iterable

from assistant.domain import Answer, Passage
from assistant.search import index_store as store
from assistant.settings import Settings

if TYPE_CHECKING:  # the heavy modules (numpy, faiss, onnxruntime) load on first use, not at import:
    from assistant.search.embedding import Embedder  # the chat paints before any of them is needed
    from assistant.search.indexing import BuildReport, LogFn, ProgressFn
    from assistant.search.retrieval import LoadedIndex, Retriever


class AssistantError(Exception):
    """A problem a user can act on; the message is one line."""


class Assistant:
    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None):
        from assistant.search.encoders import make_embedder

        self.settings = settings or Settings.from_env()
        self.embedder = embedder or make_embedder(self.settings)
        self._index: LoadedIndex | None = None
        self._retriever: Retriever | None = None
        self._answerer_instance = None
        self._verified_generation = None  # checked by status(): loading need not hash it again
        self._lock = threading.RLock()

    @property
    def _answerer(self):
        if self._answerer_instance is None:
            from assistant.answers.answering import Answerer

            self._answerer_instance = Answerer(
                self.embedder,
                threshold=self.settings.abstain_threshold,
                max_sentences=self.settings.answer_sentences,
                margin=self.settings.answer_margin,
            )
        return self._answerer_instance

    # ------------------------------------------------------------ index lifecycle

    def status(self) -> store.IndexStatus:
        from assistant.search.indexing import CorpusError, check_index

        try:
            return check_index(self.settings, self.embedder)
        except CorpusError as exc:
            raise AssistantError(str(exc)) from None

    def build(self, *, log: LogFn = lambda m: None, progress: ProgressFn | None = None, wait: bool = True) -> BuildReport:
        from assistant.search.indexing import CorpusError, build_index

        try:
            report = build_index(self.settings, self.embedder, log=log, progress=progress, wait_for_lock=wait)
        except (CorpusError, store.IndexError_) as exc:
            raise AssistantError(str(exc)) from None
        with self._lock:
            self._index = None
            self._retriever = None
        return report

    def prepare(
        self,
        *,
        build: bool = True,
        log: LogFn = lambda m: None,
        progress: ProgressFn | None = None,
    ) -> BuildReport | None:
        """Make the index current (or report why it is not), load it, and warm the model."""
        status = self.status()
        self._verified_generation = status.generation
        report = None
        if not status.usable:
            if not build:
                raise AssistantError(f"{status.describe()} ({self.settings.index_dir}); run `assistant index`")
            log(f"{status.describe()}; building")
            report = self.build(log=log, progress=progress)
        self.load_index()
        load = getattr(self.embedder, "load", None)
        if load:
            load()
        return report

    def load_index(self) -> LoadedIndex:
        with self._lock:
            if self._index is None:
                from assistant.search.retrieval import Retriever

                self._index = self._load_published_index()
                self._retriever = Retriever(
                    self._index, self.settings.candidates, self.settings.rrf_k, self.settings.hnsw_ef_search
                )
            return self._index

    def _load_published_index(self, attempts: int = 3) -> LoadedIndex:
        """Load the generation ``CURRENT`` names; if a build swapped it mid-load, load the new one."""
        from assistant.search.retrieval import LoadedIndex

        for attempt in range(attempts):
            before = store.current_generation_or_none(self.settings.index_dir)
            try:
                return LoadedIndex.load(self.settings.index_dir, verify=before != self._verified_generation)
            except store.IndexError_ as exc:
                after = store.current_generation_or_none(self.settings.index_dir)
                if after is not None and after != before and attempt + 1 < attempts:
                    continue  # a concurrent build published a new generation while we read
                raise AssistantError(str(exc)) from None
        raise AssertionError("unreachable")

    def reload_if_rebuilt(self) -> bool:
        """Pick up a generation another process published; the old one stays usable until then."""
        with self._lock:
            current = store.current_generation_or_none(self.settings.index_dir)
            if self._index is not None and current is not None and current != self._index.generation:
                self._index = None
                self.load_index()
                return True
            return False

    # ------------------------------------------------------------ questions

    def documents(self) -> list[store.DocumentRecord]:
        return list(self.load_index().documents.values())

    def document_text(self, doc_id: str) -> str | None:
        record = self.load_index().documents.get(doc_id)
        return record.text if record else None

    def _check_documents(self, documents: Iterable[str] | None) -> set[str] | None:
        if not documents:
            return None
        wanted = set(documents)
        unknown = wanted - set(self.load_index().documents)
        if unknown:
            raise AssistantError(f"unknown document(s): {', '.join(sorted(unknown))}")
        return wanted

    def retrieve(
        self, question: str, *, top_k: int | None = None, mode: str | None = None, documents: Iterable[str] | None = None
    ) -> tuple[list[Passage], object]:
        from assistant.answers.answering import clean_question

        self.load_index()
        cleaned = clean_question(question)
        mode = mode or self.settings.retrieval_mode
        vector = self.embedder.embed([cleaned])[0] if mode != "keyword" else None
        passages = self._retriever.search(cleaned, vector, top_k or self.settings.top_k, mode, self._check_documents(documents))
        return passages, vector

    def ask(
        self,
        question: str,
        *,
        top_k: int | None = None,
        mode: str | None = None,
        documents: Iterable[str] | None = None,
    ) -> Answer:
        from assistant.answers.answering import clean_question, verify_citations

        cleaned = clean_question(question)
        if not cleaned:
            raise AssistantError("the question is empty")
        started = time.perf_counter()
        index = self.load_index()
        vector = self.embedder.embed([cleaned])[0]
        embedded = time.perf_counter()
        passages = self._retriever.search(
            cleaned, vector, top_k or self.settings.top_k, mode or self.settings.retrieval_mode, self._check_documents(documents)
        )
        retrieved = time.perf_counter()
        titles = {doc_id: record.title for doc_id, record in index.documents.items()}
        answer = self._answerer.compose(
            question, vector, passages, titles, locate=index.locate, term_weight=index.term_weight
        )
        verify_citations(answer, self.document_text)
        done = time.perf_counter()
        timings = {
            "embed_query": (embedded - started) * 1000,
            "retrieve": (retrieved - embedded) * 1000,
            "answer": (done - retrieved) * 1000,
            "total": (done - started) * 1000,
        }
        return Answer(answer.question, answer.text, answer.abstained, answer.citations, answer.passages, timings)


def make_assistant(settings: Settings) -> Assistant:
    """The one factory for the facade; the CLI calls it (and tests swap in a shared, preloaded one)."""
    return Assistant(settings)
