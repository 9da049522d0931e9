"""Questions in two parts, one of which asks for a whole section: "What grades did Halton get and
who is the lead inspector?", "What grades did Luton get and what does it need to improve?".

A question asking for a report's grades, recommendations or summary is answered with that section
quoted whole (sections.py), and a second part asking something else was dropped: a hostile probe
got Halton's grades and no inspector, Luton's improvements and no grades. Such a question is asked
as two: the first part alone, the second as its follow-up (so "it" and the council carry over),
and the answers are given one after the other, citations numbered through. A question of three
parts ("What grades did Halton get, who led it and when was it inspected?") is asked as three,
each a follow-up of the one before. Used only when one part is answered with its whole section;
otherwise the question is answered as before, sentence by sentence, where the answer model
already quotes a sentence for each part.
"""

from __future__ import annotations

from typing import Sequence

from assistant.answers.comparison import _interleaved, _renumbered, numbered_through
from assistant.domain import NOT_FOUND_TEXT, Answer, Explanation

PARTS = "in parts: "  # an explanation note's opening, for a question answered a part at a time
_COUNTS = {2: "two", 3: "three"}


def joined_answer(question: str, parts: Sequence[tuple[str, Answer]], asks: int | None = None) -> Answer:
    """One answer from each part's (``parts``: the part as asked, its answer), in order: each
    part's lines as answered, a part not answered said so in a line naming it; citations
    numbered through. ``asks``: how many things the question asks, where a part was asked of
    each of several reports (one entry each); else one a part."""
    lines, citations, notes, repeated = [], [], [], []
    for number, (asked, answer) in enumerate(parts, 1):
        if answer.abstained:
            lines.append(f"{asked} {NOT_FOUND_TEXT}")
            continue
        quoted = {(c.source, c.start, c.end) for c in citations}
        if answer.citations and all((c.source, c.start, c.end) in quoted for c in answer.citations):
            # "What are the recommendations and what needs to improve for Bristol?": one list, once.
            repeated.append(number)
            continue
        lines.append(numbered_through(answer, citations))
    abstained = not citations
    asked_as = " / ".join(f"\u201c{asked}\u201d" for asked, _ in parts)
    asks = asks or len(parts)
    count = _COUNTS.get(asks, str(asks))
    later = "the second as a follow-up of the first" if len(parts) == 2 else "each later one as a follow-up of the one before"
    notes.append(f"{PARTS}the question asks {count} things, one of them a whole section: asked as {asked_as}, {later}")
    notes += [f"part {number} quoted only what an earlier part quoted: not repeated" for number in repeated]
    for number, (asked, answer) in enumerate(parts, 1):
        if answer.explanation is not None:
            why = answer.explanation
            notes.append(f"part {number} ({why.decision}): " + "; ".join(why.notes))
    explanations = [a.explanation for _, a in parts if a.explanation is not None]
    explanation = None
    if explanations:
        explanation = Explanation(
            passages=tuple(_renumbered(_interleaved([e.passages for e in explanations]))),
            candidates=tuple(sorted((c for e in explanations for c in e.candidates), key=lambda c: -c.probability)),
            # The threshold of the parts that weighed sentences (a section quoted whole weighs none).
            threshold=next((e.threshold for e in explanations if e.candidates), explanations[0].threshold),
            decision="abstained" if abstained else "answered",
            considered=sum(e.considered for e in explanations),
            answerer=explanations[0].answerer,
            notes=tuple(notes),
        )
    timings: dict[str, float] = {}
    for _, answer in parts:
        for key, value in answer.timings_ms.items():
            timings[key] = timings.get(key, 0.0) + value
    passages = tuple(_renumbered(_interleaved([answer.passages for _, answer in parts])))
    named = tuple(sorted({doc for _, answer in parts for doc in answer.named}))
    text = NOT_FOUND_TEXT if abstained else "\n".join(lines)
    return Answer(question, text, abstained, tuple(citations), passages, timings, explanation, named=named)
