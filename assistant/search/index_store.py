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

import array
import errno
import fcntl
import json
import os
import re
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
from assistant.documents.loading import file_sha256
from assistant.settings import ChunkerSettings
from assistant.search.arrays import load_array

TOKENS_PART = ".tokens.part"  # inside a generation being written; removed before it is published
SCHEMA_VERSION = 7  # 5: a chunk's heading counts in keyword search; 6: each chunk's sentences embedded; 7: a chunk's last sentence, cut by its end, read and embedded whole
SENTENCE_DTYPE = "<f2"  # sentence vectors are many (about six a chunk): half precision, cosines within 0.001
COMPRESSED_INDEX = "ivfpq"  # the vector index type past the flat limit
IVF_TRAIN_ROWS = 50_000  # rows sampled to train its centroids and codebooks
CHUNKER_VERSION = 3  # bump when the chunking or extraction rules change, so old indexes are rebuilt (2: PDF layout, Word numbering; 3: a file's working title gives way to its first line)


@dataclass(frozen=True)
class SentenceVectors:
    """Some chunks' sentences: ``spans`` as (index among those chunks, start, end) in their
    document's text, and one vector a span (unit length, float32 or float16)."""

    spans: list[tuple[int, int, int]]
    vectors: "np.ndarray"


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
    file_title: str = ""  # Document.file_title

    def to_document(self) -> "Document":
        return Document(self.id, self.title, self.text, self.sha256, self.format, self.headings, self.pages, self.file_title)

    @property
    def model_title(self) -> str:
        return self.file_title or self.title


@dataclass
class IndexStatus:
    state: str  # fresh | missing | stale | incompatible | corrupt
    reasons: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    generation: Path | None = None  # the generation whose files were checked

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
        name = pointer.read_bytes().decode("utf-8").strip()
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise IndexCorrupt(f"{pointer}: damaged (not text)") from None
    except OSError as exc:
        raise IndexCorrupt(f"{pointer}: cannot be read ({exc.strerror or exc})") from None
    if not _GENERATION_NAME.fullmatch(name):
        raise IndexCorrupt(f"{pointer}: damaged (does not name a generation)")
    return index_dir / name


_GENERATION_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")


def _check_manifest(manifest: object, where: Path) -> dict:
    """Every field a reader uses has the type it expects, or the manifest is damaged."""

    def damaged(what: str) -> IndexCorrupt:
        return IndexCorrupt(f"{where}: damaged ({what})")

    if not isinstance(manifest, dict) or "schema_version" not in manifest:
        raise IndexCorrupt(f"{where}: not an index manifest")
    expected = {"files": dict, "failed": dict, "index_files": dict, "ignored": list, "skipped": list,
                "counts": dict, "vector_index": dict, "chunker": dict}
    for key, kind in expected.items():
        if key in manifest and not isinstance(manifest[key], kind):
            raise damaged(f"{key!r} is not a {'list' if kind is list else 'mapping'}")
    fields = {"size": int, "mtime_ns": int, "chunks": int, "sha256": (str, type(None)), "title": str, "format": str,
              "pages": (int, type(None)), "reason": str, "kept_previous": bool}
    for key in ("files", "failed"):
        for doc_id, info in manifest.get(key, {}).items():
            if not isinstance(info, dict):
                raise damaged(f"{key} entry is not a mapping")
            for name, kind in fields.items():
                if name in info and (not isinstance(info[name], kind) or (kind is int and isinstance(info[name], bool))):
                    raise damaged(f"{key} entry field {name!r} has the wrong type")
    for name, info in manifest.get("index_files", {}).items():
        parts = Path(name).parts
        if not parts or Path(name).is_absolute() or ".." in parts:
            raise damaged("an index file lies outside its generation")
        if not (isinstance(info, dict) and isinstance(info.get("size"), int) and isinstance(info.get("sha256"), str)):
            raise damaged("an index file entry lacks its size or hash")
    for item in manifest.get("ignored", []):
        if not isinstance(item, str):
            raise damaged("'ignored' holds a non-name")
    for item in manifest.get("skipped", []):
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            raise damaged("'skipped' holds a malformed entry")
    if not isinstance(manifest.get("vector_index", {}).get("type", ""), str):
        raise damaged("'vector_index' type is not a name")
    return manifest


