"""usage: classify.py OUT BEFORE AFTER SET[:config] ... — how each changed answer moved, per set."""
import collections, json, sys

out, before, after = sys.argv[1:4]
total = collections.Counter()
for spec in sys.argv[4:]:
    name, _, config = spec.partition(":")
    config = config or "model"
    a = {json.loads(l)["id"]: json.loads(l) for l in open(f"{out}/{before}-{name}/per_question.{config}.jsonl")}
    b = {json.loads(l)["id"]: json.loads(l) for l in open(f"{out}/{after}-{name}/per_question.{config}.jsonl")}
    counts = collections.Counter()
    for k, x in a.items():
        y = b[k]
        if x["answer"] == y["answer"]:
            continue
        if not x["answerable"]:
            counts["unanswerable: " + ("now abstains" if y["abstained"] and not x["abstained"] else "now answers" if x["abstained"] else "other answer")] += 1
            continue
        was = "abstained" if x["abstained"] else "cited" if x["scores"]["cited_gold"] else "wrong"
        now = "abstained" if y["abstained"] else "cited" if y["scores"]["cited_gold"] else "wrong"
        counts[f"{was} -> {now}"] += 1
    print(name, dict(counts))
    total.update(counts)
print("all", dict(total))
