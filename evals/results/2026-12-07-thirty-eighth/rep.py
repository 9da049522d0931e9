"""Replay conversations; for each last turn: did its answer re-quote the previous turn's quotes; does gold overlap previous quotes."""
import json, os, sys
os.environ.setdefault("ASSISTANT_ENCODER", "onnx")
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
from assistant.answers.conversation import Conversation
CORP = {"ofsted": ("/tmp/ofsted-lib", "/tmp/s28/lib-index"), "shipped": ("/work/main/corpus", "/tmp/s28/shipped-index")}
asst = {k: Assistant(Settings.from_env(corpus_dir=Path(c), index_dir=Path(i))) for k, (c, i) in CORP.items()}
def norm(t): return " ".join(t.split())
for path in sys.argv[1:]:
    for line in open(path):
        item = json.loads(line)
        if "turns" not in item: continue
        gold = item.get("gold") or []
        kind = "shipped" if gold and not gold[0]["doc"].startswith("ofsted") else "ofsted"
        if not gold and any("ofsted" in x for x in [path]): kind = "ofsted"
        a = asst[kind]
        conv = Conversation("x")
        prev = []
        answers = []
        for t in item["turns"]:
            ans = a.ask(t, conversation=conv)
            answers.append(ans)
        last, before = answers[-1], answers[-2]
        pq = [(c.source, c.start, c.end, c.text) for c in before.citations]
        def holds(src, text):
            return any(src == g["doc"] and (norm(g["quote"])[:50] in norm(text) or norm(text)[:50] in norm(g["quote"])) for g in gold)
        cited = any(holds(c.source, c.text) for c in last.citations)
        requoted = [any(s == c.source and c.start < e and st < c.end for s, st, e, _ in pq) for c in last.citations]
        gold_prev = any(holds(s, t) for s, _, _, t in pq)
        print(json.dumps({"set": Path(path).stem, "id": item["id"], "answerable": item.get("answerable", True), "hit": cited, "abst": last.abstained,
                          "requoted": requoted, "gold_in_prev": gold_prev, "read_as": last.read_as}), flush=True)