def read_manifest(index_dir: Path) -> tuple[Path, dict]:
    generation = current_generation(index_dir)
    if generation is None:
        raise IndexMissing(f"no index in {index_dir}; run `assistant index`")
    manifest_path = generation / paths.MANIFEST
    try:
        manifest = json.loads(manifest_path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise IndexCorrupt(f"{manifest_path}: missing") from None
    except (OSError, ValueError, RecursionError) as exc:  # ValueError: bad UTF-8 or JSON
        raise IndexCorrupt(f"{manifest_path}: damaged ({type(exc).__name__})") from None
    return generation, _check_manifest(manifest, manifest_path)


def verify_files(generation: Path, manifest: dict, full_hash_limit: int = 64 << 20) -> None:
    """Sizes always; sha256 for files under the limit. Damage is reported, never used."""
    for name, info in manifest.get("index_files", {}).items():
        path = generation / name
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise IndexCorrupt(f"{path}: missing") from None
        except OSError as exc:
            raise IndexCorrupt(f"{path}: cannot be read ({exc.strerror or exc})") from None
        if size != info["size"]:
            raise IndexCorrupt(f"{path}: size {size} differs from the manifest's {info['size']} (truncated or altered)")
        try:
            altered = size <= full_hash_limit and file_sha256(path) != info["sha256"]
        except OSError as exc:
            raise IndexCorrupt(f"{path}: cannot be read ({exc.strerror or exc})") from None
        if altered:
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


def _document_from_row(row: dict) -> DocumentRecord:
    row["headings"] = tuple(tuple(h) for h in row.get("headings", ()))
    row["pages"] = tuple(tuple(p) for p in row.get("pages", ()))
    return DocumentRecord(**row)


def read_documents(generation: Path) -> dict[str, DocumentRecord]:
    return {row["id"]: _document_from_row(row) for row in iter_jsonl(generation / paths.DOCUMENTS_FILE)}


def read_chunks(generation: Path) -> list[Chunk]:
    return [chunk_from_json(row) for row in iter_jsonl(generation / paths.CHUNKS_FILE)]


# ---------------------------------------------------------------- writing


def _write_npy_header(handle, rows: int, dimension: int, dtype: str = "<f4") -> int:
    """A .npy header for float32 (or ``dtype``) rows of ``dimension``; its length (the same for any row count)."""
    import numpy as np

    start = handle.tell()
    np.lib.format.write_array_header_1_0(
        handle, {"descr": np.lib.format.dtype_to_descr(np.dtype(dtype)), "fortran_order": False, "shape": (rows, dimension)}
    )
    return handle.tell() - start


class GenerationWriter:
    """Writes one generation as the build goes, so memory holds vectors and token ids, not text.

    Documents, chunks and vectors go to disk as each file is processed (the vectors straight
    into the generation's ``vectors.npy``, its header's row count written at the end); a flat
    FAISS index is that file's bytes behind FAISS's header, copied on disk, and above the flat
    limit a compressed IVF-PQ one is trained and filled from the file read back one batch at a
    time (``write_ivfpq_index_from_npy``); each chunk's int32 term ids go to a
    part file from which BM25's score matrix is written a batch of chunks at a time
    (``keyword.write_bm25_streaming``). Nothing is visible to readers until ``publish`` renames the finished folder in
    and replaces ``CURRENT``; ``abort`` (or a kill) leaves only a ``.tmp-*`` folder that the
    next build removes.
    """

    FAISS_BATCH = 8192  # vectors added to FAISS at a time (12 MB at 384 dimensions)

    def __init__(self, index_dir: Path, dimension: int):
        self.index_dir = index_dir
        self.dimension = dimension
        self.tmp = index_dir / f".tmp-{uuid.uuid4().hex[:12]}"
        self.tmp.mkdir()
        self._documents = (self.tmp / paths.DOCUMENTS_FILE).open("w", encoding="utf-8")
        self._chunks = (self.tmp / paths.CHUNKS_FILE).open("w", encoding="utf-8")
        self.vocab: dict[str, int] = {}
        self._tokens = (self.tmp / TOKENS_PART).open("wb")  # every chunk's term ids, for BM25 at the end
        self.token_counts = array.array("i")
        self.term_df: dict[str, int] = {}
        self._vectors = (self.tmp / paths.VECTORS_FILE).open("wb")
        self._vectors_header = _write_npy_header(self._vectors, 0, dimension)
        # Each chunk's sentences (chunk row, start, end) and their float16 vectors, streamed like
        # the chunks' own: the answer step's pre-filter reads them by meaning (README, Answers).
        self._sentence_spans = array.array("q")
        self._sentence_vectors = (self.tmp / paths.SENTENCE_VECTORS_FILE).open("wb")
        self._sentence_vectors_header = _write_npy_header(self._sentence_vectors, 0, dimension, SENTENCE_DTYPE)
        self.sentences = 0
        self.documents = 0
        self.chunks = 0

    def add_document(self, record: DocumentRecord) -> None:
        self._documents.write(json.dumps(asdict(record), ensure_ascii=False) + "\n")
        self.documents += 1

    def add_chunks(self, chunks: list[Chunk], vectors, sentences: SentenceVectors | None = None) -> None:
        """``sentences``: the chunks' sentences and their vectors (``None`` writes none: a
        synthetic generation, whose passages the pre-filter then reads by words alone)."""
        import numpy as np

        from assistant.search.keyword import content_terms

        if len(chunks) != len(vectors):
            raise ValueError(f"{len(chunks)} chunks but {len(vectors)} vectors")
        for chunk in chunks:
            self._chunks.write(json.dumps(asdict(chunk), ensure_ascii=False) + "\n")
            # The section heading counts as the chunk's words: "what needs to improve" finds the chunks under it.
            terms = content_terms(f"{chunk.heading or ''}\n{chunk.text}") or ["\u2205"]
            ids = np.fromiter((self.vocab.setdefault(t, len(self.vocab)) for t in terms), dtype="<i4", count=len(terms))
            self._tokens.write(memoryview(ids).cast("B"))
            self.token_counts.append(len(terms))
            for term in set(terms):
                self.term_df[term] = self.term_df.get(term, 0) + 1
        if len(chunks):
            block = np.ascontiguousarray(vectors, dtype=np.float32)
            if block.ndim != 2 or block.shape[1] != self.dimension:
                raise ValueError(f"vectors of shape {block.shape}, expected (n, {self.dimension})")
            self._vectors.write(memoryview(block).cast("B"))
        if sentences is not None and len(sentences.spans):
            if len(sentences.spans) != len(sentences.vectors) or sentences.vectors.shape[1] != self.dimension:
                raise ValueError(f"{len(sentences.spans)} sentences but vectors of shape {sentences.vectors.shape}")
            for chunk_index, start, end in sentences.spans:
                if not 0 <= chunk_index < len(chunks):
                    raise ValueError(f"sentence of chunk {chunk_index}, but {len(chunks)} chunks were given")
                self._sentence_spans.extend((self.chunks + chunk_index, start, end))
            block = np.ascontiguousarray(sentences.vectors, dtype=SENTENCE_DTYPE)
            self._sentence_vectors.write(memoryview(block).cast("B"))
            self.sentences += len(sentences.spans)
        self.chunks += len(chunks)

    def publish(self, manifest: dict, flat_index_limit: int) -> Path:
        import faiss

        from assistant.search import keyword

        tmp = self.tmp
        self._vectors.seek(0)
        if _write_npy_header(self._vectors, self.chunks, self.dimension) != self._vectors_header:
            raise AssertionError("the .npy header changed length")  # cannot happen below 10^40 rows
        self._sentence_vectors.seek(0)
        if _write_npy_header(self._sentence_vectors, self.sentences, self.dimension, SENTENCE_DTYPE) != self._sentence_vectors_header:
            raise AssertionError("the .npy header changed length")
        for handle in (self._documents, self._chunks, self._vectors, self._sentence_vectors):
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        if self.sentences:
            import numpy as np

            np.save(tmp / paths.SENTENCES_FILE, np.frombuffer(self._sentence_spans, dtype=np.int64).reshape(-1, 3))
        else:
            (tmp / paths.SENTENCE_VECTORS_FILE).unlink()  # none written: the pre-filter reads by words alone
        self._tokens.flush()
        count = self.chunks
        vectors_file, faiss_file = tmp / paths.VECTORS_FILE, tmp / paths.FAISS_FILE
        if count >= flat_index_limit:
            write_ivfpq_index_from_npy(vectors_file, self._vectors_header, count, self.dimension, faiss_file, self.FAISS_BATCH)
        elif not write_flat_index_from_npy(vectors_file, self._vectors_header, count, self.dimension, faiss_file):
            index = faiss.IndexFlatIP(self.dimension)
            for block in read_vector_blocks(vectors_file, self._vectors_header, count, self.dimension, self.FAISS_BATCH):
                index.add(block)
            faiss.write_index(index, str(faiss_file))
            del index
        bm25_dir = tmp / paths.BM25_DIR
        bm25_dir.mkdir()
        self._tokens.close()
        keyword.save_bm25(keyword.TokenStream(tmp / TOKENS_PART, self.token_counts, self.vocab), bm25_dir)
        (tmp / TOKENS_PART).unlink()
        (tmp / paths.TERMS_FILE).write_text(json.dumps(self.term_df, ensure_ascii=False), encoding="utf-8")
        manifest = dict(manifest)
        manifest["vector_index"] = {"type": "flat" if count < flat_index_limit else COMPRESSED_INDEX, "count": count}
        manifest["counts"] = dict(manifest.get("counts", {}), sentences=self.sentences)
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
        final = self.index_dir / name
        os.rename(tmp, final)
        _fsync_dir(self.index_dir)
        previous = current_generation_or_none(self.index_dir)
        write_text_atomic(self.index_dir / paths.INDEX_POINTER, name + "\n")
        prune_generations(self.index_dir, keep={name, previous.name if previous else ""})
        return final

    def abort(self) -> None:
        for handle in (self._documents, self._chunks, self._vectors, self._sentence_vectors, self._tokens):
            try:
                handle.close()
            except OSError:
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)


