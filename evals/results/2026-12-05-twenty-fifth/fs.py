"""First-stage rank of the gold passage (40 candidates) beside the final answer's recall, per set."""
import json, sys, os, collections
os.environ["ASSISTANT_ENCODER"] = "onnx"
os.environ["ASSISTANT_CORPUS"] = "/tmp/ofsted-lib"
os.environ["ASSISTANT_INDEX"] = "/tmp/ofsted-index-t"
from assistant.core import Assistant
from assistant.evals.evaluation import load_questions, gold_spans, first_hit_rank
from pathlib import Path
qpath, split, res = sys.argv[1], (sys.argv[2] or None), sys.argv[3]
a = Assistant(); idx = a.load_index()
final = {json.loads(l)["id"]: json.loads(l) for l in open(res)}
qs = load_questions(Path(qpath), split)
buckets = collections.Counter(); out = []
for q in qs:
    if not q.answerable: continue
    gold = gold_spans(q, a.document_text)
    passages, _ = a.retrieve(q.question, top_k=40, documents=q.documents or None)
    r = first_hit_rank(passages, gold)
    f = final.get(q.id, {}).get("scores", {})
    b = ("fs<=5" if r and r <= 5 else "fs6-40" if r else "fs-miss") + (" final@5" if f.get("hit_at_5") else " final-miss")
    buckets[b] += 1
    out.append((q.id, r, f.get("hit_at_5"), f.get("cited_gold"), q.question))
for k, v in sorted(buckets.items()): print(k, v)
json.dump(out, open(sys.argv[4], "w"), indent=0)
