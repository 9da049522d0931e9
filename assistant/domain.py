"""The domain, as plain frozen dataclasses: what a review text is, and what an answer cites.

Character offsets (``start``/``end``) always index the document's text as stored in the
index, which for plain-text files is the file decoded as UTF-8 (a BOM dropped).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Mapping

from assistant.safety import strip_control

NOT_FOUND_TEXT = "The review texts do not answer this."
NOT_SEARCHED = "not searched: "  # an explanation note's opening, for a question there was nothing to look for
SECTION_QUOTED = "section quoted: "  # an explanation note's opening, for a question answered with a whole section
LIST_ITEM = "- "  # opens each line of an answer that quotes a list, one item a line
MARKER = re.compile(r"\[(\d+)\]")  # a citation marker in an answer's text


class CitationError(AssertionError):
    """An answer whose citations do not check out; never shown to a user."""


@dataclass(frozen=True)
class Document:
    id: str  # path relative to the corpus root, with forward slashes
    title: str
    text: str
    sha256: str  # of the file's bytes
    format: str = "text"
    headings: tuple[tuple[int, str], ...] = ()  # (offset, text) where the format marks headings
    pages: tuple[tuple[int, int, str], ...] = ()  # (offset, 1-based index, printed label) for PDFs
    # The file's own title field where it differs from ``title`` ("Shropshire draft report use this
    # one"): what the answer model was trained to read beside each sentence. People see ``title``.
    file_title: str = ""

    @property
    def model_title(self) -> str:
        return self.file_title or self.title


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    start: int
    end: int
    position: int  # order of the chunk within its document
    text: str
    heading: str | None = None
    paragraph: int | None = None  # 1-based paragraph (blank-line block) where the chunk starts
    token_count: int = 0

    @staticmethod
    def make_id(doc_id: str, text: str, occurrence: int = 0) -> str:
        """Content-derived id: the same text in the same document keeps its id across rebuilds."""
        digest = hashlib.sha256(f"{doc_id}\x00{occurrence}\x00{text}".encode("utf-8")).hexdigest()
        return digest[:20]


@dataclass(frozen=True)
class Passage:
    """A chunk as retrieved for one question, with the scores that ranked it."""

    chunk: Chunk
    score: float
    rank: int
    dense_score: float | None = None
    keyword_score: float | None = None


@dataclass(frozen=True)
class Citation:
    n: int
    source: str
    start: int
    end: int
    text: str
    score: float
    title: str = ""
    heading: str | None = None  # the section: nearest heading above the span
    paragraph: str | None = None  # the review's own paragraph number ("4.12", "Recommendation 7")
    paragraph_index: int | None = None  # 1-based block count, for texts that number nothing
    page: str | None = None  # printed page label (PDF)
    page_index: int | None = None  # 1-based page in the file (PDF)
    chunk_id: str | None = None
    end_page: str | None = None  # the printed label of the page the quote ends on, when it runs onto another

    @property
    def location(self) -> str:
        """A human location, as staff cite reviews: "p. 14, para 4.12, Findings, chars 10–90"."""
        parts = []
        if self.page is not None:
            same = self.page == str(self.page_index)
            pages = f"pp. {self.page}\u2013{self.end_page}" if self.end_page else f"p. {self.page}"
            parts.append(pages + ("" if same or self.page_index is None else f" (page {self.page_index} of the file)"))
        if self.paragraph:
            parts.append(self.paragraph if self.paragraph[0].isalpha() else f"para {self.paragraph}")
        elif self.paragraph_index is not None:
            parts.append(f"\u00b6{self.paragraph_index}")
        if self.heading:
            parts.append(self.heading)
        parts.append(f"chars {self.start}\u2013{self.end}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Candidate:
    """A sentence the answer model read, with its calibrated probability of answering."""

    source: str
    start: int
    end: int
    text: str
    probability: float
    prefilter: float  # the cheap score that earned it a place among the sentences read
    passage_rank: int  # its passage's first-stage rank


@dataclass(frozen=True)
class Explanation:
    """Why an answer is what it is: what an operator needs to trust, challenge or tune it."""

    passages: tuple[Passage, ...]  # in the order the answer step used (reranked when on)
    candidates: tuple[Candidate, ...]  # best first
    threshold: float
    decision: str  # "answered" or "abstained"
    considered: int  # sentences read by the model
    answerer: str = "model"
    first_stage_ranks: tuple[int, ...] = ()  # each passage's rank before reranking, when reranked
    notes: tuple[str, ...] = ()  # what changed the model's scores, in words ("asks for a judgement: ...")

    def to_json(self) -> dict:
        return {
            "answerer": self.answerer,
            "decision": self.decision,
            "notes": list(self.notes),
            "threshold": self.threshold,
            "considered": self.considered,
            "passages": [
                {"rank": p.rank, "first_stage_rank": first, "source": p.chunk.doc_id, "start": p.chunk.start, "end": p.chunk.end, "score": round(float(p.score), 4)}
                for p, first in zip(self.passages, self.first_stage_ranks or [p.rank for p in self.passages])
            ],
            "candidates": [
                {
                    "source": c.source,
                    "start": c.start,
                    "end": c.end,
                    "text": c.text,
                    "probability": round(float(c.probability), 4),
                    "prefilter": round(float(c.prefilter), 4),
                    "passage_rank": c.passage_rank,
                }
                for c in self.candidates
            ],
        }


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    abstained: bool
    citations: tuple[Citation, ...] = ()
    passages: tuple[Passage, ...] = ()  # everything retrieved; "possibly related" on abstention
    timings_ms: Mapping[str, float] = field(default_factory=dict)
    explanation: Explanation | None = field(default=None, compare=False)
    read_as: str | None = None  # the question as answered, when a follow-up was read in context
    # The documents it was kept to because its conversation was about them (it named none).
    kept_to: tuple[str, ...] = ()
    # The documents the question itself named (routing): what the conversation is about from here,
    # kept in history so a reopened conversation keeps to them too.
    named: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """The stable JSON contract of ``assistant ask --json``."""
        return {
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "read_as": strip_control(self.read_as or self.question),  # the question as answered, never a terminal's escapes
            "kept_to": list(self.kept_to),
            "named": list(self.named),
            "citations": [
                {
                    "n": c.n,
                    "source": c.source,
                    "start": c.start,
                    "end": c.end,
                    "text": c.text,
                    "score": round(float(c.score), 4),
                    "title": c.title,
                    "location": c.location,
                    "page": c.page,
                    "page_index": c.page_index,
                    "end_page": c.end_page,
                    "section": c.heading,
                    "paragraph": c.paragraph,
                    "paragraph_index": c.paragraph_index,
                }
                for c in self.citations
            ],
            "passages": [
                {
                    "rank": p.rank,
                    "source": p.chunk.doc_id,
                    "start": p.chunk.start,
                    "end": p.chunk.end,
                    "score": round(float(p.score), 4),
                }
                for p in self.passages
            ],
            "timings_ms": {k: round(float(v), 1) for k, v in self.timings_ms.items()},
        }