def write_generation(
    index_dir: Path,
    manifest: dict,
    documents: Iterable[DocumentRecord],
    chunks: list[Chunk],
    vectors: np.ndarray,
    flat_index_limit: int,
) -> Path:
    """A whole generation at once (benchmarks build synthetic ones this way)."""
    writer = GenerationWriter(index_dir, vectors.shape[1] if vectors.ndim == 2 else manifest.get("dimension", 384))
    try:
        for record in documents:
            writer.add_document(record)
        writer.add_chunks(chunks, vectors)
        return writer.publish(manifest, flat_index_limit)
    except BaseException:
        writer.abort()
        raise


class PreviousGeneration:
    """The published generation, read one document at a time (byte offsets, not whole files)."""

    def __init__(self, generation: Path, manifest: dict):
        import numpy as np

        self.generation = generation
        self.manifest = manifest
        self.documents_reusable = True  # False: only the vectors are reused (another schema/chunker)
        self.vectors = load_array(generation / paths.VECTORS_FILE, mmap_mode="r")
        self.document_offsets: dict[str, int] = {}
        with (generation / paths.DOCUMENTS_FILE).open("rb") as handle:
            offset = 0
            for line in handle:
                if line.strip():
                    self.document_offsets[json.loads(line)["id"]] = offset
                offset += len(line)
        self.chunk_offsets: dict[str, list[tuple[int, int]]] = {}  # doc id -> [(byte offset, vector row)]
        self.rows: dict[str, int] = {}  # chunk id -> vector row
        row = 0
        with (generation / paths.CHUNKS_FILE).open("rb") as handle:
            offset = 0
            for line in handle:
                if line.strip():
                    data = json.loads(line)
                    self.chunk_offsets.setdefault(data["doc_id"], []).append((offset, row))
                    self.rows[data["id"]] = row
                    row += 1
                offset += len(line)
        if row != len(self.vectors):
            raise IndexCorrupt(f"{generation}: {len(self.vectors)} vectors for {row} chunks")
        self.sentence_spans, self.sentence_vectors = read_sentences(generation)
        self._sentence_rows: dict[int, list[int]] | None = None

    def sentences(self, rows: list[int]) -> SentenceVectors | None:
        """The sentences of the chunks at ``rows`` with their vectors, for reuse; None when this
        generation has none (built before they were, or synthetic)."""
        import numpy as np

        if self.sentence_spans is None:
            return None
        if self._sentence_rows is None:
            self._sentence_rows = {}
            for i, chunk_row in enumerate(self.sentence_spans[:, 0].tolist()):
                self._sentence_rows.setdefault(chunk_row, []).append(i)
        spans, picked = [], []
        for index, row in enumerate(rows):
            for i in self._sentence_rows.get(row, []):
                spans.append((index, int(self.sentence_spans[i, 1]), int(self.sentence_spans[i, 2])))
                picked.append(i)
        return SentenceVectors(spans, np.asarray(self.sentence_vectors[picked]) if picked else np.zeros((0, self.vectors.shape[1]), np.float16))

    def document(self, doc_id: str) -> DocumentRecord:
        with (self.generation / paths.DOCUMENTS_FILE).open("rb") as handle:
            handle.seek(self.document_offsets[doc_id])
            return _document_from_row(json.loads(handle.readline()))

    def chunks(self, doc_id: str) -> tuple[list[Chunk], list[int]]:
        chunks, rows = [], []
        with (self.generation / paths.CHUNKS_FILE).open("rb") as handle:
            for offset, row in self.chunk_offsets.get(doc_id, []):
                handle.seek(offset)
                chunks.append(chunk_from_json(json.loads(handle.readline())))
                rows.append(row)
        return chunks, rows


