"""Evaluation harness: score the real pipeline's answers and citations against gold evidence.

A question set is JSON Lines, one question a line::

    {"id": str, "question": str, "answerable": bool,
     "gold": [{"doc": path relative to the corpus root, "quote": exact text}],
     "keywords": [str], "answers": [str]?}

A passage or citation *holds* a gold quote when both are in the same document and their
character spans overlap by at least half the quote.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from assistant.domain import Answer, Citation, Passage

if TYPE_CHECKING:
    from assistant.core import Assistant
    from assistant.settings import Settings

RECALL_KS = (1, 5, 10)
# Every metric is "higher is better", so one --min-METRIC bound fits all.
METRICS = (
    "recall_at_1",
    "recall_at_5",
    "recall_at_10",
    "mrr",
    "citation_precision",
    "citation_recall",
    "keyword_recall",
    "answer_found",
    "abstain_unanswerable",
    "answered_answerable",
)


class QuestionSetError(ValueError):
    pass


@dataclass(frozen=True)
class GoldSpan:
    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answerable: bool
    gold: tuple[dict, ...]
    keywords: tuple[str, ...]
    answers: tuple[str, ...] = ()


def load_questions(path: Path) -> list[Question]:
    questions, seen = [], set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise QuestionSetError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            question = Question(
                id=str(row["id"]),
                question=str(row["question"]),
                answerable=bool(row["answerable"]),
                gold=tuple(row.get("gold", [])),
                keywords=tuple(row.get("keywords", [])),
                answers=tuple(row.get("answers", [])),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise QuestionSetError(f"{path}: line {number} is not a valid question ({exc})") from None
        if question.id in seen:
            raise QuestionSetError(f"{path}: line {number} repeats id {question.id!r}")
        if question.answerable and not question.gold:
            raise QuestionSetError(f"{path}: line {number} ({question.id}) is answerable but has no gold quote")
        seen.add(question.id)
        questions.append(question)
    if not questions:
        raise QuestionSetError(f"{path}: holds no questions")
    return questions


def gold_spans(question: Question, document_text) -> list[GoldSpan]:
    """Each gold quote located in its document (every occurrence counts)."""
    spans = []
    for gold in question.gold:
        text = document_text(gold["doc"])
        if text is None:
            continue
        quote = gold["quote"]
        start = text.find(quote)
        while start >= 0:
            spans.append(GoldSpan(gold["doc"], start, start + len(quote)))
            start = text.find(quote, start + 1)
    return spans


# ---------------------------------------------------------------- metric functions


def holds_gold(doc: str, start: int, end: int, gold: Iterable[GoldSpan]) -> bool:
    """Same document, and the spans overlap by at least half the quote."""
    for g in gold:
        if g.doc == doc:
            overlap = min(end, g.end) - max(start, g.start)
            if overlap > 0 and overlap * 2 >= g.end - g.start:
                return True
    return False


def first_hit_rank(passages: Sequence[Passage], gold: Sequence[GoldSpan]) -> int | None:
    for rank, passage in enumerate(passages, 1):
        if holds_gold(passage.chunk.doc_id, passage.chunk.start, passage.chunk.end, gold):
            return rank
    return None


def correct_citations(citations: Sequence[Citation], gold: Sequence[GoldSpan]) -> int:
    return sum(holds_gold(c.source, c.start, c.end, gold) for c in citations)


def keyword_recall(answer_text: str, keywords: Sequence[str]) -> float | None:
    if not keywords:
        return None
    lowered = answer_text.lower()
    return sum(k.lower() in lowered for k in keywords) / len(keywords)


def percentile(values: Sequence[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)  # nearest-rank: the smallest value with `fraction` of values at or below it
    index = min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))
    return ordered[index]


# ---------------------------------------------------------------- scoring one question


def score_question(question: Question, answer: Answer, passages: Sequence[Passage], gold: Sequence[GoldSpan], latency_ms: float) -> dict:
    scores: dict = {"latency_ms": round(latency_ms, 1), "citations": len(answer.citations)}
    failures = []
    correct = correct_citations(answer.citations, gold) if question.answerable else 0
    scores["correct_citations"] = correct
    if question.answerable:
        rank = first_hit_rank(passages, gold)
        for k in RECALL_KS:
            scores[f"hit_at_{k}"] = rank is not None and rank <= k
        scores["reciprocal_rank"] = 1.0 / rank if rank else 0.0
        scores["cited_gold"] = correct > 0
        scores["keyword_recall"] = keyword_recall("" if answer.abstained else answer.text, question.keywords)
        if question.answers:
            lowered = answer.text.lower()
            scores["answer_found"] = (not answer.abstained) and any(a.lower() in lowered for a in question.answers)
        scores["abstained"] = answer.abstained
        if rank is None:
            failures.append(f"no gold quote in the top {len(passages)} passages")
        if answer.abstained:
            failures.append("abstained on an answerable question")
        elif not correct:
            failures.append("no citation holds a gold quote")
        if scores["keyword_recall"] is not None and scores["keyword_recall"] < 1 and not answer.abstained:
            missing = [k for k in question.keywords if k.lower() not in answer.text.lower()]
            failures.append("answer lacks " + ", ".join(repr(k) for k in missing))
    else:
        scores["abstained"] = answer.abstained
        if not answer.abstained:
            failures.append("answered a question the texts do not answer")
    return {"scores": scores, "failure": "; ".join(failures) or None}


@dataclass
class RunResult:
    config: str
    rows: list[dict] = field(default_factory=list)
    summary: dict = field(default_factory=dict)


def summarise(rows: Sequence[dict]) -> dict:
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    s = lambda r: r["scores"]  # noqa: E731
    summary: dict = {"questions": len(rows), "answerable": len(answerable), "unanswerable": len(unanswerable)}
    if answerable:
        for k in RECALL_KS:
            summary[f"recall_at_{k}"] = statistics.fmean(s(r)[f"hit_at_{k}"] for r in answerable)
        summary["mrr"] = statistics.fmean(s(r)["reciprocal_rank"] for r in answerable)
        summary["citation_recall"] = statistics.fmean(s(r)["cited_gold"] for r in answerable)
        keyword_scores = [s(r)["keyword_recall"] for r in answerable if s(r)["keyword_recall"] is not None]
        if keyword_scores:
            summary["keyword_recall"] = statistics.fmean(keyword_scores)
        found = [s(r)["answer_found"] for r in answerable if "answer_found" in s(r)]
        if found:
            summary["answer_found"] = statistics.fmean(found)
        summary["answered_answerable"] = 1 - statistics.fmean(s(r)["abstained"] for r in answerable)
        summary["false_abstain_rate"] = 1 - summary["answered_answerable"]
    total_citations = sum(s(r)["citations"] for r in rows)
    summary["citation_precision"] = (
        sum(s(r)["correct_citations"] for r in rows) / total_citations if total_citations else 0.0
    )
    if unanswerable:
        summary["abstain_unanswerable"] = statistics.fmean(s(r)["abstained"] for r in unanswerable)
    latencies = [s(r)["latency_ms"] for r in rows]
    summary["latency_p50_ms"] = percentile(latencies, 0.5)
    summary["latency_p95_ms"] = percentile(latencies, 0.95)
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in summary.items()}


def evaluate(assistant, questions: Sequence[Question], mode: str = "hybrid", progress: bool = False) -> RunResult:
    """Ask every question through the real pipeline and score it."""
    result = RunResult(config=mode)
    bar = None
    if progress and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(questions), desc=f"eval {mode}", unit="q", file=sys.stderr, leave=False)
    for question in questions:
        gold = gold_spans(question, assistant.document_text)
        if question.answerable and not gold:
            raise QuestionSetError(f"question {question.id}: no gold quote is found in the indexed documents")
        started = time.perf_counter()
        answer = assistant.ask(question.question, mode=mode)
        latency = (time.perf_counter() - started) * 1000
        passages, _ = assistant.retrieve(question.question, top_k=max(RECALL_KS), mode=mode)
        scored = score_question(question, answer, passages, gold, latency)
        result.rows.append(
            {
                "id": question.id,
                "question": question.question,
                "answerable": question.answerable,
                "answer": answer.text,
                "abstained": answer.abstained,
                "citations": answer.to_json()["citations"],
                "gold": list(question.gold),
                "keywords": list(question.keywords),
                **scored,
            }
        )
        if bar:
            bar.update(1)
    if bar:
        bar.close()
    result.summary = summarise(result.rows)
    return result


# ---------------------------------------------------------------- reports

TABLE_METRICS = (
    ("recall_at_1", "evidence recall@1"),
    ("recall_at_5", "evidence recall@5"),
    ("recall_at_10", "evidence recall@10"),
    ("mrr", "MRR"),
    ("citation_precision", "citation precision"),
    ("citation_recall", "citation recall"),
    ("keyword_recall", "keyword recall"),
    ("answer_found", "gold answer in answer"),
    ("abstain_unanswerable", "abstained, unanswerable"),
    ("false_abstain_rate", "abstained, answerable (lower is better)"),
    ("latency_p50_ms", "latency p50 (ms)"),
    ("latency_p95_ms", "latency p95 (ms)"),
)


def markdown_table(results: Sequence[RunResult]) -> str:
    header = "| metric | " + " | ".join(r.config for r in results) + " |"
    lines = [header, "|---|" + "---:|" * len(results)]
    for key, label in TABLE_METRICS:
        if not any(key in r.summary for r in results):
            continue
        cells = []
        for r in results:
            value = r.summary.get(key)
            cells.append("—" if value is None else (f"{value:.0f}" if key.endswith("_ms") else f"{value:.3f}"))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_results(results: Sequence[RunResult], out_dir: Path, questions_path: Path, meta: dict) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    for result in results:
        with (out_dir / f"per_question.{result.config}.jsonl").open("w", encoding="utf-8") as handle:
            for row in result.rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    summary = {"questions_file": str(questions_path), **meta, "configs": {r.config: r.summary for r in results}}
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    first = results[0]
    failures = [r for r in first.rows if r["failure"]]
    report = [
        f"# Evaluation: `{questions_path.name}`",
        "",
        f"{first.summary['questions']} questions ({first.summary['answerable']} answerable, "
        f"{first.summary['unanswerable']} unanswerable). {meta.get('when', '')}",
        "",
        markdown_table(results),
        "",
        f"## Failures ({first.config}): {len(failures)}",
        "",
    ]
    for row in failures[:60]:
        report.append(f"- `{row['id']}` {row['question']} — {row['failure']}")
    (out_dir / "report.md").write_text("\n".join(report) + "\n", encoding="utf-8")
    return out_dir


def check_bounds(summary: dict, bounds: dict[str, float]) -> list[str]:
    problems = []
    for metric, bound in bounds.items():
        value = summary.get(metric)
        if value is None:
            problems.append(f"{metric} was not measured on this set")
        elif value < bound:
            problems.append(f"{metric} = {value:.3f} is below the bound {bound:.3f}")
    return problems


def run_eval(
    assistant: Assistant,
    settings: Settings,
    questions: Sequence[Question],
    questions_path: Path,
    *,
    compare: bool = False,
    out: Path | None = None,
    bounds: dict[str, float] | None = None,
) -> int:
    """`assistant eval`: run, print the table, write results, gate on the bounds (``min_*`` values).

    ``assistant`` is the facade to score; ``settings`` are the ones the run was asked for (recorded
    with the results). Returns the exit code: 1 when a bound is not met.
    """
    assistant.prepare(log=lambda m: print(m, file=sys.stderr))
    configs = ["hybrid", "dense", "keyword"] if compare else [settings.retrieval_mode]
    results = [evaluate(assistant, questions, mode, progress=True) for mode in configs]
    from assistant.paths import EVAL_RESULTS_DIR

    out_dir = out or (EVAL_RESULTS_DIR / questions_path.stem)
    meta = {
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "corpus": str(settings.corpus_dir),
        "top_k": settings.top_k,
        "chunk_tokens": settings.chunk_tokens,
        "chunk_overlap": settings.chunk_overlap,
        "abstain_threshold": settings.abstain_threshold,
    }
    write_results(results, out_dir, questions_path, meta)
    print(markdown_table(results))
    print(f"\nresults written to {out_dir}")
    problems = check_bounds(results[0].summary, bounds or {})
    for problem in problems:
        print(f"assistant: eval: {problem}", file=sys.stderr)
    return 1 if problems else 0
