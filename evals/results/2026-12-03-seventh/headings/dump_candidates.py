"""Dump each question's top candidates (probability, pre-filter score, gold hit) for abstention analysis."""
import json, sys, os
from pathlib import Path
qpath, split, corpus, index, out = sys.argv[1:6]
split = None if split == "-" else split
os.environ["ASSISTANT_CORPUS"] = corpus; os.environ["ASSISTANT_INDEX"] = index
from assistant.settings import Settings
from assistant.core import Assistant
from assistant.evals.evaluation import load_questions, gold_spans, holds_gold
a = Assistant(Settings.from_env())
qs = [q for q in load_questions(Path(qpath), split) if not q.turns]
with open(out, "w") as f:
    for q in qs:
        ans = a.ask(q.question, documents=q.documents or None)
        gold = gold_spans(q, a.document_text) if q.answerable else []
        cands = ans.explanation.candidates
        rows = [dict(p=c.probability, pre=c.prefilter, rank=c.passage_rank,
                     hit=bool(gold) and holds_gold(c.source, c.start, c.end, gold), text=c.text[:300], src=c.source) for c in cands[:10]]
        cited = any(holds_gold(c.source, c.start, c.end, gold) for c in ans.citations) if gold else False
        f.write(json.dumps(dict(id=q.id, q=q.question, answerable=q.answerable, abstained=ans.abstained, cited=cited,
                                n=len(cands), cands=rows, notes=list(ans.explanation.notes))) + "\n")
