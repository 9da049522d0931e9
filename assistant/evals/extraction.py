"""PDF extraction on a folder of real reports: running lines removed, sections found, speed.

``measure_pdfs(folder)`` is what the issue's closing figures come from (the 120 Ofsted reports
in ``../shared/datasets/ofsted-reports/pdf``); the bench may call it.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Callable

from assistant.documents.chunking import Chunker
from assistant.documents.formats import Extracted, extract_pdf
from assistant.domain import Document
from assistant.settings import ChunkerSettings


def measure_pdfs(folder: Path, extract: Callable[[bytes], Extracted] = extract_pdf, limit: int | None = None) -> dict:
    """Extract and chunk every PDF in ``folder``; return totals and rates."""
    chunker = Chunker(ChunkerSettings())
    files = sorted(Path(folder).glob("*.pdf"))[:limit]
    pages = chunks = with_section = removed = headings = contents = docs_with_headings = 0
    seconds = 0.0
    for path in files:
        data = path.read_bytes()
        started = time.perf_counter()
        extracted = extract(data)
        seconds += time.perf_counter() - started
        stats = dict(extracted.stats)
        removed += stats.get("running_lines", 0)
        contents += stats.get("contents_lines", 0)
        pages += len(extracted.pages)
        headings += len(extracted.headings)
        docs_with_headings += bool(extracted.headings)
        doc = Document(path.name, extracted.title or path.name, extracted.text,
                       hashlib.sha256(data).hexdigest(), "pdf", extracted.headings, extracted.pages)
        doc_chunks = chunker.chunk(doc)
        chunks += len(doc_chunks)
        with_section += sum(1 for c in doc_chunks if c.heading)
    return {
        "files": len(files),
        "pages": pages,
        "extraction_seconds": round(seconds, 2),
        "pages_per_second": round(pages / seconds, 1) if seconds else None,
        "running_lines_removed": removed,
        "contents_lines_dropped": contents,
        "headings": headings,
        "documents_with_headings": docs_with_headings,
        "chunks": chunks,
        "chunks_with_section": with_section,
        "share_with_section": round(with_section / chunks, 3) if chunks else None,
    }


if __name__ == "__main__":  # python -m assistant.evals.extraction FOLDER
    import json
    import sys

    print(json.dumps(measure_pdfs(Path(sys.argv[1])), indent=1))
