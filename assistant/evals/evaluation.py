"""Evaluation harness: score the real pipeline's answers and citations against gold evidence.

A question set is JSON Lines, one question a line::

    {"id": str, "question": str, "answerable": bool,
     "gold": [{"doc": path relative to the corpus root, "quote": exact text}],
     "keywords": [str], "answers": [str]?}

A passage or citation *holds* a gold quote when both are in the same document and their
character spans overlap by at least half the quote. A quote is found wherever its text occurs,
and wherever its words occur in the same order with other case and punctuation (a judgement
table's "Overall effectiveness | Good" states the quote "Overall effectiveness: good").
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
import statistics
import sys
import time
from dataclasses import dataclass, field, replace
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
    "gold_coverage",
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
    split: str | None = None  # "tune" or "test" where a set is split; tune only on "tune"
    turns: tuple[str, ...] = ()  # a conversation: earlier turns, then ``question`` (the scored last turn)
    documents: tuple[str, ...] = ()  # asked within these documents only, as a person does with /doc


@dataclass(frozen=True)
class RunConfig:
    """One way of running the pipeline: retrieval mode, answerer and reranking."""

    label: str
    mode: str = "hybrid"
    answerer: str = "model"
    rerank: bool = True
    context: bool = True  # conversations: earlier turns read before the last one


def compare_configs(settings: Settings) -> list[RunConfig]:
    """What ``--compare`` runs side by side: the settings' own pipeline first, then the baselines."""
    own = own_config(settings)
    others = [
        RunConfig("model", settings.retrieval_mode, "model", True),
        RunConfig("scorer", settings.retrieval_mode, "scorer", False),
        RunConfig("no-rerank", settings.retrieval_mode, "model", False),
    ]
    return [own] + [c for c in others if (c.answerer, c.rerank) != (own.answerer, own.rerank)]


def mode_configs(settings: Settings) -> list[RunConfig]:
    """What ``--compare-modes`` runs: the settings' answerer over hybrid, dense-only and keyword-only."""
    own = own_config(settings)
    return [RunConfig(mode, mode, own.answerer, own.rerank) for mode in ("hybrid", "dense", "keyword")]


def own_config(settings: Settings) -> RunConfig:
    rerank = settings.answerer == "model" and settings.rerank == "on"
    label = "scorer" if settings.answerer == "scorer" else "model" if rerank else "no-rerank"
    return RunConfig(label, settings.retrieval_mode, settings.answerer, rerank)


def load_questions(path: Path, split: str | None = None) -> list[Question]:
    questions, seen = [], set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise QuestionSetError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise QuestionSetError(f"{path}: is not UTF-8 text (byte {exc.start}); a question set is JSON lines") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise TypeError(f"a JSON object is needed, not {type(row).__name__}")
            if not isinstance(row.get("turns", []), list):
                raise TypeError("'turns' must be a list of questions")
            turns = tuple(_field(row, "turns", str, each=t) for t in row.get("turns", ()))
            question = Question(
                id=str(_field(row, "id", (str, int))),
                question=_field(row, "question", str) if not turns else turns[-1],
                answerable=_field(row, "answerable", bool) if not turns else _field(row, "answerable", bool, default=True),
                gold=tuple(row.get("gold", [])),
                keywords=tuple(row.get("keywords", [])),
                answers=tuple(row.get("answers", [])),
                split=row.get("split"),
                turns=turns,
                documents=tuple(str(d) for d in row.get("documents", ())),
            )
            _check_question(question)
        except (ValueError, KeyError, TypeError) as exc:
            raise QuestionSetError(f"{path}: line {number} is not a valid question ({exc})") from None
        if question.id in seen:
            raise QuestionSetError(f"{path}: line {number} repeats id {question.id!r}")
        if question.answerable and not question.gold:
            raise QuestionSetError(f"{path}: line {number} ({question.id}) is answerable but has no gold quote")
        seen.add(question.id)
        questions.append(question)
    if split is not None:
        questions = [q for q in questions if q.split == split]
    if not questions:
        raise QuestionSetError(f"{path}: holds no questions" + (f" in split {split!r}" if split else ""))
    return questions


