"""Turn SQuAD 2.0 into a corpus (one text file per article) and a question set in our format.

The gold quote is the sentence (or sentences) holding the gold answer, so the same citation
metrics apply; unanswerable questions stay unanswerable. Sampling is seeded, so a sample is
the same on every machine.
"""

from __future__ import annotations

import json
import random
import re
import hashlib
from pathlib import Path
from typing import Iterable

from assistant.documents.spans import sentence_spans


SPLIT_SEED = 2026


def squad_splits(titles: Iterable[str], seed: int = SPLIT_SEED) -> dict[str, str]:
    """Article title -> "train" / "tune" / "test", by a seeded hash order (about 60/15/25%)."""
    ordered = sorted(titles, key=lambda t: hashlib.sha256(f"{seed}:{t}".encode()).hexdigest())
    n = len(ordered)
    n_test = max(1, round(n * 0.25))
    n_tune = max(1, round(n * 0.15))
    out = {}
    for i, title in enumerate(ordered):
        out[title] = "test" if i < n_test else "tune" if i < n_test + n_tune else "train"
    return out


def _slug(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", title).strip("_")[:60] or "article"


def import_squad(
    source: Path,
    corpus_out: Path,
    questions_out: Path,
    *,
    sample: int | None = 2000,
    seed: int = 13,
    exclude_ids: set[str] | None = None,
    split: str | None = None,
) -> dict:
    """``split`` ("train", "tune" or "test"): questions only from that split's articles (the corpus
    keeps every article: the others are the distractors a library has)."""
    data = json.loads(source.read_text(encoding="utf-8"))
    splits = squad_splits(a["title"] for a in data["data"])
    corpus_out.mkdir(parents=True, exist_ok=True)
    answerable, unanswerable = [], []
    for number, article in enumerate(data["data"], 1):
        title = article["title"].replace("_", " ")
        doc_id = f"{number:02d}_{_slug(article['title'])}.txt"
        text = f"{title}\n\n"
        for paragraph in article["paragraphs"]:
            context = paragraph["context"].strip()
            offset = len(text) + (len(paragraph["context"]) - len(paragraph["context"].lstrip()))
            text += context + "\n\n"
            sentences = sentence_spans(paragraph["context"])
            for qa in paragraph["qas"]:
                if exclude_ids and qa["id"] in exclude_ids:
                    continue
                if split and splits[article["title"]] != split:
                    continue
                row = {"id": qa["id"], "question": qa["question"].strip(), "answerable": not qa["is_impossible"]}
                if qa["is_impossible"]:
                    unanswerable.append({**row, "gold": [], "keywords": [], "answers": [], "doc": doc_id})
                    continue
                first = qa["answers"][0]
                a_start, a_end = first["answer_start"], first["answer_start"] + len(first["text"])
                covering = [(s, e) for s, e in sentences if s < a_end and a_start < e] or [(a_start, a_end)]
                start, end = covering[0][0], covering[-1][1]
                quote = paragraph["context"][start:end]
                absolute = offset - (len(paragraph["context"]) - len(paragraph["context"].lstrip())) + start
                assert text[absolute : absolute + len(quote)] == quote
                answers = sorted({a["text"] for a in qa["answers"]})
                answerable.append(
                    {**row, "gold": [{"doc": doc_id, "quote": quote}], "keywords": [first["text"]], "answers": answers, "doc": doc_id}
                )
        (corpus_out / doc_id).write_text(text, encoding="utf-8")
    rng = random.Random(seed)
    if sample:
        half = sample // 2
        answerable = rng.sample(answerable, min(half, len(answerable)))
        unanswerable = rng.sample(unanswerable, min(sample - half, len(unanswerable)))
    rows = answerable + unanswerable
    rng.shuffle(rows)
    questions_out.parent.mkdir(parents=True, exist_ok=True)
    with questions_out.open("w", encoding="utf-8") as handle:
        for row in rows:
            row.pop("doc", None)
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {"articles": len(data["data"]), "questions": len(rows), "answerable": len(answerable), "unanswerable": len(unanswerable)}
