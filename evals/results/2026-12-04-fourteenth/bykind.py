"""Per kind of question in a names set: abstained, and for answerable ones citation recall (a cited
sentence holds a gold quote). usage: bykind.py SET.jsonl RUN_OFF RUN_ON"""
import json, sys
from collections import defaultdict

setf, runs = sys.argv[1], sys.argv[2:]
kinds = {json.loads(l)["id"]: json.loads(l)["kind"] for l in open(setf)}
answerable = {json.loads(l)["id"]: json.loads(l)["answerable"] for l in open(setf)}
for run in runs:
    rows = [json.loads(l) for l in open(run + "/per_question.model.jsonl")]
    by = defaultdict(list)
    for r in rows:
        group = "unanswerable" if not answerable[r["id"]] else kinds[r["id"]] if kinds[r["id"]] in ("variant-name", "incidental-name") else "answerable, other"
        by[group].append(r)
    print(run)
    for group, rs in sorted(by.items()):
        cited = sum(r["scores"]["correct_citations"] > 0 for r in rs)
        abst = sum(r["abstained"] for r in rs)
        print(f"  {group:18} n={len(rs):3}  abstained {abst / len(rs):.3f}  cited gold {cited / len(rs):.3f}")
