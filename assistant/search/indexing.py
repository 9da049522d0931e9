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

from assistant import paths
from assistant.search import index_store as store
from assistant.documents.chunking import Chunker
from assistant.domain import Chunk
from assistant.search.embedding import Embedder
from assistant.documents.loading import CorpusScan, LoadProblem, SourceFile, file_sha256, iter_documents, walk_corpus
from assistant.settings import Settings

ProgressFn = Callable[[str, int, int], None]  # (stage, done, total)
LogFn = Callable[[str], None]
EMBED_BATCH = 256


def _read_one(source: SourceFile, max_file_bytes: int):
    """One file read and extracted (in the reader process): the document or its problem, and the seconds."""
    clock = time.perf_counter()
    [item] = list(iter_documents([source], max_file_bytes))
    return item, time.perf_counter() - clock


class _InlineReader:
    """The files read one by one in the build's own thread."""

    def __init__(self, sources: list[SourceFile], max_file_bytes: int, seconds: dict[str, float]):
        self._sources = iter(sources)
        self._max_file_bytes = max_file_bytes
        self._seconds = seconds

    def next(self):
        item, seconds = _read_one(next(self._sources), self._max_file_bytes)
        self._seconds["extract"] += seconds
        return item

    def close(self) -> None:
        pass


class _ProcessReader(_InlineReader):
    """The files read ahead in a process of their own (``reader_worker``) while this one embeds.

    PDF extraction is Python and holds one core; while a file is read inline the second core
    idles, and onnxruntime's batches leave gaps too. A thread would not do: the GIL makes the
    chunker wait on the reader (measured: no faster). multiprocessing would re-run the main
    module in its child, so the reader is a plain subprocess, its results handed over in files.
    The build holds at most ``AHEAD`` + 1 documents' text.
    """

    AHEAD = 2

    def __init__(self, sources: list[SourceFile], max_file_bytes: int, seconds: dict[str, float], workdir: Path):
        import pickle
        import subprocess
        import sys

        self._seconds = seconds
        self._count = len(sources)
        self._taken = 0
        self._job = workdir / "read-job"
        self._job.write_bytes(pickle.dumps((list(sources), max_file_bytes, self.AHEAD)))
        self._process = subprocess.Popen(
            [sys.executable, "-m", "assistant.search.reader_worker", str(self._job)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )

    def next(self):
        import pickle

        line = self._process.stdout.readline()
        if not line.strip():
            raise RuntimeError(f"the reader process stopped (exit {self._process.poll()})")
        path = self._job.with_name(f"{self._job.stem}-{int(line)}.pickle")
        kind, value = pickle.loads(path.read_bytes())
        path.unlink()
        self._taken += 1
        if self._taken < self._count:
            try:
                self._process.stdin.write("\n")  # one more ahead
                self._process.stdin.flush()
            except OSError:
                pass
        if kind == "error":
            raise value
        item, seconds = value
        self._seconds["extract"] += seconds
        return item

    def close(self) -> None:
        import shutil

        try:
            self._process.stdin.close()
        except OSError:
            pass
        try:
            self._process.wait(timeout=2)
        except Exception:
            self._process.kill()
            self._process.wait()
        self._process.stdout.close()
        shutil.rmtree(self._job.parent, ignore_errors=True)


READ_AHEAD = True  # a reader process for corpora worth it (below)
READ_AHEAD_MIN_BYTES = 4 << 20  # of PDF and Word files to read: under it, starting a process costs more than it saves


def _reader(sources: list[SourceFile], max_file_bytes: int, seconds: dict[str, float], index_dir: Path):
    heavy = sum(s.size for s in sources if s.path.suffix.lower() in (".pdf", ".docx"))
    if READ_AHEAD and len(sources) >= 3 and heavy >= READ_AHEAD_MIN_BYTES:
        import tempfile

        workdir = Path(tempfile.mkdtemp(prefix=".tmp-read-", dir=index_dir))  # a killed build's is pruned like its generation
        try:
            return _ProcessReader(sources, max_file_bytes, seconds, workdir)
        except OSError:  # no process to be had: read inline
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)
    return _InlineReader(sources, max_file_bytes, seconds)


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
    skipped: list[tuple[str, str]] = field(default_factory=list)  # links, deep or unreadable folders: (path, why)
    seconds: float = 0.0
    generation: str = ""
    pages: int = 0  # pages of the PDF files read afresh (not reused)
    # Where the time went: extract (reading files), chunk, embed, publish (FAISS, BM25, hashes).
    stage_seconds: dict[str, float] = field(
        default_factory=lambda: {"extract": 0.0, "chunk": 0.0, "embed": 0.0, "embed sentences": 0.0, "publish": 0.0}
    )

    def summary(self) -> str:
        text = (
            f"indexed {self.documents} document(s), {self.chunks} chunks "
            f"({self.embedded} embedded, {self.reused} reused) in {self.seconds:.1f} s"
        )
        if self.removed:
            text += f"; removed {len(self.removed)}"
        if self.failed or self.skipped:  # one for each line listed above it: unreadable files, links, pipes, folders
            text += f"; {len(self.failed) + len(self.skipped)} file(s) skipped"
        return text


