"""Hard negatives for the answer model, mined by asking the training questions of the product itself.

The first answer model learnt its in-domain negatives from word overlap: the sentences of a report
sharing most words with the question. The mistakes it makes at question time are of another kind,
sentences on the same subject that do not answer ("How many children were in care?" answered with
the sentence on care leavers' numbers). So each training question is asked, through the whole
pipeline, of an index of the training reports alone (never a report an evaluation set uses), and
the best-scored sentences of its own report that are not its answer are kept as negatives
(``assistant/evals/data/ofsted-train-negatives.jsonl``; ``assistant mine-negatives``).

A sentence that answers too, in other words (a grade table's row beside the sentence giving the
same grade), must not be taught as a wrong answer: one that holds most of the answer's own words
(those the question does not use), or its number or date, is never kept.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable, Iterable

from assistant.evals.training import terms

_NUMBER = re.compile(r"\d[\d,.%]*")
ANSWER_WORDS_SHARE = 0.6  # of the answer's own words a candidate may hold before it counts as an answer too
NEAR_CHARS = 40  # a candidate this close to the answer's span is its neighbour, often part of the same answer


def answers_too(question: str, quote: str, candidate: str) -> bool:
    """Whether ``candidate`` may give the same answer as ``quote``: most of the quote's words the
    question does not use, or any of the quote's numbers."""
    own = terms(quote) - terms(question)  # the words training compares questions and sentences by
    words = terms(candidate)
    if own and len(own & words) / len(own) >= ANSWER_WORDS_SHARE:
        return True
    numbers = {n.strip(".,") for n in _NUMBER.findall(quote)} - {n.strip(".,") for n in _NUMBER.findall(question)}
    return bool(numbers & {n.strip(".,") for n in _NUMBER.findall(candidate)})


def hard_negatives(row: dict, candidates: Iterable[dict], document_text: Callable[[str], str | None], per_question: int) -> list[dict]:
    """The best-scored candidates (explanation JSON, best first) that are not the row's answer."""
    quote = row.get("quote") or ""
    answer_doc = row["doc"]
    answer_text = document_text(answer_doc) or ""
    at = answer_text.find(quote) if quote else -1
    kept: list[dict] = []
    seen: set[str] = set()
    for candidate in candidates:
        source, start, end = candidate["source"], candidate["start"], candidate["end"]
        text = document_text(source)
        if text is None:
            continue
        sentence = text[start:end]
        key = " ".join(sentence.split()).lower()
        if not key or key in seen:
            continue
        if quote:
            if source == answer_doc and at >= 0 and start < at + len(quote) + NEAR_CHARS and end > at - NEAR_CHARS:
                continue  # the answer, or right beside it
            if key in " ".join(quote.split()).lower() or answers_too(row["question"], quote, sentence):
                continue
        seen.add(key)
        kept.append({"doc": source, "quote": sentence, "probability": candidate["probability"]})
        if len(kept) == per_question:
            break
    return kept


def mine(assistant, rows: list[dict], *, per_question: int = 3, log: Callable[[str], None] = print) -> list[dict]:
    """Ask each training question of ``assistant`` (an index of the training reports) and keep its
    hard negatives; one output row per input row, in order."""
    texts: dict[str, str | None] = {}

    def document_text(doc_id: str) -> str | None:
        if doc_id not in texts:
            texts[doc_id] = assistant.document_text(doc_id)
        return texts[doc_id]

    mined = []
    for number, row in enumerate(rows):
        # Asked of its own report: many training questions name no council, so another report's
        # sentence on the same subject may well answer them there (a first mining kept such
        # sentences as negatives in 2 of 3 cases). The mistake to learn from is the wrong
        # sentence of the right report, which routing leaves the model to choose.
        answer = assistant.ask(row["question"], answerer="model", documents=[row["doc"]])
        why = answer.explanation.to_json() if answer.explanation is not None else {"candidates": []}
        mined.append({"question": row["question"], "doc": row["doc"], "negatives": hard_negatives(row, why["candidates"], document_text, per_question)})
        if (number + 1) % 100 == 0:
            log(f"mined {number + 1}/{len(rows)}")
    return mined


def write(rows: list[dict], target: Path) -> None:
    target.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
