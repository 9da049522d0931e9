"""Stricter check of the first citation per kind: from the report asked about, holding the kind's
words, and no label or figure-only line. python strict.py LOG..."""
import re
import sys

STRICT = {
    "safe": r"\bsafe\b|\bsafely\b|unsafe|not (be )?safeguarded|inadequate|harm\b|protected",
    "safe-kept": r"\bsafe\b|\bsafely\b|unsafe|not (be )?safeguarded|inadequate|harm\b|protected",
    "protected": r"protect|\bsafe\b|harm\b|risk",
    "listened": r"listen|voice|views|wishes|heard",
    "high": r"caseload|workload",
    "quickly": r"quick|prompt|timel|delay|swift|without delay|within",
    "thorough": r"assessment",
    "stable": r"workforce|turnover|stab|agency|vacanc|permanent|recruit",
    "met": r"\bneeds?\b",
    "up-to-date": r"\bplans?\b",
    "visible": r"visib|accessible",
}
NOT = r"previous inspection|subject of a child protection plan|Inspection dates?:|were being looked after by the local authority"
for f in sys.argv[1:]:
    counts = {}
    for line in open(f):
        parts = line.split(" | ")
        if len(parts) < 4:
            continue
        kind = parts[0].split()[-1]
        if kind not in STRICT:
            continue
        n, ok, abst = counts.get(kind, (0, 0, 0))
        text = parts[3]
        good = line.startswith(("OK", "--")) and re.search(STRICT[kind], text, re.I) and not re.search(NOT, text, re.I)
        counts[kind] = (n + 1, ok + bool(good), abst + (text.strip() == "ABST"))
    for kind, (n, ok, abst) in counts.items():
        print(f, kind, "of", n, "strict ok", ok, "abstained", abst)
