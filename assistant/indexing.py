"""Build and check the index: embed only new or changed files, drop removed ones.

The build streams the corpus file by file; unchanged files keep their chunks and vectors from
the previous generation.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from assistant import index_store as store
from assistant.chunking import Chunker
from assistant.domain import Chunk
from assistant.embedding import Embedder
from assistant.loading import LoadProblem, SourceFile, file_sha256, iter_documents, scan_corpus
from assistant.settings import Settings

ProgressFn = Callable[[str, int, int], None]  # (stage, done, total)
LogFn = Callable[[str], None]
EMBED_BATCH = 256


class CorpusError(Exception):
    """The corpus folder is missing, not a folder, or holds nothing to index."""


@dataclass
class BuildReport:
    documents: int = 0
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    removed: list[str] = field(default_factory=list)
    failed: list[LoadProblem] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    seconds: float = 0.0
    generation: str = ""

    def summary(self) -> str:
        text = (
            f"indexed {self.documents} document(s), {self.chunks} chunks "
            f"({self.embedded} embedded, {self.reused} reused) in {self.seconds:.1f} s"
        )
        if self.removed:
            text += f"; removed {len(self.removed)}"
        if self.failed:
            text += f"; {len(self.failed)} file(s) skipped"
        return text


def _scan(settings: Settings) -> tuple[list[SourceFile], list[str]]:
    try:
        return scan_corpus(settings.corpus_dir)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise CorpusError(str(exc)) from None


def _compatibility_problems(manifest: dict, settings: Settings, embedder: Embedder) -> list[str]:
    problems = []
    if manifest.get("schema_version") != store.SCHEMA_VERSION:
        problems.append(f"schema version {manifest.get('schema_version')} (this program writes {store.SCHEMA_VERSION})")
    if manifest.get("model_id") != embedder.model_id:
        problems.append(f"built with model {manifest.get('model_id')!r}, not {embedder.model_id!r}")
    if manifest.get("dimension") != embedder.dimension:
        problems.append(f"dimension {manifest.get('dimension')} differs from the model's {embedder.dimension}")
    if manifest.get("chunker") != store.chunker_fingerprint(settings.chunker):
        problems.append("chunker settings changed")
    return problems


def check_index(settings: Settings, embedder: Embedder, verify: bool = True) -> store.IndexStatus:
    """Compare the index with the corpus and the settings, cheaply (size and mtime first)."""
    sources, _ = _scan(settings)
    try:
        generation, manifest = store.read_manifest(settings.index_dir)
        if verify:
            store.verify_files(generation, manifest)
    except store.IndexMissing as exc:
        return store.IndexStatus("missing", [str(exc)])
    except store.IndexCorrupt as exc:
        return store.IndexStatus("corrupt", [str(exc)])
    problems = _compatibility_problems(manifest, settings, embedder)
    if problems:
        return store.IndexStatus("incompatible", problems)
    # A file that failed is judged by the bytes that failed, even if an older version stays indexed.
    known = {**manifest.get("files", {}), **manifest.get("failed", {})}
    status = store.IndexStatus("fresh")
    for source in sources:
        entry = known.get(source.doc_id)
        if entry is None:
            status.added.append(source.doc_id)
        elif not (entry.get("size") == source.size and entry.get("mtime_ns") == source.mtime_ns):
            if file_sha256(source.path) != entry.get("sha256"):
                status.changed.append(source.doc_id)
    present = {s.doc_id for s in sources}
    status.removed = sorted(set(known) - present)
    if status.added or status.changed or status.removed:
        status.state = "stale"
        for label, items in (("new", status.added), ("changed", status.changed), ("removed", status.removed)):
            if items:
                shown = ", ".join(items[:3]) + (f" and {len(items) - 3} more" if len(items) > 3 else "")
                status.reasons.append(f"{label}: {shown}")
    return status


def _previous(settings: Settings, embedder: Embedder):
    """The previous generation's documents, chunks and vectors, if compatible and intact."""
    try:
        generation, manifest = store.read_manifest(settings.index_dir)
        if _compatibility_problems(manifest, settings, embedder):
            return None
        store.verify_files(generation, manifest)
        documents = store.read_documents(generation)
        chunks = store.read_chunks(generation)
        vectors = np.load(generation / "vectors.npy", mmap_mode="r")
        if len(vectors) != len(chunks):
            return None
        return manifest, documents, chunks, vectors
    except (store.IndexError_, OSError, ValueError, KeyError, TypeError):
        return None


