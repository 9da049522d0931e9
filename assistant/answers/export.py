"""A conversation as a Markdown file a person can read, share and check."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Sequence

from assistant.domain import Answer


def conversation_markdown(answers: Sequence[Answer]) -> str:
    lines = [f"# Conversation with the review assistant", "", f"Exported {time.strftime('%Y-%m-%d %H:%M')}.", ""]
    for number, answer in enumerate(answers, 1):
        lines += [f"## {number}. {answer.question.strip()}", "", answer.text, ""]
        if answer.abstained:
            lines += ["_Not found in the review texts._", ""]
            continue
        lines += ["**Sources**", ""]
        for c in answer.citations:
            lines.append(f"{c.n}. `{c.source}` — {c.location}")
            quote = " ".join(c.text.split())
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
