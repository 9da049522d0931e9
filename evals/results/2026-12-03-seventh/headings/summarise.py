"""Usage: python summarise.py per_question.*.jsonl -> top-1, citation recall, false abstention, unanswerable abstained."""
import json, sys
for name in sys.argv[1:]:
    rows = [json.loads(l) for l in open(name)]
    ans = [r for r in rows if r["answerable"]]; un = [r for r in rows if not r["answerable"]]
    rate = lambda rs, key: sum(bool(r[key]) for r in rs) / max(len(rs), 1)
    print(f"{name:45s} n={len(rows)} top1 {rate(ans, 'top_holds_gold'):.3f} cit {rate(ans, 'cited'):.3f} "
          f"FA {rate(ans, 'abstained'):.3f} UA {rate(un, 'abstained'):.3f}")
