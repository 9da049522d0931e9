"""Tally a probe's verdicts for another run: the helper's 'after' verdict where the answer equals
after.jsonl's, its 'before' verdict where it equals before.jsonl's, else my own (extra TSV)."""
import json, csv, sys, collections
d, run = sys.argv[1:3]
extra = {}
if len(sys.argv) > 3:
    extra = {r["question"]: r["verdict"] for r in csv.DictReader(open(sys.argv[3]), delimiter="\t")}
J = {r["question"]: r for r in csv.DictReader(open(f"{d}/judgements.tsv"), delimiter="\t")}
key = lambda r: (r["abstained"], [c["text"] for c in r["citations"]])
b = {json.loads(l)["question"]: key(json.loads(l)) for l in open(f"{d}/before.jsonl")}
a = {json.loads(l)["question"]: key(json.loads(l)) for l in open(f"{d}/after.jsonl")}
counts = collections.Counter(); base = collections.Counter()
for l in open(f"{d}/{run}"):
    r = json.loads(l); q = r["question"]; j = J[q]; k = key(r)
    ans = j["answerable"]
    if k == a[q]:
        v = j["after"]
    elif k == b[q]:
        v = j["before"]
    elif q in extra:
        v = extra[q]
    else:
        v = "??"
        print("JUDGE:", ans, "|", q, "|", "ABST" if r["abstained"] else " || ".join(c["text"] for c in r["citations"]))
    counts[(ans, v)] += 1
    base[(ans, j["before"])] += 1
for k in sorted(set(counts) | set(base)):
    print(k, base[k], "->", counts[k])
