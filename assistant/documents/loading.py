"""Turn a corpus folder into documents, reporting (not raising on) files that cannot be read.

One bad file never stops a build: it becomes a ``LoadProblem`` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from assistant.domain import Document
from assistant.documents.formats import EXTRACTORS, FORMATS, ExtractionError

TEXT_SUFFIXES = FORMATS  # every suffix the corpus may hold, and its format
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


class DocumentError(Exception):
    """A file that cannot become a document; the message is one line naming why."""


@dataclass(frozen=True)
class SourceFile:
    doc_id: str
    path: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class LoadProblem:
    doc_id: str
    reason: str
    sha256: str | None = None

    def __str__(self) -> str:
        return f"{self.doc_id}: {self.reason}"


def scan_corpus(corpus_dir: Path) -> tuple[list[SourceFile], list[str]]:
    """Supported files (sorted by id) and the ids of files of other kinds, which are ignored."""
    if not corpus_dir.exists():
        raise FileNotFoundError(f"corpus folder not found: {corpus_dir}")
    if not corpus_dir.is_dir():
        raise NotADirectoryError(f"corpus is not a folder: {corpus_dir}")
    sources, ignored = [], []
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        doc_id = rel.as_posix()
        if path.suffix.lower() not in TEXT_SUFFIXES:
            ignored.append(doc_id)
            continue
        stat = path.stat()
        sources.append(SourceFile(doc_id, path, stat.st_size, stat.st_mtime_ns))
    return sources, ignored


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def decode_text(data: bytes) -> str:
    """UTF-8 exactly as in the file (line endings kept so offsets match), BOM dropped."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"not valid UTF-8 (byte {exc.start})") from None
    if "\x00" in text:
        raise DocumentError("looks binary (holds NUL bytes)")
    return text


def make_title(text: str, doc_id: str) -> str:
    match = _MD_HEADING.search(text)
    if match:
        return match.group(1).strip()[:160]
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:160]
    return doc_id


def load_document(source: SourceFile, max_bytes: int | None = None) -> Document:
    if max_bytes is not None and source.size > max_bytes:
        raise DocumentError(
            f"too large ({source.size / 1e6:.1f} MB, limit {max_bytes / 1e6:.1f} MB; raise ASSISTANT_MAX_FILE_MB)"
        )
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot be read ({exc.strerror or exc})") from None
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise DocumentError("empty file")
    fmt = FORMATS[source.path.suffix.lower()]
    if fmt in EXTRACTORS:
        try:
            extracted = EXTRACTORS[fmt](data)
        except ExtractionError as exc:
            raise DocumentError(str(exc)) from None
        title = (extracted.title or "").strip() or make_title(extracted.text, source.doc_id)
        return Document(source.doc_id, title[:160], extracted.text, sha, fmt, extracted.headings, extracted.pages)
    text = decode_text(data)
    if not text.strip():
        raise DocumentError("holds no text")
    return Document(id=source.doc_id, title=make_title(text, source.doc_id), text=text, sha256=sha, format=fmt)


def iter_documents(
    sources: list[SourceFile], max_bytes: int | None = None
) -> Iterator[Document | LoadProblem]:
    """Load files one at a time, so memory grows with the largest file, not the corpus."""
    for source in sources:
        try:
            yield load_document(source, max_bytes)
        except DocumentError as exc:
            sha = None
            try:
                sha = file_sha256(source.path)
            except OSError:
                pass
            yield LoadProblem(source.doc_id, str(exc), sha)
