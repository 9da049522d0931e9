"""The index on disk: generations, a manifest, atomic replacement, a build lock, and checks.

Layout of an index folder::

    CURRENT        names the generation in use (replaced atomically)
    gen-*/         manifest.json, documents.jsonl, chunks.jsonl, vectors.npy, vectors.faiss, bm25/
    .lock          held by a build

Readers resolve ``CURRENT`` once and read only that generation, which is never modified after
it is published; the previous generation is kept, so a reader that resolved it just before a
swap still finds it whole.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:
    import numpy as np

from assistant import paths
from assistant.domain import Chunk, Document
from assistant.loading import file_sha256
from assistant.settings import ChunkerSettings

SCHEMA_VERSION = 4
CHUNKER_VERSION = 1  # bump when the chunking rules change, so old indexes are rebuilt


class IndexError_(Exception):
    """Base for index problems; messages are one line and name the folder."""


class IndexMissing(IndexError_):
    pass


class IndexCorrupt(IndexError_):
    pass


class IndexBusy(IndexError_):
    pass


class IndexNotWritable(IndexError_):
    pass


@dataclass(frozen=True)
class DocumentRecord:
    id: str
    title: str
    sha256: str
    format: str
    text: str
    headings: tuple = ()
    pages: tuple = ()

    def to_document(self) -> "Document":
        return Document(self.id, self.title, self.text, self.sha256, self.format, self.headings, self.pages)


@dataclass
class IndexStatus:
    state: str  # fresh | missing | stale | incompatible | corrupt
    reasons: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return self.state == "fresh"

    def describe(self) -> str:
        if self.state == "fresh":
            return "index is up to date"
        return f"index is {self.state}: " + "; ".join(self.reasons)


def chunker_fingerprint(settings: ChunkerSettings) -> dict:
    return {**asdict(settings), "version": CHUNKER_VERSION}


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text_atomic(path: Path, text: str) -> None:
    """Write beside the target, fsync, then rename over it: readers see old or new, never half."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


# ---------------------------------------------------------------- locking


class BuildLock:
    """An exclusive ``flock`` on ``index/.lock``; released by the OS if the build is killed."""

    def __init__(self, index_dir: Path, wait: bool = True, on_wait=None):
        self.index_dir = index_dir
        self.wait = wait
        self.on_wait = on_wait
        self._fd: int | None = None

    def __enter__(self) -> "BuildLock":
        ensure_writable(self.index_dir)
        path = self.index_dir / paths.INDEX_LOCK
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            holder = os.pread(self._fd, 64, 0).decode("ascii", "replace").strip() or "another process"
            if not self.wait:
                os.close(self._fd)
                self._fd = None
                raise IndexBusy(f"{self.index_dir}: another build is running (pid {holder}); try again when it ends") from None
            if self.on_wait:
                self.on_wait(f"waiting for another build of {self.index_dir} (pid {holder}) to finish")
            fcntl.flock(self._fd, fcntl.LOCK_EX)
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, str(os.getpid()).encode(), 0)
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def ensure_writable(index_dir: Path) -> None:
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IndexNotWritable(f"cannot create index folder {index_dir}: {exc.strerror or exc}") from None
    if not os.access(index_dir, os.W_OK | os.X_OK):
        raise IndexNotWritable(f"index folder is not writable: {index_dir}")


# ---------------------------------------------------------------- reading


def current_generation(index_dir: Path) -> Path | None:
    pointer = index_dir / paths.INDEX_POINTER
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IndexCorrupt(f"{pointer}: cannot be read ({exc.strerror or exc})") from None
    if not name or "/" in name or name.startswith("."):
        raise IndexCorrupt(f"{pointer}: does not name a generation")
    return index_dir / name


def read_manifest(index_dir: Path) -> tuple[Path, dict]:
    generation = current_generation(index_dir)
    if generation is None:
        raise IndexMissing(f"no index in {index_dir}; run `assistant index`")
    manifest_path = generation / paths.MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexCorrupt(f"{manifest_path}: missing") from None
    except (OSError, ValueError) as exc:
        raise IndexCorrupt(f"{manifest_path}: unreadable ({exc})") from None
    if not isinstance(manifest, dict) or "schema_version" not in manifest:
        raise IndexCorrupt(f"{manifest_path}: not an index manifest")
    return generation, manifest


