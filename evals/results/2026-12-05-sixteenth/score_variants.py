"""Scores the two variants of the compare set (variants.py) from eval outputs: for each DIR given,
DIR-lower and DIR-absent. Reports cited: the share of the question's gold reports cited; lines:
answers put a line per council; said absent: the absent council's line says no report is about it."""
import json
import sys

for d in sys.argv[1:]:
    for v in ("lower", "absent"):
        rows = [json.loads(line) for line in open(f"{d}-{v}/per_question.model.jsonl")]
        summ = json.load(open(f"{d}-{v}/summary.json"))["configs"]["model"]
        cited = sum(len({c["source"] for c in r["citations"]} & {g["doc"] for g in r["gold"]}) / len({g["doc"] for g in r["gold"]}) for r in rows) / len(rows)
        lines = sum(r["answer"].startswith("- ") for r in rows)
        extra = ""
        if v == "absent":
            said = sum("no report in the library is about" in r["answer"].lower() for r in rows)
            extra = f" said-absent {said}/{len(rows)}"
        print(f"{d.rsplit('/', 1)[-1]}-{v}: n={len(rows)} cit {summ['citation_recall']:.3f} reports-cited {cited:.3f} line-per-council {lines}/{len(rows)}"
              f" FA {summ['false_abstain_rate']:.3f}{extra} p50 {summ['latency_p50_ms']:.0f} p95 {summ['latency_p95_ms']:.0f}")
