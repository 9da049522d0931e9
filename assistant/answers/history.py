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

from assistant import paths
from assistant.domain import Answer, Citation
from assistant.safety import repair_text


@dataclass(frozen=True)
class ConversationInfo:
    id: str
    path: Path
    started: str
    first_question: str
    exchanges: int


def _typed(value, kind, what: str):
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"{what} has the wrong type")
    return value


_OPTIONAL_STR, _OPTIONAL_INT = (str, type(None)), (int, type(None))


def answer_from_json(data: dict) -> Answer:
    """One history line back into an answer; a field of the wrong type raises TypeError (damaged)."""
    _typed(data, dict, "the line")
    _typed(data.get("question"), str, "question")
    _typed(data.get("answer"), str, "answer")
    for c in _typed(data.get("citations", []), list, "citations"):
        _typed(c, dict, "a citation")
        for key in ("n", "start", "end"):
            _typed(c.get(key), int, key)
        for key in ("source", "text"):
            _typed(c.get(key), str, key)
        _typed(c.get("title", ""), str, "title")
        _typed(c.get("score", 0.0), (int, float), "score")
        for key in ("section", "paragraph", "page", "end_page"):
            _typed(c.get(key), _OPTIONAL_STR, key)
        for key in ("paragraph_index", "page_index"):
            _typed(c.get(key), _OPTIONAL_INT, key)
    timings = _typed(data.get("timings_ms", {}), dict, "timings")
    read_as = _typed(data.get("read_as"), _OPTIONAL_STR, "read_as")
    kept_to = tuple(_typed(d, str, "kept_to") for d in _typed(data.get("kept_to", []), list, "kept_to"))
    named = tuple(_typed(d, str, "named") for d in _typed(data.get("named", []), list, "named"))
    citations = tuple(
        Citation(
            n=c["n"], source=c["source"], start=c["start"], end=c["end"], text=c["text"], score=c.get("score", 0.0),
            title=c.get("title", ""), heading=c.get("section"), paragraph=c.get("paragraph"),
            paragraph_index=c.get("paragraph_index"), page=c.get("page"), page_index=c.get("page_index"), end_page=c.get("end_page"),
        )
        for c in data.get("citations", [])
    )
    # ``read_as`` equals the question for a turn read alone; only a follow-up's reading is kept.
    read_as = read_as if read_as and read_as != data["question"] else None
    return Answer(data["question"], data["answer"], bool(data["abstained"]), citations, (), timings, None, read_as, kept_to, named)


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


class HistoryStore:
    def __init__(self, data_dir: Path):
        self.directory = data_dir / paths.HISTORY_DIR

    def new_conversation_id(self) -> str:
        return time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]

    def path(self, conversation_id: str) -> Path:
        return self.directory / f"{conversation_id}.jsonl"

    def append(self, conversation_id: str, answer: Answer) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"time": time.strftime("%Y-%m-%dT%H:%M:%S"), **answer.to_json()}, ensure_ascii=False)
        line = repair_text(line)  # never a lone surrogate in the file
        path = self.path(conversation_id)
        with path.open("ab") as handle:
            # A last line cut off without its newline (a killed writer, a full disk) would swallow
            # this answer: start on a new line, so only the damaged line stays damaged.
            if handle.tell() > 0 and not _ends_with_newline(path):
                handle.write(b"\n")
            handle.write((line + "\n").encode("utf-8"))
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
            try:
                answers, _ = self.load(path.stem)
            except OSError:  # a folder or an unreadable file named like a conversation: not one
                continue
            if answers:
                started = path.stem[:15].replace("-", " ")
                found.append(ConversationInfo(path.stem, path, started, answers[0].question, len(answers)))
        return found