def build_index(
    settings: Settings,
    embedder: Embedder,
    *,
    log: LogFn = lambda message: None,
    progress: ProgressFn | None = None,
    wait_for_lock: bool = True,
) -> BuildReport:
    started = time.perf_counter()
    sources, ignored = _scan(settings)
    if not sources:
        raise CorpusError(f"corpus folder {settings.corpus_dir} holds no supported files (.txt, .md, .pdf, .docx, .html)")
    with store.BuildLock(settings.index_dir, wait=wait_for_lock, on_wait=log):
        report = BuildReport(ignored=ignored)
        previous = _previous(settings, embedder)
        old_files: dict = previous[0]["files"] if previous else {}
        old_docs = previous[1] if previous else {}
        old_chunks_by_doc: dict[str, list[int]] = {}
        old_vector_rows: dict[str, int] = {}
        if previous:
            for row, chunk in enumerate(previous[2]):
                old_chunks_by_doc.setdefault(chunk.doc_id, []).append(row)
                old_vector_rows[chunk.id] = row
        chunker = Chunker(settings.chunker)
        documents: list[store.DocumentRecord] = []
        chunks: list[Chunk] = []
        rows_to_copy: list[tuple[int, int]] = []  # (new row, old row)
        to_embed: list[int] = []
        files_meta: dict[str, dict] = {}
        failed_meta: dict[str, dict] = {}
        by_id = {s.doc_id: s for s in sources}

        def unchanged(source: SourceFile) -> bool:
            entry = old_files.get(source.doc_id)
            if not entry or source.doc_id not in old_docs:
                return False
            if entry.get("size") == source.size and entry.get("mtime_ns") == source.mtime_ns:
                return True
            return file_sha256(source.path) == entry.get("sha256")

        fresh_sources = []
        for source in sources:
            if unchanged(source):
                record = old_docs[source.doc_id]
                documents.append(record)
                for old_row in old_chunks_by_doc.get(source.doc_id, []):
                    rows_to_copy.append((len(chunks), old_row))
                    chunks.append(previous[2][old_row])
                entry = dict(old_files[source.doc_id], size=source.size, mtime_ns=source.mtime_ns)
                files_meta[source.doc_id] = entry
            else:
                fresh_sources.append(source)

        for item in iter_documents(fresh_sources, settings.max_file_bytes):
            if isinstance(item, LoadProblem):
                report.failed.append(item)
                kept = item.doc_id in old_docs and item.doc_id in old_files
                failed_meta[item.doc_id] = {
                    "sha256": item.sha256,
                    "reason": item.reason,
                    "size": by_id[item.doc_id].size,
                    "mtime_ns": by_id[item.doc_id].mtime_ns,
                    "kept_previous": kept,
                }
                if kept:
                    # Nothing already indexed is lost: the last good version stays searchable.
                    documents.append(old_docs[item.doc_id])
                    for old_row in old_chunks_by_doc.get(item.doc_id, []):
                        rows_to_copy.append((len(chunks), old_row))
                        chunks.append(previous[2][old_row])
                    files_meta[item.doc_id] = old_files[item.doc_id]
                    log(f"skipped {item}; the previously indexed version is kept")
                else:
                    log(f"skipped {item}")
                continue
            doc_chunks = chunker.chunk(item)
            documents.append(
                store.DocumentRecord(item.id, item.title, item.sha256, item.format, item.text, item.headings, item.pages)
            )
            for chunk in doc_chunks:
                old_row = old_vector_rows.get(chunk.id)
                if old_row is not None:
                    rows_to_copy.append((len(chunks), old_row))
                else:
                    to_embed.append(len(chunks))
                chunks.append(chunk)
            source = by_id[item.id]
            files_meta[item.id] = {
                "sha256": item.sha256,
                "size": source.size,
                "mtime_ns": source.mtime_ns,
                "chunks": len(doc_chunks),
                "title": item.title,
                "format": item.format,
                "pages": len(item.pages) or None,
            }

        if not documents:
            problems = "; ".join(str(p) for p in report.failed[:3])
            raise CorpusError(f"no readable documents in {settings.corpus_dir} ({problems})")
        order = {doc_id: i for i, doc_id in enumerate(by_id)}
        documents.sort(key=lambda d: order[d.id])
        vectors = np.zeros((len(chunks), embedder.dimension), dtype=np.float32)
        for new_row, old_row in rows_to_copy:
            vectors[new_row] = previous[3][old_row]
        for begin in range(0, len(to_embed), EMBED_BATCH):
            rows = to_embed[begin : begin + EMBED_BATCH]
            vectors[rows] = embedder.embed([chunks[r].text for r in rows])
            if progress:
                progress("embedding", min(begin + EMBED_BATCH, len(to_embed)), len(to_embed))

        # Keep chunks grouped by document, in corpus order, for stable output.
        permutation = sorted(range(len(chunks)), key=lambda r: (order[chunks[r].doc_id], chunks[r].position))
        chunks = [chunks[r] for r in permutation]
        vectors = vectors[permutation] if len(permutation) else vectors

        report.removed = sorted(set(old_files) - set(by_id))
        manifest = {
            "schema_version": store.SCHEMA_VERSION,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "model_id": embedder.model_id,
            "dimension": embedder.dimension,
            "chunker": store.chunker_fingerprint(settings.chunker),
            "corpus_dir": str(settings.corpus_dir),
            "files": files_meta,
            "failed": failed_meta,
            "ignored": ignored,
            "counts": {"documents": len(documents), "chunks": len(chunks)},
        }
        generation = store.write_generation(
            settings.index_dir, manifest, documents, chunks, vectors, settings.flat_index_limit
        )
        report.documents = len(documents)
        report.chunks = len(chunks)
        report.embedded = len(to_embed)
        report.reused = len(rows_to_copy)
        report.generation = generation.name
        report.seconds = time.perf_counter() - started
        return report
