"""Spans of a document's text: paragraphs, sentences and headings, as offsets into the text.

Both ``chunking`` (where to cut) and ``locations`` (what to call a place) read these.
"""

from __future__ import annotations

import re

from assistant.domain import Document

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n")
# A sentence ends at . ! ? or … with any closing quotes or brackets, before whitespace.
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s)")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "cf", "para", "paras",
    "sec", "fig", "vol", "p", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "gen", "col", "capt", "sgt", "insp", "supt", "det", "cllr", "rev", "hon",
}
# List bullets as PDFs and Word give them: the usual marks and symbol fonts' private-use glyphs
# (U+F0A7, U+F06E, U+F02D), which a terminal shows as a box. A regex character class's contents.
BULLET_GLYPHS = "\u2022\u25aa\u25a0\u25cf\u25fc\u25e6\u2023\u2043\u2219\u27a2\u2794\uf000-\uf8ff\ue000-\uefff\u00b7"
_MD_HEADING_LINE = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$")


def trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Blocks separated by blank lines, trimmed of surrounding whitespace."""
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        span = trimmed(text, start, match.start())
        if span:
            spans.append(span)
        start = match.end()
    span = trimmed(text, start, len(text))
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
            span = trimmed(text, cursor, match.end())
            if span:
                spans.append(span)
            cursor = match.end()
        span = trimmed(text, cursor, line_end)
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


# Longer is a run-on line (a table flattened, text without punctuation): the longest sentence in the
# 120 Ofsted reports is 648 characters, in SQuAD's 1,000 test paragraphs 1,160.
MAX_SENTENCE_CHARS = 1200
RUN_ON_PIECE_CHARS = 400


def bounded_spans(
    text: str,
    spans: list[tuple[int, int]],
    within: tuple[int, int] | None = None,
    limit: int = MAX_SENTENCE_CHARS,
    piece: int = RUN_ON_PIECE_CHARS,
) -> list[tuple[int, int]]:
    """``spans`` with any longer than ``limit`` cut at whitespace into pieces of about ``piece``
    characters, starting from ``within``'s start when it began earlier (a passage's own pieces):
    a line of thousands of characters without a full stop is still quotable in parts (no sentence
    of the evaluation corpora is that long, so no answer there changes)."""
    bounded: list[tuple[int, int]] = []
    for start, end in spans:
        if end - start <= limit:
            bounded.append((start, end))
            continue
        if within is not None:
            start, end = max(start, within[0]), min(end, within[1])
        cursor = start
        while cursor < end:
            stop = min(end, cursor + piece)
            if stop < end:
                space = text.rfind(" ", cursor + piece // 2, stop)
                stop = space if space > cursor else stop
            span = trimmed(text, cursor, stop)
            if span:
                bounded.append(span)
            cursor = stop
    return bounded


MIN_SENTENCE_WORDS = 4  # shorter is a label, a number or a heading: never a candidate answer
CONTEXT_WINDOW = 400  # characters before a passage searched for its first sentence's predecessor


def whole_sentence_end(text: str, start: int, end: int) -> int:
    """Where the sentence ``text[start:end]`` really ends, when ``end`` cut it (a passage's end,
    mid-sentence): a quote of it was "… benefit from effect" for "… benefit from effective
    management oversight and interventions." Else ``end``."""
    if end >= len(text):
        return end
    following = sentence_spans(text, start, min(len(text), start + MAX_SENTENCE_CHARS))
    return following[0][1] if following and following[0][0] == start and following[0][1] > end else end


def passage_sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The sentences of a passage (``text[start:end]`` of its document) an answer may quote, each
    with the span of the sentence before it (or None): the answer step reads these at question
    time, and the index embeds the same ones when it is built, so the two always agree."""
    window = max(0, start - CONTEXT_WINDOW)
    spans = sentence_spans(text, window, end)
    if window > 0 and spans and spans[0][0] < start - 1 < spans[0][1]:
        # A sentence runs into the passage from before the window: if it is a run-on line
        # (thousands of characters, no full stop), the passage's part is quoted in pieces.
        wider = max(0, start - MAX_SENTENCE_CHARS)
        spans = bounded_spans(text, sentence_spans(text, wider, end), within=(start, end))
    if spans and spans[-1][1] == end:
        # The passage's end cut its last sentence ("Overall effect" of "Overall effectiveness |
        # Good"): read it whole. The next passage leaves it out, as it starts before that one.
        spans[-1] = (spans[-1][0], whole_sentence_end(text, spans[-1][0], end))
    found = []
    for i, (s, e) in enumerate(spans):
        if e <= start or s < start - 1 or len(text[s:e].split()) < MIN_SENTENCE_WORDS:
            continue
        found.append((s, e, spans[i - 1] if i > 0 else None))
    return found
