"""Where is the evidence in the first stage (top 40, and beyond) for questions whose evidence is not in the reranked top 10?"""
import json, sys
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.evals.evaluation import load_questions, gold_spans, holds_gold
a = Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/ofsted-index')))
a.prepare(log=lambda m: None)
qs = [q for q in load_questions(Path(sys.argv[1]), split=sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != '-' else None) if q.answerable and not q.turns]
ranks = []
for q in qs:
    gold = gold_spans(q, a.document_text)
    for k in (40, 200):
        ps, _ = a.retrieve(q.question, top_k=k, documents=q.documents or None)
        pos = [i for i, p in enumerate(ps) if holds_gold(p.chunk.doc_id, p.chunk.start, p.chunk.end, gold)]
        if pos or k == 200: break
    ranks.append(pos[0] if pos else None)
import collections
b = collections.Counter('1-5' if r is not None and r < 5 else '6-10' if r is not None and r < 10 else '11-20' if r is not None and r < 20 else '21-40' if r is not None and r < 40 else '41-200' if r is not None else '>200' for r in ranks)
print(sys.argv[1], len(qs), sorted(b.items()))