def embed_sentences(text: str, chunks: list[Chunk], embedder: Embedder) -> store.SentenceVectors:
    """Every sentence the answer step may read of these chunks (``passage_sentence_spans``), with
    its vector: the pre-filter then chooses the sentences the model reads by meaning as well as by
    words. A sentence two chunks share is embedded once."""
    from assistant.documents.spans import passage_sentence_spans

    spans: list[tuple[int, int, int]] = []
    unique: dict[tuple[int, int], int] = {}
    for index, chunk in enumerate(chunks):
        for start, end, _ in passage_sentence_spans(text, chunk.start, chunk.end):
            spans.append((index, start, end))
            unique.setdefault((start, end), len(unique))
    keys = list(unique)
    vectors = np.zeros((len(keys), embedder.dimension), dtype=np.float32)
    for begin in range(0, len(keys), EMBED_BATCH):
        batch = keys[begin : begin + EMBED_BATCH]
        vectors[begin : begin + len(batch)] = embedder.embed([text[start:end] for start, end in batch])
    return store.SentenceVectors(spans, vectors[[unique[(start, end)] for _, start, end in spans]] if spans else vectors)


def _scan(settings: Settings) -> CorpusScan:
    try:
        return walk_corpus(settings.corpus_dir, follow_external_links=settings.follow_external_links, index_dir=settings.index_dir)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise CorpusError(str(exc)) from None


def _sha256_or_none(path: Path) -> str | None:
    """The file's hash, or None when it cannot be read (it is then reported by the build)."""
    try:
        return file_sha256(path)
    except OSError:
        return None


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
    sources = _scan(settings).sources
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
    built_ns = _written_ns(generation) if _same_corpus(manifest, settings) else 0
    status = store.IndexStatus("fresh", generation=generation if verify else None)
    for source in sources:
        entry = known.get(source.doc_id)
        if entry is None:
            status.added.append(source.doc_id)
        elif not _same_file(entry, source, built_ns):
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


def _written_ns(generation: Path) -> int:
    """When a generation's manifest was written (0 when unknown: every file is then hashed)."""
    try:
        return (generation / paths.MANIFEST).stat().st_mtime_ns
    except OSError:
        return 0


def _corpus_path(settings: Settings) -> str:
    try:
        return str(settings.corpus_dir.resolve())
    except (OSError, RuntimeError):
        return str(settings.corpus_dir.absolute())


def _same_corpus(manifest: dict, settings: Settings) -> bool:
    """Whether the index was built from this corpus folder. Another folder may hold files of the
    same names, sizes and times (a copy made with `cp -p`, a second checkout): its files are then
    compared by sha256, never by size and time alone. An index that recorded a relative folder
    (before 2026-12-07) cannot say which folder it was, so it is compared by sha256 too."""
    recorded = manifest.get("corpus_dir")
    return isinstance(recorded, str) and Path(recorded).is_absolute() and recorded == _corpus_path(settings)