def read_sentences(generation: Path) -> tuple["np.ndarray | None", "np.ndarray | None"]:
    """A generation's sentence spans (chunk row, start, end) and their vectors, memory-mapped; both
    None when it has none."""
    import numpy as np

    spans_file = generation / paths.SENTENCES_FILE
    if not spans_file.exists():
        return None, None
    spans = load_array(spans_file)
    vectors = load_array(generation / paths.SENTENCE_VECTORS_FILE, mmap_mode="r")
    if spans.ndim != 2 or spans.shape[1] != 3 or len(spans) != len(vectors):
        raise IndexCorrupt(f"{generation}: {len(vectors)} sentence vectors for {len(spans)} sentences")
    return spans, vectors


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


def _flat_index_header(dimension: int, count: int) -> bytes | None:
    """FAISS's own header for an inner-product flat index of ``count`` vectors, or None if unknown.

    Taken from FAISS's serialisation of an empty index, whose layout is checked: the fourcc
    ``IxFI``, the dimension, ``ntotal`` (int64 at byte 8), and at the end the length of the
    codes that follow (uint64, in floats). Anything else (a future FAISS) returns None and the
    caller lets FAISS write the file.
    """
    import struct

    import faiss

    empty = faiss.serialize_index(faiss.IndexFlatIP(dimension)).tobytes()
    if len(empty) != 45 or empty[:4] != b"IxFI" or struct.unpack_from("<iq", empty, 4) != (dimension, 0):
        return None
    if struct.unpack_from("<Q", empty, 37) != (0,):
        return None
    header = bytearray(empty)
    struct.pack_into("<q", header, 8, count)
    struct.pack_into("<Q", header, 37, count * dimension)
    return bytes(header)


