"""Human locations inside a document: the heading above an offset and its paragraph number."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from assistant.chunking import headings, paragraph_spans
from assistant.domain import Document


@dataclass(frozen=True)
class Location:
    heading: str | None
    paragraph: int | None


class Locator:
    def __init__(self, doc: Document):
        found = headings(doc)
        self._heading_offsets = [offset for offset, _ in found]
        self._heading_texts = [text for _, text in found]
        self._paragraph_starts = [start for start, _ in paragraph_spans(doc.text)]

    def locate(self, offset: int) -> Location:
        h = bisect.bisect_right(self._heading_offsets, offset) - 1
        paragraph = bisect.bisect_right(self._paragraph_starts, offset)
        return Location(self._heading_texts[h] if h >= 0 else None, paragraph or None)
