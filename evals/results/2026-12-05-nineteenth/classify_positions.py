"""Where a conversation's gold lies against the previous answer's quotes: inside one, right after
(within 600 characters), before, elsewhere; and whether the last turn cited it.
usage: python classify_positions.py OUTPUT_OF_follow_up_positions.py [...]"""
import json
import sys
from collections import Counter

PRIORITY = {"inside": 0, "after": 1, "before": 2, "elsewhere": 3, "no previous quote": 4}
for path in sys.argv[1:]:
    counts, gaps = Counter(), []
    for line in open(path):
        if not line.startswith("JSON"):
            continue
        d = json.loads(line[5:])
        if any(p < 0 for _, p, _ in d["golds"]):
            continue  # a conversation about documents not in this index
        where = "elsewhere" if d["prev"] else "no previous quote"
        for doc, p, e in d["golds"]:
            for source, s, end in d["prev"]:
                if source != doc:
                    continue
                here = "inside" if s <= p and e <= end else "after" if 0 <= p - end <= 600 else "before" if 0 <= s - e <= 250 else "elsewhere"
                if PRIORITY[here] < PRIORITY[where]:
                    where = here
                if here == "after":
                    gaps.append((p - end, d["cited"], d["id"]))
        counts[(where, "cited" if d["cited"] else "not cited")] += 1
    print(path, dict(sorted(counts.items())))
    for gap, cited, cid in sorted(gaps):
        print(f"   gold {gap:4d} chars after a quote, {'cited' if cited else 'not cited'}: {cid}")
