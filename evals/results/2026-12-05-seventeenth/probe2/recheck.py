"""The second probe's questions (b*.txt, p*.txt) answered by the code before (NAME.before.jsonl), by
the code it probed (NAME.after.jsonl, 866812c) and by the mended code (NAME.fin3.jsonl, 0a3972a),
all written by `assistant ask --json -` into the probe's folder; the helper's verdicts
(verdicts.txt, 1-based line numbers) per differing pair: which of them the mend keeps.
usage: python recheck.py PROBE_DIR"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

folder = Path(sys.argv[1])


def load(name, version):
    return [json.loads(line) for line in (folder / f"{name}.{version}.jsonl").open()]


def key(answer):
    return answer.get("answer"), tuple((c["source"], c["start"]) for c in answer.get("citations", []))


verdicts = {}
for line in (folder / "verdicts.txt").open():
    found = re.match(r"^(\w+): (.*)$", line.strip())
    if not found or found.group(1) == "TOTAL":
        continue
    for token in found.group(2).split():
        item = re.match(r"(\d+)([WBS])", token)
        if item:
            verdicts[(found.group(1), int(item.group(1)) - 1)] = item.group(2)
counts, differ, total = Counter(), 0, 0
for name in ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "p1", "p2"]:
    for i, (before, after, now) in enumerate(zip(load(name, "before"), load(name, "after"), load(name, "fin3"))):
        total += 1
        differ += key(now) != key(before)
        verdict = verdicts.get((name, i))
        if verdict:
            state = "as before" if key(now) == key(before) else ("as probed" if key(now) == key(after) else "other")
            counts[(verdict, state)] += 1
            if verdict == "W" and state != "as before":
                print(f"still worse: {name} {i + 1} | {now['question']}")
        elif key(now) != key(before):
            print(f"differs, not judged: {name} {i + 1} | {now['question']}")
print(f"{total} questions and turns; {differ} differ from the code before")
for (verdict, state), n in sorted(counts.items()):
    print(f"  judged {verdict}, now {state}: {n}")
