"""One table line per configuration of an `assistant eval` summary (the twenty-ninth ev.sh's format)."""
import json
import sys

label, path = sys.argv[1], sys.argv[2]
for name, c in json.load(open(path))["configs"].items():
    print(label, name, "n=%d r@5 %.3f cit %.3f prec %.3f FA %.3f UA %.3f p50 %.0f p95 %.0f" % (
        c["questions"], c["recall_at_5"], c["citation_recall"], c.get("citation_precision", 0), c.get("false_abstain_rate", 0),
        c.get("abstain_unanswerable", 0), c["latency_p50_ms"], c["latency_p95_ms"]))
