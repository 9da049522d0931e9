"""Which answers of a probe differ between two runs, with the helper's verdicts of base and after."""
import json, csv, sys
d, A, B = sys.argv[1:4]
J = {r["question"]: r for r in csv.DictReader(open(f"{d}/judgements.tsv"), delimiter="\t")}
a = [json.loads(l) for l in open(f"{d}/{A}")]
t = [json.loads(l) for l in open(f"{d}/{B}")]
b = [json.loads(l) for l in open(f"{d}/before.jsonl")]
for x, y, z in zip(a, t, b):
    if (x["abstained"], [c["text"] for c in x["citations"]]) != (y["abstained"], [c["text"] for c in y["citations"]]):
        j = J.get(x["question"], {})
        print(j.get("answerable"), j.get("before"), "->", j.get("after"), "|", x["question"])
        for name, r in (("base", z), (A, x), (B, y)):
            print(f"   {name:14}", "ABST" if r["abstained"] else " || ".join(c["text"][:110] for c in r["citations"]))
