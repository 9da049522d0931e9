"""A conversation as a Markdown file a person can read, share and check."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Sequence

from assistant.domain import MARKER, Answer
from assistant.safety import one_line, strip_control


def _clean_answer_text(text: str) -> str:
    """Cleaned piece by piece between our markers, so no control sequence can swallow one."""
    pieces = MARKER.split(text)
    return "".join(f"[{p}]" if i % 2 else strip_control(p) for i, p in enumerate(pieces))


_MARKDOWN = re.compile(r"([\\`*_\[\]<>#~])")  # the marks that format inline text, and a heading's closing #


def _typed(text: str) -> str:
    """What a person typed, shown as typed: Markdown's marks escaped, so "*Ali*" or "<b>" in a
    question is not rendered as emphasis or HTML by a Markdown viewer. Quotes stay as the source
    has them, so they can be compared with it."""
    return _MARKDOWN.sub(r"\\\1", one_line(text))


def conversation_markdown(answers: Sequence[Answer]) -> str:
    lines = [f"# Conversation with the review assistant", "", f"Exported {time.strftime('%Y-%m-%d %H:%M')}.", ""]
    for number, answer in enumerate(answers, 1):
        lines += [f"## {number}. {_typed(answer.question)}", ""]
        if answer.read_as:
            lines += [f"_Read as: {_typed(answer.read_as)}_", ""]
        if answer.kept_to:
            lines += [f"_Kept to the conversation's documents: {', '.join(f'`{one_line(d)}`' for d in answer.kept_to)}_", ""]
        lines += [_clean_answer_text(answer.text), ""]
        if answer.abstained:
            lines += ["_Not found in the review texts._", ""]
            continue
        lines += ["**Sources**", ""]
        for c in answer.citations:
            lines.append(f"{c.n}. `{one_line(c.source)}` — {one_line(c.location)}")
            quote = one_line(c.text)
            lines += [f"   > {quote}", ""]
    return "\n".join(lines).rstrip() + "\n"


def export_conversation(answers: Sequence[Answer], directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"conversation-{time.strftime('%Y%m%d-%H%M%S')}.md"
    counter = 1
    while path.exists():
        counter += 1
        path = directory / f"conversation-{time.strftime('%Y%m%d-%H%M%S')}-{counter}.md"
    path.write_text(conversation_markdown(answers), encoding="utf-8")
    return path
