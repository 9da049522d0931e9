"""Per question: the 40 first-stage passages (rank, span), every sentence the model read (span,
probability, first-stage passage rank) and where the gold is, so passage orderings can be
compared offline. usage: ASSISTANT_ENCODER=onnx python passage_dump.py QUESTIONS CORPUS INDEX OUT [split]"""
import json
import sys
from pathlib import Path

from assistant.core import Assistant
from assistant.evals.evaluation import gold_spans, holds_gold, load_questions
from assistant.settings import Settings

questions_path, corpus, index, out = sys.argv[1:5]
split = sys.argv[5] if len(sys.argv) > 5 else None
settings = Settings.from_env(corpus_dir=Path(corpus), index_dir=Path(index))
assistant = Assistant(settings)
assistant.prepare(log=lambda m: None)
with open(out, "w", encoding="utf-8") as handle:
    for q in load_questions(Path(questions_path)):
        if split and q.split != split or not q.answerable or q.turns:
            continue
        gold = gold_spans(q, assistant.document_text)
        answer = assistant.ask(q.question, top_k=40, documents=q.documents or None)
        why = answer.explanation
        passages = [
            {"first": first, "doc": p.chunk.doc_id, "start": p.chunk.start, "end": p.chunk.end,
             "gold": holds_gold(p.chunk.doc_id, p.chunk.start, p.chunk.end, gold)}
            for p, first in zip(why.passages, why.first_stage_ranks)
        ]
        sentences = [{"doc": c.source, "start": c.start, "end": c.end, "p": c.probability, "first": c.passage_rank} for c in why.candidates]
        handle.write(json.dumps({"id": q.id, "passages": passages, "sentences": sentences}) + "\n")
