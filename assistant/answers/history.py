"""Conversation history as JSON Lines, one file per conversation, appended and flushed per answer.

A killed chat loses at most the answer being written; a damaged line is reported and skipped,
and the rest of the file is kept.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from assistant.domain import Answer, Citation


@dataclass(frozen=True)
class ConversationInfo:
    id: str
    path: Path
    started: str
    first_question: str
    exchanges: int


def answer_from_json(data: dict) -> Answer:
    citations = tuple(
        Citation(
            n=c["n"], source=c["source"], start=c["start"], end=c["end"], text=c["text"], score=c.get("score", 0.0),
            title=c.get("title", ""), heading=c.get("section"), paragraph=c.get("paragraph"),
            paragraph_index=c.get("paragraph_index"), page=c.get("page"), page_index=c.get("page_index"),
        )
        for c in data.get("citations", [])
    )
    return Answer(data["question"], data["answer"], bool(data["abstained"]), citations, (), data.get("timings_ms", {}))


class HistoryStore:
    def __init__(self, data_dir: Path):
        self.directory = data_dir / "history"

    def new_conversation_id(self) -> str:
        return time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]

    def path(self, conversation_id: str) -> Path:
        return self.directory / f"{conversation_id}.jsonl"

    def append(self, conversation_id: str, answer: Answer) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"time": time.strftime("%Y-%m-%dT%H:%M:%S"), **answer.to_json()}, ensure_ascii=False)
        with self.path(conversation_id).open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def load(self, conversation_id: str) -> tuple[list[Answer], list[str]]:
        """The readable answers, and one line per damaged entry."""
        answers, problems = [], []
        path = self.path(conversation_id)
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                try:
                    answers.append(answer_from_json(json.loads(raw.decode("utf-8"))))
                except (ValueError, KeyError, TypeError, UnicodeDecodeError):
                    problems.append(f"{path.name} line {number} is damaged and was skipped")
        return answers, problems

    def conversations(self) -> list[ConversationInfo]:
        if not self.directory.is_dir():
            return []
        found = []
        for path in sorted(self.directory.glob("*.jsonl"), reverse=True):
            answers, _ = self.load(path.stem)
            if answers:
                started = path.stem[:15].replace("-", " ")
                found.append(ConversationInfo(path.stem, path, started, answers[0].question, len(answers)))
        return found