_MISSING = object()
_TYPE_NAMES = {str: "a string", int: "a whole number", bool: "true or false"}


def _field(row: dict, name: str, kinds, *, default=_MISSING, each=_MISSING):
    """``row[name]`` (or ``each``, one item of that list) when it has one of ``kinds``; a wrong or
    missing one is named, since `str(5)` or `bool("no")` would run the set with other questions
    than the file says."""
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    value = each if each is not _MISSING else row.get(name, default)
    if value is _MISSING:
        raise ValueError(f"'{name}' is missing")
    # JSON's true and false are Python bools, which are ints too: an id of true is no id.
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        wanted = " or ".join(_TYPE_NAMES[k] for k in kinds)
        raise TypeError(f"'{name}'{' items' if each is not _MISSING else ''} must be {wanted}, not {json.dumps(value)[:40]}")
    return value


def _gold_not_found(question: Question) -> str:
    docs = ", ".join(sorted({g["doc"] for g in question.gold}))
    return f"question {question.id}: its gold quote is not found in the indexed documents ({docs})"


def _check_question(question: Question) -> None:
    """What the harness relies on, checked on loading so a bad line is named, not met mid-run."""
    if not question.question.strip() or any(not turn.strip() for turn in question.turns):
        raise ValueError("the question is empty")
    for gold in question.gold:
        if not isinstance(gold, dict) or not isinstance(gold.get("doc"), str) or not isinstance(gold.get("quote"), str):
            raise TypeError('each gold entry must be {"doc": "file name", "quote": "exact text"}')
        if not gold["quote"].strip():
            raise ValueError(f"an empty gold quote in {gold['doc']}")


_WORD = re.compile(r"\w+")
MIN_WORDS_TO_MATCH = 4  # a shorter quote ("good") would be found all over a report


@functools.lru_cache(maxsize=8)  # a question set asks about the same few documents in turn
def _words_of(text: str) -> tuple[list[tuple[int, int]], list[str], list[int], str]:
    """The text's words: their spans, lower-cased, where each starts once joined by single spaces, joined."""
    bounds, joined, offsets = [], [], []
    position = 0
    for m in _WORD.finditer(text):
        bounds.append(m.span())
        offsets.append(position)
        joined.append(m.group().lower())
        position += len(m.group()) + 1
    return bounds, joined, offsets, " ".join(joined)


def same_words_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Where the quote's words occur in order, case and punctuation aside (first word to last)."""
    words = [m.group().lower() for m in _WORD.finditer(quote)]
    if len(words) < MIN_WORDS_TO_MATCH:
        return []
    bounds, joined, offsets, haystack = _words_of(text)
    needle = " ".join(words)
    spans = []
    found = haystack.find(needle)
    while found >= 0:
        first = bisect.bisect_left(offsets, found)
        if first < len(offsets) and offsets[first] == found:  # starts on a word, not inside one
            last = first + len(words) - 1
            if last < len(offsets) and found + len(needle) == offsets[last] + len(joined[last]):  # and ends on one
                spans.append((bounds[first][0], bounds[last][1]))
        found = haystack.find(needle, found + 1)
    return spans


def gold_spans(question: Question, document_text) -> list[GoldSpan]:
    """Each gold quote located in its document: every exact occurrence, and every occurrence of
    its words in the same order (another layout of the same statement)."""
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
        exact = set(spans)
        for start, end in same_words_spans(text, quote):
            span = GoldSpan(gold["doc"], start, end)
            if span not in exact:
                spans.append(span)
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
        # A question with several gold quotes (a list, two parts): the share of them some citation holds.
        scores["gold_coverage"] = sum(any(holds_gold(c.source, c.start, c.end, [g]) for c in answer.citations) for g in gold) / len(gold) if gold else 0.0
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
        coverage = [s(r)["gold_coverage"] for r in answerable if "gold_coverage" in s(r)]
        if coverage:
            summary["gold_coverage"] = statistics.fmean(coverage)
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
    unchanged = [r["first_turn_unchanged"] for r in rows if "first_turn_unchanged" in r]
    if unchanged:
        summary["first_turn_unchanged"] = statistics.fmean(unchanged)
    latencies = [s(r)["latency_ms"] for r in rows]
    summary["latency_p50_ms"] = percentile(latencies, 0.5)
    summary["latency_p95_ms"] = percentile(latencies, 0.95)
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in summary.items()}