def _same_file(entry: dict, source: SourceFile, indexed_ns: int) -> bool:
    """Whether a file is the one indexed: size and mtime, and its sha256 when those differ or
    when the file changed (ctime) after the index was written, since size and mtime can be kept
    or set back (`touch -d`, `cp -p`, `rsync -t`) over new contents. Unreadable counts as changed."""
    if entry.get("size") == source.size and entry.get("mtime_ns") == source.mtime_ns and source.ctime_ns <= indexed_ns:
        return True
    return _sha256_or_none(source.path) == entry.get("sha256")


def _previous(settings: Settings, embedder: Embedder) -> store.PreviousGeneration | None:
    """The published generation, if compatible and intact: its vectors are reused."""
    try:
        generation, manifest = store.read_manifest(settings.index_dir)
        problems = _compatibility_problems(manifest, settings, embedder)
        if problems and not _vectors_reusable(manifest, embedder):
            return None
        store.verify_files(generation, manifest)
        previous = store.PreviousGeneration(generation, manifest)
        # Another schema or chunker: documents are read and chunked afresh, but a chunk whose text
        # (and so id) is unchanged keeps its vector, which depends only on the text and the model.
        previous.documents_reusable = not problems
        return previous
    except (store.IndexError_, OSError, ValueError, KeyError, TypeError):
        return None


def _vectors_reusable(manifest: dict, embedder: Embedder) -> bool:
    return manifest.get("model_id") == embedder.model_id and manifest.get("dimension") == embedder.dimension


