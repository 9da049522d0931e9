"""A template log counted once per council (a question naming no year is answered from the
council's newest report, so its older reports' rows repeat it): OK on any row, abstained.
python per_council.py LOG..."""
import sys
from collections import defaultdict

for f in sys.argv[1:]:
    rows = defaultdict(list)
    for line in open(f):
        parts = line.split(" | ")
        if len(parts) < 4:
            continue
        rows[(parts[0].split()[-1], parts[1].rsplit(" ", 1)[0])].append(line)
    counts = defaultdict(lambda: [0, 0, 0])
    for (kind, _), lines in rows.items():
        counts[kind][0] += 1
        counts[kind][1] += any(x.startswith("OK") for x in lines)
        counts[kind][2] += lines[0].split(" | ")[3].strip() == "ABST"
    for kind, (n, ok, abstained) in counts.items():
        print(f, kind, "councils", n, "ok", ok, "abstained", abstained)
