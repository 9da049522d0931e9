"""The last turn of each probe conversation: the session's start (all_old), the probed version
(all_new, n6) and the final code (all_n7), where any differ; with the helper's verdict on old vs n6."""
import json
from pathlib import Path

here = Path(__file__).parent


def load(name):
    return {json.loads(line)["id"]: json.loads(line) for line in open(here / name)}


def first(turn):
    if turn["abstained"]:
        return "ABST"
    c = turn["citations"][0] if turn["citations"] else None
    return f"{c['source']} | {c['text'][:110]}" if c else "none"


old, new, final = load("all_old.jsonl"), load("all_new.jsonl"), load("all_n7.jsonl")
verdicts = dict(line.rstrip("\n").split("\t")[:2] for line in open(here / "judgements.tsv") if "\t" in line)
for key in old:
    a, b, c = old[key]["turns"][-1], new[key]["turns"][-1], final[key]["turns"][-1]
    if json.dumps(a) != json.dumps(c) or json.dumps(b) != json.dumps(c):
        print(f"## {key} [{verdicts.get(key, '?')}] {' || '.join(t['question'] for t in old[key]['turns'])}")
        print("   start:", first(a))
        print("   n6:   ", first(b))
        print("   final:", first(c))