def verify_files(generation: Path, manifest: dict, full_hash_limit: int = 64 << 20) -> None:
    """Sizes always; sha256 for files under the limit. Damage is reported, never used."""
    for name, info in manifest.get("index_files", {}).items():
        path = generation / name
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise IndexCorrupt(f"{path}: missing") from None
        if size != info["size"]:
            raise IndexCorrupt(f"{path}: size {size} differs from the manifest's {info['size']} (truncated or altered)")
        if size <= full_hash_limit and file_sha256(path) != info["sha256"]:
            raise IndexCorrupt(f"{path}: contents differ from the manifest (altered)")


def iter_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError:
                    raise IndexCorrupt(f"{path}: line {line_no} is not JSON") from None


def chunk_from_json(row: dict) -> Chunk:
    return Chunk(**row)


def read_documents(generation: Path) -> dict[str, DocumentRecord]:
    documents = {}
    for row in iter_jsonl(generation / paths.DOCUMENTS_FILE):
        row["headings"] = tuple(tuple(h) for h in row.get("headings", ()))
        row["pages"] = tuple(tuple(p) for p in row.get("pages", ()))
        documents[row["id"]] = DocumentRecord(**row)
    return documents


def read_chunks(generation: Path) -> list[Chunk]:
    return [chunk_from_json(row) for row in iter_jsonl(generation / paths.CHUNKS_FILE)]


# ---------------------------------------------------------------- writing


def _write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def write_generation(
    index_dir: Path,
    manifest: dict,
    documents: Iterable[DocumentRecord],
    chunks: list[Chunk],
    vectors: np.ndarray,
    flat_index_limit: int,
) -> Path:
    """Write a complete generation in a temporary folder, rename it in, then publish it."""
    import faiss
    import numpy as np

    from assistant.keyword import build_bm25, content_terms, document_frequencies, save_bm25

    tmp = index_dir / f".tmp-{uuid.uuid4().hex[:12]}"
    tmp.mkdir()
    try:
        _write_jsonl(tmp / paths.DOCUMENTS_FILE, (asdict(d) for d in documents))
        _write_jsonl(tmp / paths.CHUNKS_FILE, (asdict(c) for c in chunks))
        np.save(tmp / paths.VECTORS_FILE, vectors)
        vector_index = make_vector_index(vectors, flat_index_limit)
        faiss.write_index(vector_index, str(tmp / paths.FAISS_FILE))
        bm25_dir = tmp / paths.BM25_DIR
        bm25_dir.mkdir()
        token_lists = [content_terms(c.text) for c in chunks]
        save_bm25(build_bm25(token_lists), bm25_dir)
        (tmp / paths.TERMS_FILE).write_text(json.dumps(document_frequencies(token_lists), ensure_ascii=False), encoding="utf-8")
        del token_lists
        manifest = dict(manifest)
        manifest["vector_index"] = {"type": "flat" if len(vectors) < flat_index_limit else "hnsw", "count": len(vectors)}
        manifest["index_files"] = {
            str(p.relative_to(tmp)): {"size": p.stat().st_size, "sha256": file_sha256(p)}
            for p in sorted(tmp.rglob("*"))
            if p.is_file()
        }
        (tmp / paths.MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        for p in tmp.rglob("*"):
            if p.is_file():
                with p.open("rb") as handle:
                    os.fsync(handle.fileno())
        _fsync_dir(tmp)
        name = f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
        final = index_dir / name
        os.rename(tmp, final)
        _fsync_dir(index_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    previous = current_generation_or_none(index_dir)
    write_text_atomic(index_dir / paths.INDEX_POINTER, name + "\n")
    prune_generations(index_dir, keep={name, previous.name if previous else ""})
    return final


def current_generation_or_none(index_dir: Path) -> Path | None:
    try:
        return current_generation(index_dir)
    except IndexError_:
        return None


def prune_generations(index_dir: Path, keep: set[str]) -> None:
    """Drop generations other than the current and previous one, and leftovers of killed builds."""
    for entry in index_dir.iterdir():
        if entry.name in keep or not entry.is_dir():
            continue
        if entry.name.startswith("gen-") or entry.name.startswith(".tmp-"):
            shutil.rmtree(entry, ignore_errors=True)


def make_vector_index(vectors: np.ndarray, flat_index_limit: int):
    """Exact inner product below the limit; HNSW above it, where a flat scan gets slow."""
    import faiss

    dimension = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[1] else 384
    if len(vectors) < flat_index_limit:
        index = faiss.IndexFlatIP(dimension)
    else:
        index = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
    if len(vectors):
        index.add(vectors)
    return index