def evaluate(assistant, questions: Sequence[Question], config: RunConfig | str = "hybrid", progress: bool = False) -> RunResult:
    """Ask every question through the real pipeline and score it.

    Retrieval is scored on the passages in the order the answer step used them (reranked when
    the config reranks), so recall@k measures what a person is shown.
    """
    if isinstance(config, str):
        config = RunConfig(config, config, assistant.settings.answerer, assistant.settings.rerank == "on")
    result = RunResult(config=config.label)
    bar = None
    if progress and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(questions), desc=f"eval {config.label}", unit="q", file=sys.stderr, leave=False)
    for question in questions:
        gold = gold_spans(question, assistant.document_text)
        if question.answerable and not gold:
            raise QuestionSetError(_gold_not_found(question))
        extra: dict = {}
        if question.turns and config.context:
            answer, latency, extra = _ask_conversation(assistant, question, config)
        else:
            started = time.perf_counter()
            answer = assistant.ask(
                question.question, mode=config.mode, answerer=config.answerer, rerank=config.rerank, documents=question.documents or None
            )
            latency = (time.perf_counter() - started) * 1000
        why = answer.explanation
        if why is not None and len(why.passages) >= max(RECALL_KS):
            passages = list(why.passages)
        else:
            passages, _ = assistant.retrieve(
                answer.read_as or question.question, top_k=max(RECALL_KS), mode=config.mode, documents=question.documents or None
            )
        scored = score_question(question, answer, passages, gold, latency)
        best = why.candidates[0] if why is not None and why.candidates else None
        scored["scores"]["best_score"] = round(best.probability, 4) if best else None
        # Whether the best sentence holds the gold, answered or not: lets a threshold be swept offline.
        scored["scores"]["best_holds_gold"] = bool(best and holds_gold(best.source, best.start, best.end, gold))
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
                "timings_ms": {k: round(float(v), 1) for k, v in answer.timings_ms.items()},
                **({"read_as": answer.read_as} if question.turns else {}),
                **extra,
                **scored,
            }
        )
        if bar:
            bar.update(1)
    if bar:
        bar.close()
    result.summary = summarise(result.rows)
    return result


