"""Sentence vectors in the index: each chunk's sentences the answer step may read, embedded when the
index is built, reused with their chunks, and looked up by (document, start, end)."""

import numpy as np

from assistant import paths
from assistant.documents.spans import passage_sentence_spans
from assistant.search import index_store as store
from assistant.search.indexing import build_index
from assistant.search.retrieval import LoadedIndex


class CountingEmbedder:
    """The hashing embedder, counting the texts it is given."""

    def __init__(self, inner):
        self.inner = inner
        self.model_id = inner.model_id
        self.dimension = inner.dimension
        self.texts: list[str] = []

    def embed(self, texts, *, progress=False):
        self.texts += list(texts)
        return self.inner.embed(texts)


def test_every_sentence_the_answer_step_reads_has_its_own_vector(mini_settings, hashing_embedder):
    report = build_index(mini_settings, hashing_embedder)
    loaded = LoadedIndex.load(mini_settings.index_dir)
    spans = [
        (chunk.doc_id, start, end)
        for chunk in loaded.chunks
        for start, end, _ in passage_sentence_spans(loaded.documents[chunk.doc_id].text, chunk.start, chunk.end)
    ]
    assert spans and report.stage_seconds["embed sentences"] >= 0
    vectors, found = loaded.sentence_vectors(spans)
    assert found.all()
    texts = [loaded.documents[doc].text[start:end] for doc, start, end in spans]
    assert np.allclose(vectors, hashing_embedder.embed(texts), atol=2e-3)  # stored in half precision
    assert loaded.manifest["counts"]["sentences"] == len(spans)
    assert paths.SENTENCES_FILE in loaded.manifest["index_files"]


def test_a_span_the_index_does_not_hold_reads_as_zeros(mini_settings, hashing_embedder):
    build_index(mini_settings, hashing_embedder)
    loaded = LoadedIndex.load(mini_settings.index_dir)
    doc = next(iter(loaded.documents))
    vectors, found = loaded.sentence_vectors([(doc, 0, 3), ("no-such.txt", 0, 10)])
    assert not found.any() and not vectors.any()


def test_unchanged_files_keep_their_sentence_vectors(mini_settings, hashing_embedder):
    build_index(mini_settings, hashing_embedder)
    before = LoadedIndex.load(mini_settings.index_dir)
    kept = [(c.doc_id, c.start, c.end) for c in before.chunks if c.doc_id == "harbour.md"]
    (mini_settings.corpus_dir / "new.md").write_text("# New\n\nFresh findings about the ferries were published in May.")
    counting = CountingEmbedder(hashing_embedder)
    build_index(mini_settings, counting)
    assert counting.texts and all("ferries" in text or "New" in text for text in counting.texts)  # only the new file's
    after = LoadedIndex.load(mini_settings.index_dir)
    assert [(c.doc_id, c.start, c.end) for c in after.chunks if c.doc_id == "harbour.md"] == kept
    spans = [
        (chunk.doc_id, start, end)
        for chunk in after.chunks
        for start, end, _ in passage_sentence_spans(after.documents[chunk.doc_id].text, chunk.start, chunk.end)
    ]
    assert after.sentence_vectors(spans)[1].all()


def test_a_generation_written_without_sentences_has_none(tmp_path, hashing_embedder):
    """Synthetic generations (the benchmarks') hold no sentence vectors: the pre-filter then reads
    by words alone, and nothing fails."""
    from assistant.domain import Chunk

    text = "The ferry service stopped in 2019. A new operator started in 2021."
    record = store.DocumentRecord("a.txt", "A", "0" * 64, "txt", text)
    chunk = Chunk(id="c0", doc_id="a.txt", start=0, end=len(text), position=0, text=text)
    manifest = {"schema_version": store.SCHEMA_VERSION, "model_id": "m", "dimension": hashing_embedder.dimension, "files": {}, "failed": {}}
    store.write_generation(tmp_path, manifest, [record], [chunk], hashing_embedder.embed([text]), flat_index_limit=1000)
    loaded = LoadedIndex.load(tmp_path)
    assert not (loaded.generation / paths.SENTENCE_VECTORS_FILE).exists()
    assert loaded.sentence_vectors([("a.txt", 0, 34)]) is None
