"""Human locations inside a document: page, section heading and numbered paragraph at an offset."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from assistant.documents.spans import headings, paragraph_spans
from assistant.domain import Document

# "4.12 The panel…", "12. The panel…", "Recommendation 7:", "Finding 3 –", "Paragraph 2.1"
NUMBERED_PARAGRAPH = re.compile(
    r"^\s*(?:(?P<word>Recommendation|Finding|Learning point|Paragraph|Para)\s+(?P<wnum>\d{1,3}(?:\.\d{1,3}){0,3})\b"
    r"|(?P<num>\d{1,3}\.(?:\d{1,3}(?:\.\d{1,3}){0,2})?)(?=\s+\S))",
    re.IGNORECASE,
)


def paragraph_label(text: str) -> str | None:
    match = NUMBERED_PARAGRAPH.match(text)
    if not match:
        return None
    if match.group("word"):
        word = match.group("word")
        word = "para" if word.lower() in ("paragraph", "para") else word.capitalize()
        return f"{word} {match.group('wnum')}" if word != "para" else match.group("wnum")
    return match.group("num").rstrip(".")


@dataclass(frozen=True)
class Location:
    heading: str | None
    paragraph_index: int | None
    paragraph: str | None = None
    page: str | None = None
    page_index: int | None = None


class Locator:
    def __init__(self, doc: Document):
        found = headings(doc)
        self._heading_offsets = [offset for offset, _ in found]
        self._heading_texts = [text for _, text in found]
        self._paragraph_starts = [start for start, _ in paragraph_spans(doc.text)]
        # Numbered paragraphs may start any line: PDFs rarely keep blank lines between them.
        self._numbered: list[tuple[int, str]] = []
        offset = 0
        for line in doc.text.splitlines(keepends=True):
            label = paragraph_label(line[:80])
            if label:
                self._numbered.append((offset, label))
            offset += len(line)
        self._numbered_offsets = [o for o, _ in self._numbered]
        self._page_offsets = [offset for offset, _, _ in doc.pages]
        self._pages = [(index, label) for _, index, label in doc.pages]

    def locate(self, offset: int) -> Location:
        h = bisect.bisect_right(self._heading_offsets, offset) - 1
        p = bisect.bisect_right(self._paragraph_starts, offset) - 1
        # The nearest numbered paragraph at or before the offset, within the same section.
        label = None
        n = bisect.bisect_right(self._numbered_offsets, offset) - 1
        section_start = self._heading_offsets[h] if h >= 0 else -1
        if n >= 0 and self._numbered[n][0] >= section_start:
            label = self._numbered[n][1]
        page_index = page_label = None
        g = bisect.bisect_right(self._page_offsets, offset) - 1
        if g >= 0:
            page_index, page_label = self._pages[g]
        return Location(
            heading=self._heading_texts[h] if h >= 0 else None,
            paragraph_index=p + 1 if p >= 0 else None,
            paragraph=label,
            page=page_label,
            page_index=page_index,
        )