def _ask_conversation(assistant, question: Question, config: RunConfig) -> tuple[Answer, float, dict]:
    """Ask the turns in order in one conversation; the last answer is the one scored. Also
    checks that the first turn answers as it would alone (context must never change it)."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation(question.id)
    options = {"mode": config.mode, "answerer": config.answerer, "rerank": config.rerank}
    first = None
    for turn in question.turns[:-1]:
        answer = assistant.ask(turn, conversation=conversation, **options)
        first = first or answer
    alone = assistant.ask(question.turns[0], **options)
    started = time.perf_counter()
    answer = assistant.ask(question.question, conversation=conversation, **options)
    latency = (time.perf_counter() - started) * 1000
    return answer, latency, {"first_turn_unchanged": first is not None and first.text == alone.text}


def sweep_thresholds(rows: Sequence[dict], thresholds: Iterable[float]) -> list[dict]:
    """What each abstention threshold would give, from one run's best scores (answer-model runs).

    Answered = the best score clears the threshold; a citation holds the gold when the best
    sentence does. Exact for the best sentence; added sentences are ignored.
    """
    out = []
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    for t in thresholds:
        def answered(r):
            best = r["scores"].get("best_score")
            return best is not None and best >= t

        out.append(
            {
                "threshold": round(t, 3),
                "citation_recall": statistics.fmean(answered(r) and r["scores"]["best_holds_gold"] for r in answerable) if answerable else None,
                "false_abstain_rate": statistics.fmean(not answered(r) for r in answerable) if answerable else None,
                "abstain_unanswerable": statistics.fmean(not answered(r) for r in unanswerable) if unanswerable else None,
            }
        )
    return out


# ---------------------------------------------------------------- reports

TABLE_METRICS = (
    ("recall_at_1", "evidence recall@1"),
    ("recall_at_5", "evidence recall@5"),
    ("recall_at_10", "evidence recall@10"),
    ("mrr", "MRR"),
    ("citation_precision", "citation precision"),
    ("citation_recall", "citation recall"),
    ("gold_coverage", "gold quotes cited (share per question)"),
    ("keyword_recall", "keyword recall"),
    ("answer_found", "gold answer in answer"),
    ("abstain_unanswerable", "abstained, unanswerable"),
    ("false_abstain_rate", "abstained, answerable (lower is better)"),
    ("first_turn_unchanged", "first turns answered as alone"),
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


def sweep_table(table: Sequence[dict]) -> str:
    lines = ["| threshold | citation recall | abstained, answerable | abstained, unanswerable |", "|---:|---:|---:|---:|"]
    for row in table:
        cells = ["—" if row[k] is None else f"{row[k]:.3f}" for k in ("citation_recall", "false_abstain_rate", "abstain_unanswerable")]
        lines.append(f"| {row['threshold']:.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


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
    compare_modes: bool = False,
    out: Path | None = None,
    bounds: dict[str, float] | None = None,
    sweep: bool = False,
) -> int:
    """`assistant eval`: run, print the table, write results, gate on the bounds (``min_*`` values).

    ``assistant`` is the facade to score; ``settings`` are the ones the run was asked for (recorded
    with the results). ``compare`` adds the other answerers (model, scorer, model without
    reranking); ``compare_modes`` adds dense-only and keyword-only retrieval. Bounds apply to
    the first configuration: the settings' own. Returns the exit code: 1 when a bound is not met.
    """
    assistant.prepare(log=lambda m: print(m, file=sys.stderr))
    configs = [own_config(settings)]
    if compare:
        configs = compare_configs(settings)
    if any(q.turns for q in questions):
        # A conversation set: the last turns with their context, and alone (what context adds).
        configs = [replace(c, label=f"{c.label}+context") for c in configs] + [
            replace(configs[0], label=f"{configs[0].label} alone", context=False)
        ]
        indexed = {record.id for record in assistant.documents()}
        kept = [q for q in questions if all(g["doc"] in indexed for g in q.gold)]
        if len(kept) < len(questions):
            print(f"skipped {len(questions) - len(kept)} conversations about documents not in this index", file=sys.stderr)
        questions = kept
    for question in questions:  # before any question is asked: a long run never fails near its end
        if question.answerable and not gold_spans(question, assistant.document_text):
            raise QuestionSetError(_gold_not_found(question))
    if compare_modes:
        configs += [c for c in mode_configs(settings) if c.mode != settings.retrieval_mode]
    results = [evaluate(assistant, questions, config, progress=True) for config in configs]
    from assistant.paths import EVAL_RESULTS_DIR

    out_dir = out or (EVAL_RESULTS_DIR / questions_path.stem)
    meta = {
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "corpus": str(settings.corpus_dir),
        "top_k": settings.top_k,
        "candidates": settings.candidates,
        "chunk_tokens": settings.chunk_tokens,
        "chunk_overlap": settings.chunk_overlap,
        "encoder": settings.encoder,
        "abstain_threshold": settings.abstain_threshold,
        "model_threshold": settings.model_threshold,
        "model_candidates": settings.model_candidates,
        "run_configs": {c.label: {"mode": c.mode, "answerer": c.answerer, "rerank": c.rerank, "context": c.context} for c in configs},
    }
    write_results(results, out_dir, questions_path, meta)
    print(markdown_table(results))
    if sweep:
        table = sweep_thresholds(results[0].rows, [round(0.05 * i, 2) for i in range(1, 20)])
        (out_dir / "threshold_sweep.json").write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
        print(f"\nAbstention threshold sweep ({results[0].config}; best sentence only):")
        print(sweep_table(table))
    print(f"\nresults written to {out_dir}")
    problems = check_bounds(results[0].summary, bounds or {})
    for problem in problems:
        print(f"assistant: eval: {problem}", file=sys.stderr)
    return 1 if problems else 0
