"""Questions that compare: each thing compared answered from its own reports, one line each.

"How do Leeds and Bristol compare on care leavers?" asked of the whole library let the two
councils' passages compete; the answer quoted whichever won (Leeds's placement figures) and said
nothing of Bristol. The router finds what is compared (``DocumentRouter.compared``); each is asked
the same question within its own reports, and the answers are put side by side:

    - Leeds: … [1] Also possible: … [2]
    - Bristol: the report does not answer this.

A line that abstains says so for that council only; the whole answer abstains when every line
does. Citations are numbered through, and each still names its document and span.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from assistant.answers.model_answering import asked_areas
from assistant.domain import LIST_ITEM, MARKER, NOT_FOUND_TEXT, Answer, Explanation
from assistant.search.keyword import content_terms
from assistant.search.routing import JOINING_WORDS, YEAR

COMPARED = "compared: "  # an explanation note's opening, for a question answered once per thing it compares


# Words that ask for a comparison, not for something in a report: the model, reading "How did Leeds
# compare on care leavers?", chose sentences with "compared to an England average" in them.
_COMPARING = re.compile(r"\b(?:compare[sd]?|differ(?:s|ed)?)(?:\s+(?:with|to|against)\b)?\s*", re.IGNORECASE)
_ONLY_JOINING = re.compile(
    r"(?:\s|[,;/&]|\b(?:and|or|vs|versus|v|in|of|at|for|the|compared|comparing|with|to|against|than|between|also)\b\.?)*",
    re.IGNORECASE,
)
_JOINING_WORD = re.compile(rf"(?:,\s*)?\b(?:{JOINING_WORDS}|compare[sd]?\s+(?:with|to|against))\b|,|&|/|→|–", re.IGNORECASE)

# After the first name of a list, what goes with it: its year ("Leeds in 2022 and"), then the joining word.
_FIRST_JOINED = re.compile(rf"(?:\s+(?:in|of|from)\s+{YEAR})?\s*(?:" + _JOINING_WORD.pattern + ")", re.IGNORECASE)


def own_question(question: str, group, groups) -> str:
    """The question as asked of one thing it compares: the others' names left out with the word
    joining them, and the words asking to compare ("How do Leeds and Bristol compare on care
    leavers?" -> "How do Leeds do on care leavers?", for Leeds). The model reads what is asked about,
    not the comparison, and a sentence naming the other council gains nothing."""
    everyone = sorted(span for g in groups for span in g.mentions)
    gaps = [question[a[1] : b[0]] for a, b in zip(everyone, everyone[1:])]
    if all(_ONLY_JOINING.fullmatch(gap) for gap in gaps):
        # "How do [Tower Hamlets, Isle of Wight and Stoke-on-Trent] compare …": the list becomes the one name.
        own = group.mentions[0]
        text = question[: everyone[0][0]] + question[own[0] : own[1]] + question[everyone[-1][1] :]
        return _tidy(text, [year for g in groups for year in g.years])
    others = sorted(span for g in groups if g is not group for span in g.mentions)
    cuts = []
    for start, end in others:
        before = [e for s, e in everyone if e <= start]
        gap_start = before[-1] if before else 0
        joins = list(_JOINING_WORD.finditer(question, gap_start, start))
        if before and joins:
            cuts.append((joins[-1].start(), end))  # "Leeds and Bristol" -> "Leeds"
            continue
        join = _FIRST_JOINED.match(question, end)
        cuts.append((start, join.end() if join else end))  # "Bristol and Leeds" -> "Leeds", "Leeds in 2022 and …" -> "…"
    text = question
    for start, end in sorted(cuts, reverse=True):
        text = text[:start] + text[end:]
    return _tidy(text, [year for g in groups for year in g.years])


def without_years(text: str, years: Sequence[str] | None = None) -> str:
    """The text without these years (any, when None) and the words that go with them ("in 2022",
    "the 2015 inspection"): they chose reports, and a year in a question drew "Inspection dates: …"."""
    if years is not None and not years:
        return text
    year = "|".join(sorted(set(years))) if years is not None else YEAR
    # After a name's possessive the year alone goes: "Stoke-on-Trent's 2022 visit" -> "Stoke-on-Trent's
    # visit" (with its noun, "Who was lead inspector on Sunderland's?" was left).
    text = re.sub(rf"(?<=['’]s)\s+(?:{year})\b(?=\s+(?:inspections?|reports?|reviews?|visits?)\b)", "", text)
    pattern = rf"(?:\b(?:in|at|from|of|by)\s+)?(?:the\s+)?\b(?:{year})\b(?:['’]s)?(?:\s+(?:inspections?|reports?|reviews?|visits?)\b)?"
    return re.sub(r"\s+([?.,:;!])", r"\1", " ".join(re.sub(pattern, "", text).split()))


def _tidy(text: str, years: Sequence[str] = ()) -> str:
    """Without the words that ask to compare, and without the years that chose the reports it is
    asked of (they drew the reports' "Inspection dates: …" lines)."""
    # Asked about an area the reports grade ("care leavers", "adoption"), "How did Leeds do on care
    # leavers?" asks for its grade, which the area's row gives; about anything else ("caseloads")
    # the rewrite asked for a grade too, and any area's row was quoted, so the verb is dropped.
    text = _COMPARING.sub("do " if asked_areas(_COMPARING.sub("", text)) else "", text)
    text = re.sub(r"\bbetween\s+", "", text, flags=re.IGNORECASE)
    text = without_years(text, years)
    text = re.sub(r"\b(\w+)\s+\1\b", r"\1", text, flags=re.IGNORECASE)  # "in Wigan or in Trafford" -> "in in Trafford" -> "in Trafford"
    return " ".join(re.sub(r"\s+([?.,:;!])", r"\1", text).split())


# A follow-up made only of these asks to compare what the turn before asked about ("Which is better?").
_COMPARING_WORDS = frozenset(
    content_terms("better worse best worst compare compared comparison differ difference which more less same similar each both")
)


_ASKS_TO_COMPARE = re.compile(r"\b(?:compare[sd]?|comparison|comparing|differ(?:s|ed|ent|ence)?|versus|vs|v|against|than)\b", re.IGNORECASE)


def asks_to_compare(question: str, *, which_is_better: bool = False) -> bool:
    """Whether a question asks for a comparison ("How does that compare with Bristol?");
    ``which_is_better``: or asks which is better or worse ("which did better, leeds or bristol?")."""
    return bool(_ASKS_TO_COMPARE.search(question) or (which_is_better and _BETTER.search(question)))


_BETTER = re.compile(r"\b(?:better|worse|stronger|weaker)\b", re.IGNORECASE)


def says_what_about(follow_up: str) -> bool:
    """Whether a follow-up to a comparison names its own topic ("And on adoption?") rather than
    leaning on the turn before for it ("Which is better?", "Why?")."""
    return bool(set(content_terms(follow_up)) - _COMPARING_WORDS)


def not_answered_line(documents: int, label: str = "") -> str:
    if not documents:
        return f"no report in the library is about {label}."
    return "the report does not answer this." if documents == 1 else "its reports do not answer this."


def numbered_through(answer: Answer, citations: list) -> str:
    """The answer's text with its citations numbered on from those in ``citations``, which it
    extends: answers given one after another read as one, "[1] … [2]" then "[3] …"."""
    first = len(citations)
    numbers = {c.n: first + k + 1 for k, c in enumerate(answer.citations)}
    citations.extend(dataclasses.replace(c, n=numbers[c.n]) for c in answer.citations)
    return MARKER.sub(lambda m: f"[{numbers.get(int(m.group(1)), m.group(1))}]", answer.text)


def compared_answer(question: str, labels: Sequence[str], documents: Sequence[int], answers: Sequence[Answer]) -> Answer:
    """One answer from the answers given for each thing compared (``labels``, in the question's
    order, each with its number of ``documents``): one line each, citations numbered through. A
    thing no report is about (no documents) gets a line saying so, and its answer is an abstention."""
    lines, citations, notes = [], [], []
    for label, count, answer in zip(labels, documents, answers):
        if answer.abstained:
            lines.append(f"{LIST_ITEM}{label}: {not_answered_line(count, label)}")
            continue
        text = numbered_through(answer, citations)
        lines.append(f"{LIST_ITEM}{label}: " + " ".join(line.removeprefix(LIST_ITEM) for line in text.split("\n")))
    answered = [label for label, answer in zip(labels, answers) if not answer.abstained]
    abstained = not answered
    summary = ", ".join(f"{label} ({count} report{'s' if count != 1 else ''})" for label, count in zip(labels, documents))
    notes.append(f"{COMPARED}the question compares {summary}; each was asked it within its own reports")
    for label, answer in zip(labels, answers):
        explanation = answer.explanation
        if explanation is not None:
            notes.append(f"{label}: {explanation.decision}" + "".join(f"; {note}" for note in explanation.notes))
    passages = _renumbered(_interleaved([answer.passages for answer in answers]))
    explanations = [a.explanation for a in answers if a.explanation is not None]
    explanation = None
    if explanations:
        ranked = _interleaved([list(zip(e.passages, e.first_stage_ranks or [p.rank for p in e.passages])) for e in explanations])
        explanation = Explanation(
            passages=tuple(_renumbered([p for p, _ in ranked])),
            candidates=tuple(sorted((c for e in explanations for c in e.candidates), key=lambda c: -c.probability)),
            threshold=explanations[0].threshold,
            decision="abstained" if abstained else "answered",
            considered=sum(e.considered for e in explanations),
            answerer=explanations[0].answerer,
            first_stage_ranks=tuple(rank for _, rank in ranked) if any(e.first_stage_ranks for e in explanations) else (),
            notes=tuple(notes),
        )
    timings: dict[str, float] = {}
    for answer in answers:
        for key, value in answer.timings_ms.items():
            timings[key] = timings.get(key, 0.0) + value
    named = tuple(sorted({doc for answer in answers for doc in answer.named}))
    text = "\n".join(lines)
    if abstained:  # the abstention's own words, and which places the library has no report on
        text = " ".join([NOT_FOUND_TEXT] + [f"No report in the library is about {label}." for label, count in zip(labels, documents) if not count])
    return Answer(question, text, abstained, tuple(citations), tuple(passages), timings, explanation, named=named)


def _interleaved(runs: Sequence[Sequence]) -> list:
    """Each run's items in turn (its first, then the next run's first, …): the passages shown for
    a comparison hold each side's best."""
    return [run[k] for k in range(max((len(run) for run in runs), default=0)) for run in runs if k < len(run)]


def _renumbered(passages: Sequence) -> list:
    """Ranked in the merged order: each side's own ranks would repeat (1, 1, 2, 2, …)."""
    return [dataclasses.replace(p, rank=k) for k, p in enumerate(passages, 1)]