def build_index(
    settings: Settings,
    embedder: Embedder,
    *,
    log: LogFn = lambda message: None,
    progress: ProgressFn | None = None,
    wait_for_lock: bool = True,
) -> BuildReport:
    """Stream the corpus file by file into a new generation; publish it only when complete.

    Memory holds one file's text at a time, plus the vectors and BM25 token ids of all chunks.
    """
    import numpy as np

    started = time.perf_counter()
    scan = _scan(settings)
    sources, ignored = scan.sources, scan.ignored
    for doc_id, reason in scan.skipped:
        log(f"skipped {doc_id}: {reason}")
    if not sources:
        raise CorpusError(f"corpus folder {settings.corpus_dir} holds no supported files (.txt, .md, .pdf, .docx, .html)")
    with store.BuildLock(settings.index_dir, wait=wait_for_lock, on_wait=log):
        report = BuildReport(ignored=ignored, skipped=scan.skipped)
        previous = _previous(settings, embedder)
        old_files: dict = previous.manifest["files"] if previous else {}
        previous_ns = _written_ns(previous.generation) if previous and _same_corpus(previous.manifest, settings) else 0
        chunker = Chunker(settings.chunker)
        files_meta: dict[str, dict] = {}
        failed_meta: dict[str, dict] = {}
        writer = store.GenerationWriter(settings.index_dir, embedder.dimension)
        try:

            def unchanged(source: SourceFile) -> bool:
                entry = old_files.get(source.doc_id)
                if not entry or not previous.documents_reusable or source.doc_id not in previous.document_offsets:
                    return False
                return _same_file(entry, source, previous_ns)

            def keep_previous(source: SourceFile) -> None:
                record = previous.document(source.doc_id)
                writer.add_document(record)
                chunks, rows = previous.chunks(source.doc_id)
                sentences = previous.sentences(rows)
                if sentences is None:  # a generation without them: embedded now
                    clock = time.perf_counter()
                    sentences = embed_sentences(record.text, chunks, embedder)
                    report.stage_seconds["embed sentences"] += time.perf_counter() - clock
                writer.add_chunks(chunks, previous.vectors[rows] if rows else np.zeros((0, embedder.dimension), np.float32), sentences)
                report.reused += len(chunks)

            def build_one(number: int, source: SourceFile, reused: bool, reader) -> None:
                if reused:
                    keep_previous(source)
                    files_meta[source.doc_id] = dict(old_files[source.doc_id], size=source.size, mtime_ns=source.mtime_ns)
                else:
                    item = reader.next()
                    if isinstance(item, LoadProblem):
                        report.failed.append(item)
                        kept = (
                            bool(previous)
                            and previous.documents_reusable
                            and source.doc_id in old_files
                            and source.doc_id in previous.document_offsets
                        )
                        failed_meta[source.doc_id] = {
                            "sha256": item.sha256,
                            "reason": item.reason,
                            "size": source.size,
                            "mtime_ns": source.mtime_ns,
                            "kept_previous": kept,
                        }
                        if kept:
                            # Nothing already indexed is lost: the last good version stays searchable.
                            keep_previous(source)
                            files_meta[source.doc_id] = old_files[source.doc_id]
                            log(f"skipped {item}; the previously indexed version is kept")
                        else:
                            log(f"skipped {item}")
                    else:
                        clock = time.perf_counter()
                        doc_chunks = chunker.chunk(item)
                        report.stage_seconds["chunk"] += time.perf_counter() - clock
                        report.pages += len(item.pages)
                        vectors = np.zeros((len(doc_chunks), embedder.dimension), dtype=np.float32)
                        to_embed = []
                        old_rows = [previous.rows.get(c.id) if previous else None for c in doc_chunks]
                        for row, old_row in enumerate(old_rows):
                            if old_row is not None:
                                vectors[row] = previous.vectors[old_row]
                                report.reused += 1
                            else:
                                to_embed.append(row)
                        clock = time.perf_counter()
                        for begin in range(0, len(to_embed), EMBED_BATCH):
                            rows = to_embed[begin : begin + EMBED_BATCH]
                            vectors[rows] = embedder.embed([doc_chunks[r].text for r in rows])
                        report.stage_seconds["embed"] += time.perf_counter() - clock
                        report.embedded += len(to_embed)
                        clock = time.perf_counter()
                        sentences = embed_sentences(item.text, doc_chunks, embedder)
                        report.stage_seconds["embed sentences"] += time.perf_counter() - clock
                        writer.add_document(
                            store.DocumentRecord(item.id, item.title, item.sha256, item.format, item.text, item.headings, item.pages, item.file_title)
                        )
                        writer.add_chunks(doc_chunks, vectors, sentences)
                        files_meta[item.id] = {
                            "sha256": item.sha256,
                            "size": source.size,
                            "mtime_ns": source.mtime_ns,
                            "chunks": len(doc_chunks),
                            "title": item.title,
                            "format": item.format,
                            "pages": len(item.pages) or None,
                        }
                        del doc_chunks, vectors  # written: release the text before the next file
                    del item
                if progress:
                    progress("files", number, len(sources))

            reuse = [bool(previous) and unchanged(source) for source in sources]
            reader = _reader([s for s, r in zip(sources, reuse) if not r], settings.max_file_bytes, report.stage_seconds, settings.index_dir)
            try:
                for number, (source, reused) in enumerate(zip(sources, reuse), 1):
                    build_one(number, source, reused, reader)
            finally:
                reader.close()

            if not writer.documents:
                problems = "; ".join(str(p) for p in report.failed[:3])
                raise CorpusError(f"no readable documents in {settings.corpus_dir} ({problems})")
            report.removed = sorted(set(old_files) - {s.doc_id for s in sources})
            manifest = {
                "schema_version": store.SCHEMA_VERSION,
                "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "model_id": embedder.model_id,
                "dimension": embedder.dimension,
                "chunker": store.chunker_fingerprint(settings.chunker),
                "corpus_dir": _corpus_path(settings),
                "files": files_meta,
                "failed": failed_meta,
                "ignored": ignored,
                "skipped": [list(item) for item in scan.skipped],
                "counts": {"documents": writer.documents, "chunks": writer.chunks},
            }
            report.documents = writer.documents
            report.chunks = writer.chunks
            clock = time.perf_counter()
            generation = writer.publish(manifest, settings.flat_index_limit)
            report.stage_seconds["publish"] = time.perf_counter() - clock
        except BaseException:
            writer.abort()
            raise
        report.generation = generation.name
        report.seconds = time.perf_counter() - started
        return report