def write_flat_index_from_npy(vectors_file: Path, data_offset: int, count: int, dimension: int, target: Path) -> bool:
    """Write the flat FAISS index by copying the vectors' bytes from disk: FAISS never holds them.

    A flat index's file is a small header and then the float32 rows exactly as ``vectors.npy``
    keeps them, so the build's peak memory does not grow with the library. False (nothing
    written) when this FAISS serialises flat indexes differently.
    """
    header = _flat_index_header(dimension, count)
    if header is None:
        return False
    with vectors_file.open("rb") as source, target.open("wb") as out:
        out.write(header)
        source.seek(data_offset)
        remaining = count * dimension * 4
        while remaining:
            block = source.read(min(remaining, 8 << 20))
            if not block:
                raise IndexCorrupt(f"{vectors_file}: ends before its {count} vectors")
            out.write(block)
            remaining -= len(block)
    return True


def read_vector_blocks(vectors_file: Path, data_offset: int, count: int, dimension: int, batch: int) -> Iterator[np.ndarray]:
    """The vectors read back in blocks of ``batch`` rows with plain reads (not mapped: pages
    read this way stay in the page cache, not in the build's resident memory)."""
    import numpy as np

    with vectors_file.open("rb") as handle:
        handle.seek(data_offset)
        for begin in range(0, count, batch):
            rows = min(batch, count - begin)
            block = np.fromfile(handle, dtype="<f4", count=rows * dimension)
            if len(block) != rows * dimension:
                raise IndexCorrupt(f"{vectors_file}: ends before its {count} vectors")
            yield block.reshape(rows, dimension)


