"""Turn a corpus folder into documents, reporting (not raising on) files that cannot be read.

One bad file never stops a build: it becomes a ``LoadProblem`` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from assistant.domain import Document
from assistant.safety import repair_text
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
    # When the file's contents or metadata last changed; unlike mtime it cannot be set back
    # (`touch -d`, `cp -p`), so an edit that kept size and mtime is still caught by it.
    ctime_ns: int = 0


@dataclass(frozen=True)
class LoadProblem:
    doc_id: str
    reason: str
    sha256: str | None = None

    def __str__(self) -> str:
        return f"{self.doc_id}: {self.reason}"


MAX_DEPTH = 64  # folders nested deeper than this are reported, not read

LINK_OUTSIDE = "link leads outside the corpus"


@dataclass
class CorpusScan:
    """What a walk of the corpus found; every entry not read is listed once with why."""

    sources: list[SourceFile] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # files of unsupported kinds
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path in the corpus, reason)


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def walk_corpus(
    corpus_dir: Path, *, follow_external_links: bool = False, max_depth: int = MAX_DEPTH, index_dir: Path | None = None
) -> CorpusScan:
    """Walk the corpus iteratively (any depth is safe); hidden entries are left out.

    A symbolic link is followed only when its resolved target lies inside the corpus folder,
    unless ``follow_external_links``; any other link is listed in ``skipped`` with
    ``LINK_OUTSIDE``. A linked folder inside the corpus is listed too (its files are read where
    they lie), as are broken links, loops, unreadable folders and folders nested deeper than
    ``max_depth``. The index folder, when it lies inside the corpus, is listed once and not read.
    """
    if not corpus_dir.exists():
        raise FileNotFoundError(f"corpus folder not found: {corpus_dir}")
    if not corpus_dir.is_dir():
        raise NotADirectoryError(f"corpus is not a folder: {corpus_dir}")
    root = os.path.realpath(corpus_dir)
    scan = CorpusScan()
    visited = {root}  # real paths of folders read, so a followed link cannot loop
    taken: set[str] = set()  # document ids given out
    index_root = os.path.realpath(index_dir) if index_dir is not None else None
    if index_root == root:
        # The index would be written among the documents and read back as documents next time.
        raise NotADirectoryError(f"the index folder is the corpus folder ({corpus_dir}); give the index a folder of its own")
    stack: list[tuple[Path, tuple[str, ...]]] = [(corpus_dir, ())]
    while stack:
        folder, parts = stack.pop()
        try:
            with os.scandir(folder) as entries:
                entries = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            scan.skipped.append(("/".join(parts) or ".", f"folder cannot be read ({exc.strerror or exc})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = (*parts, entry.name)
            doc_id = repair_text("/".join(rel))  # a name that is not UTF-8 is shown and stored with U+FFFD
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    target = os.path.realpath(path)
                    if not os.path.exists(target):
                        scan.skipped.append((doc_id, "link leads nowhere"))
                        continue
                    inside = _inside(target, root)
                    if not inside and not follow_external_links:
                        scan.skipped.append((doc_id, LINK_OUTSIDE))
                        continue
                    is_dir = os.path.isdir(target)
                    if is_dir and inside:
                        scan.skipped.append((doc_id, "linked folder inside the corpus; its files are read where they lie"))
                        continue
                    if is_dir and target in visited:
                        scan.skipped.append((doc_id, "linked folder already read (a loop)"))
                        continue
                    if is_dir:
                        visited.add(target)
                    is_file = os.path.isfile(target)
                else:
                    is_dir = entry.is_dir(follow_symlinks=False)
                    is_file = entry.is_file(follow_symlinks=False)
                if is_dir and index_root is not None and os.path.realpath(path) == index_root:
                    scan.skipped.append((doc_id, "the index folder; not read"))
                    continue
                if is_dir:
                    if len(rel) > max_depth:
                        scan.skipped.append((doc_id, f"folder nested more than {max_depth} deep; not read"))
                    else:
                        stack.append((path, rel))
                    continue
                if not is_file:  # sockets, pipes, devices: never opened
                    scan.skipped.append((doc_id, "not a regular file (a pipe, socket or device); not read"))
                    continue
                if path.suffix.lower() not in TEXT_SUFFIXES:
                    scan.ignored.append(doc_id)
                    continue
                stat = path.stat()
            except OSError as exc:
                scan.skipped.append((doc_id, f"cannot be read ({exc.strerror or exc})"))
                continue
            if doc_id in taken:
                # Two names that differ only in bytes that are not UTF-8 ("bad\xff.txt", "bad\xfe.txt")
                # read the same once those are shown as U+FFFD: one id cannot name two documents.
                raw = os.fsencode(entry.name)
                scan.skipped.append((doc_id, f"its name ({raw!r}) reads the same as another file's once bytes that are not UTF-8 are shown as \ufffd; rename one"))
                continue
            taken.add(doc_id)
            scan.sources.append(SourceFile(doc_id, path, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns))
    scan.sources.sort(key=lambda s: s.doc_id.split("/"))
    scan.ignored.sort(key=lambda d: d.split("/"))
    scan.skipped.sort(key=lambda s: s[0].split("/"))
    return scan


def scan_corpus(corpus_dir: Path, *, follow_external_links: bool = False) -> tuple[list[SourceFile], list[str]]:
    """Supported files (sorted by id) and the ids of files of other kinds, which are ignored."""
    scan = walk_corpus(corpus_dir, follow_external_links=follow_external_links)
    return scan.sources, scan.ignored


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


# A file's own title field is often what its author's software left there: "Template  Report
# template", "Microsoft Word - Peterborough ready for publication 14.09.2…", "Shropshire draft report
# use this one", "Brent - Draft Report (5)" (25 of the 120 Ofsted PDFs). Such a title names a
# working copy, not the document; the document's first heading or line says what it is.
_WORKING_TITLE = re.compile(
    r"\b(?:draft|template|untitled|use this one|replacement|copy of)\b|^\s*microsoft\s+\w+\s*-|\.(?:docx?|pdf|rtf|odt|pptx?)\b"
    r"|\(\d+\)\s*$|^\s*(?:document|title|report|slide|presentation)\s*\d*\s*$",
    re.IGNORECASE,
)


def usable_title(title: str | None) -> str | None:
    """A file's title field when it names the document, else None (a working title, or no words)."""
    title = " ".join((title or "").split())
    if not re.search(r"[^\W\d_]{2,}", title) or _WORKING_TITLE.search(title):
        return None
    return title


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
        first_line = make_title(extracted.text, source.doc_id)
        title = (usable_title(extracted.title) or first_line)[:160]
        file_title = ((extracted.title or "").strip() or first_line)[:160]
        return Document(
            source.doc_id, title, extracted.text, sha, fmt, extracted.headings, extracted.pages, file_title if file_title != title else ""
        )
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
