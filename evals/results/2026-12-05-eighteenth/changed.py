"""Per set, the questions whose answer differs between two runs of ev.sh (NAME-SET folders under
OUT): how many, and whether each cited a gold quote before and after.
usage: python changed.py OUT BEFORE AFTER SET [SET ...]"""
import json
import sys
from pathlib import Path

out, before, after, sets = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
for name in sets:
    for path in sorted((out / f"{before}-{name}").glob("per_question.*.jsonl")):
        other = out / f"{after}-{name}" / path.name
        if not other.exists():
            continue
        a = {json.loads(line)["id"]: json.loads(line) for line in path.open()}
        b = {json.loads(line)["id"]: json.loads(line) for line in other.open()}
        changed = [k for k in a if k in b and (a[k]["answer"] != b[k]["answer"] or a[k]["abstained"] != b[k]["abstained"])]
        config = path.name[len("per_question."):-len(".jsonl")]
        print(f"{name} {config}: {len(a)} questions, {len(changed)} answers changed")
        for k in changed:
            x, y = a[k], b[k]
            state = lambda d: "abstained" if d["abstained"] else ("cited gold" if d["scores"].get("cited_gold") else "answered, no gold")
            print(f"   {k} ({'answerable' if x.get('answerable', True) else 'unanswerable'}): {state(x)} -> {state(y)} | {x['question'][:90]}")
