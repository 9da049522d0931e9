"""Where the answer step loses the gold: pre-filter (gold sentence not read) or model (read, ranked low)."""
import json, sys, os, collections
os.environ["ASSISTANT_ENCODER"] = "onnx"
os.environ["ASSISTANT_CORPUS"] = "/tmp/ofsted-lib"
os.environ["ASSISTANT_INDEX"] = os.environ.get("IDX", "/tmp/ofsted-index-t")
from assistant.core import Assistant
from assistant.evals.evaluation import load_questions, gold_spans, first_hit_rank, holds_gold
from pathlib import Path
qpath, split, outp = sys.argv[1], (sys.argv[2] or None), sys.argv[3]
a = Assistant(); a.load_index()
qs = load_questions(Path(qpath), split)
b = collections.Counter(); out = []
for q in qs:
    if not q.answerable: continue
    gold = gold_spans(q, a.document_text)
    ans = a.ask(q.question, documents=q.documents or None)
    why = ans.explanation
    if why is None: b["no-why"] += 1; continue
    r5 = first_hit_rank(list(why.passages)[:5], gold)
    fs = first_hit_rank(list(why.passages), gold)
    cands = list(why.candidates)
    crank = next((i + 1 for i, c in enumerate(cands) if holds_gold(c.source, c.start, c.end, gold)), None)
    cited = any(holds_gold(c.source, c.start, c.end, gold) for c in ans.citations)
    key = ("in40" if fs else "not40") + ("/r5" if r5 else "/r5miss") + ("/read@%s" % ("1" if crank == 1 else "2-5" if crank and crank <= 5 else "6+" if crank else "no")) + ("/cited" if cited else "")
    b[key] += 1
    out.append(dict(id=q.id, q=q.question, fs=fs, r5=bool(r5), crank=crank, n=len(cands), cited=cited, best=cands[0].text[:100] if cands else None))
for k, v in sorted(b.items()): print(k, v)
json.dump(out, open(outp, "w"), indent=0)
