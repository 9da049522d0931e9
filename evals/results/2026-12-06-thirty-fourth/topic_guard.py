"""Offline: for each probe answer, whether its first quote holds a topic term of the question
(content terms less council-name words, how-good words, verbs of the frame)."""
import json, re, sys, csv
sys.path.insert(0, "/work/main")
from assistant.search.keyword import content_terms
from assistant.search.routing import ASKS_HOW_GOOD
lib = open("/dev/stdin") if False else None
import os
councils = set()
for f in os.listdir("/tmp/ofsted-lib"):
    for w in re.sub(r"\d+|\.pdf|ofsted", " ", f).replace("-", " ").split():
        councils.add(w)
def topic_terms(q):
    q2 = ASKS_HOW_GOOD.sub(" ", q)
    return set(content_terms(q2)) - set(content_terms(" ".join(councils)))
J = {r["question"]: r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t")}
for side in ("before", "after"):
    for line in open(sys.argv[2 if side == "before" else 3]):
        d = json.loads(line)
        q = d["question"]
        if not d["model_reading"] or "present" not in d["model_reading"][0]:
            continue
        t = topic_terms(q)
        if d["abstained"]:
            held = "ABST"
        else:
            held = "holds" if set(content_terms(d["citations"][0]["text"])) & t else "LACKS"
        j = J.get(q, {})
        print(side, held, j.get("answerable"), j.get(side), "|", q, "|", sorted(t), "|", "" if d["abstained"] else d["citations"][0]["text"][:90])
