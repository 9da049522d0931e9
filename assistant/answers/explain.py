"""Why an answer is what it is, as plain lines for the CLI (`ask --explain`) and the chat."""

from __future__ import annotations

from assistant.domain import NOT_SEARCHED, SECTION_QUOTED, Answer
from assistant.safety import strip_control


def _snippet(text: str, width: int) -> str:
    flat = " ".join(strip_control(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "\u2026"


def explain_lines(answer: Answer, *, candidates: int = 10, passages: int = 10, width: int = 100) -> list[str]:
    """The reranked passages, the sentences the answerer weighed with their scores, the threshold
    and the decision: what a person needs to trust or challenge the answer."""
    why = answer.explanation
    if why is None:
        # History keeps an answer's text, readings and citations, not the scores behind them.
        return [
            "No explanation was recorded for this answer: an answer reopened from history keeps its "
            "citations but not the scores behind them. Ask it again to see why it is what it is."
        ]
    best = why.candidates[0].probability if why.candidates else None
    not_searched = next((note for note in why.notes if note.startswith(NOT_SEARCHED)), None)
    if not_searched is not None:
        # Nothing was retrieved or weighed: the reason is the whole explanation.
        return [f"Abstained: {not_searched}.", "Nothing was retrieved and no sentence was weighed."]
    sections = [note for note in why.notes if note.startswith(SECTION_QUOTED)]
    if sections:
        # The question asked for a whole section: its items are quoted in order, none weighed (one note a report).
        lines = [f"Answered: {note[len(SECTION_QUOTED):]}." for note in sections]
        lines += ["No sentence was weighed: the section is quoted whole, item by item.", ""]
        lines.append("Passages the search found (first-stage order):")
        for p in why.passages[:passages]:
            lines.append(f"  {p.rank:2}. {strip_control(p.chunk.doc_id)} chars {p.chunk.start}\u2013{p.chunk.end}  {p.score:.3f}")
        return lines
    cited = {(c.source, c.end) for c in answer.citations}  # a quote may leave out its sentence's opening bullet
    quoted = [c.probability for c in why.candidates if (c.source, c.end) in cited]
    if why.decision == "answered":
        score = max(quoted, default=best)
        if score is None:
            # A question asked in parts, each quoting a whole section: no sentence was weighed.
            verdict = "Answered: no sentence was weighed for these quotes (see the notes)."
        else:
            verdict = f"Answered: the best sentence quoted scores {score:.2f}, at or above the threshold {why.threshold:.2f}."
    elif best is None:
        verdict = "Abstained: no sentence of the retrieved passages was long enough to weigh."
    elif best >= why.threshold:
        # Sentences over the threshold that may not be quoted (their passages miss the name asked about).
        verdict = f"Abstained: no sentence that may be quoted scores at or above the threshold {why.threshold:.2f} (see the notes)."
    else:
        verdict = f"Abstained: the best sentence scores {best:.2f}, under the threshold {why.threshold:.2f}."
    label = "probability (answer model)" if why.answerer == "model" else "score (sentence scorer)"
    lines = [verdict, f"Answerer: {why.answerer}; {why.considered} sentences weighed; scores are the {label}."]
    lines += [f"Note: {note}" for note in why.notes] + [""]
    lines.append("Passages, in the order the answer step used them (first-stage rank in brackets):")
    firsts = why.first_stage_ranks or tuple(p.rank for p in why.passages)
    for p, first in list(zip(why.passages, firsts))[:passages]:
        lines.append(f"  {p.rank:2}. [{first}] {strip_control(p.chunk.doc_id)} chars {p.chunk.start}\u2013{p.chunk.end}  {p.score:.3f}")
    lines += ["", "Sentences weighed, best first:"]
    for c in why.candidates[:candidates]:
        mark = "*" if (c.source, c.end) in cited else " "
        lines.append(f" {mark}{c.probability:6.3f}  {strip_control(c.source)} chars {c.start}\u2013{c.end} (passage {c.passage_rank})")
        lines.append(f"          {_snippet(c.text, width - 10)}")
    if len(why.candidates) > candidates:
        lines.append(f"  … {len(why.candidates) - candidates} more")
    lines.append("  (* = cited)")
    return lines

