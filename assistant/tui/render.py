"""Text for the chat's widgets: Markdown escaping, span offsets, short labels. No Textual here.

Every piece of document text passes through ``strip_control`` before it is shown.
"""

from __future__ import annotations

import re

from assistant.domain import LIST_ITEM, MARKER, Answer
from assistant.safety import strip_control

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def escape_markdown(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def answer_markdown(answer: Answer) -> str:
    """Answer text as Markdown: document words escaped, only the markers emphasised; an answer
    quoting a list keeps one item a line, as a Markdown list.

    Split first, then clean each quoted piece: a control sequence in a document must never
    swallow a marker of ours.
    """
    lines = []
    for line in answer.text.split("\n"):
        item = line.startswith(LIST_ITEM)
        pieces = MARKER.split(line[len(LIST_ITEM) :] if item else line)
        out = [f"**\\[{piece}\\]**" if i % 2 else escape_markdown(" ".join(strip_control(piece).split())) for i, piece in enumerate(pieces)]
        rendered = " ".join(p for p in out if p)
        lines.append(f"- {rendered}" if item else rendered)
    return "\n".join(lines)


def display_span(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Sanitised text and the span's offsets within it (removing characters shifts them)."""
    before = strip_control(text[:start])
    middle = strip_control(text[start:end])
    return before + middle + strip_control(text[end:]), len(before), len(before) + len(middle)


def first_words(text: str, limit: int = 70) -> str:
    flat = " ".join(strip_control(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