def ivfpq_shape(count: int, dimension: int) -> tuple[int, int, int]:
    """(inverted lists, PQ sub-vectors, bits per code) for ``count`` vectors.

    About 2*sqrt(n) lists, each trained on at least 39 sample rows (FAISS's own floor); one byte
    per 8 dimensions (48 bytes a vector at 384, against 1,536 for the float32 rows); fewer code
    bits only for the tiny indexes of tests, where 256 centroids cannot be trained.
    """
    import math

    sample = min(count, IVF_TRAIN_ROWS)
    lists = max(1, min(int(2 * math.sqrt(count)), sample // 39))
    sub_vectors = next(m for m in range(max(1, dimension // 8), 0, -1) if dimension % m == 0)
    bits = max(1, min(8, int(math.log2(max(2, sample)))))
    return lists, sub_vectors, bits


def write_ivfpq_index_from_npy(
    vectors_file: Path, data_offset: int, count: int, dimension: int, target: Path, batch: int = 8192, seed: int = 0
) -> None:
    """A compressed IVF-PQ index made from the vectors on disk, for libraries past the flat limit.

    FAISS holds the trained centroids and 1/32 of each vector (its PQ code), never the float32
    rows: the build's peak memory is the training sample (at most ``IVF_TRAIN_ROWS`` rows, 77 MB
    at 384 dimensions) and then the codes (48 MB per million chunks). Search re-scores the
    IVF-PQ candidates exactly from ``vectors.npy`` (``Retriever.dense``), so the ranking
    returned is exact among the candidates. Seeded: the same vectors give the same index.
    """
    import faiss
    import numpy as np

    lists, sub_vectors, bits = ivfpq_shape(count, dimension)
    rng = np.random.default_rng(seed)
    chosen = np.zeros(count, dtype=bool)
    chosen[rng.choice(count, min(count, IVF_TRAIN_ROWS), replace=False)] = True
    sample = np.empty((int(chosen.sum()), dimension), dtype=np.float32)
    filled = 0
    for begin, block in zip(range(0, count, batch), read_vector_blocks(vectors_file, data_offset, count, dimension, batch)):
        picked = block[chosen[begin : begin + len(block)]]
        sample[filled : filled + len(picked)] = picked
        filled += len(picked)
    index = faiss.IndexIVFPQ(faiss.IndexFlatIP(dimension), dimension, lists, sub_vectors, bits, faiss.METRIC_INNER_PRODUCT)
    index.cp.seed = seed
    index.pq.cp.seed = seed
    index.train(sample)
    del sample
    for block in read_vector_blocks(vectors_file, data_offset, count, dimension, batch):
        index.add(block)
    faiss.write_index(index, str(target))
