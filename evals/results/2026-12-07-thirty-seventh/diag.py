"""Replay conversations; for each answerable last turn that fails, classify: gold passage absent / gold sentence not read / read but outranked."""
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
        if not item.get("answerable", True) or "turns" not in item: continue
        kind = "shipped" if not item["gold"][0]["doc"].startswith("ofsted") else "ofsted"
        a = asst[kind]
        conv = Conversation("x")
        for t in item["turns"]:
            ans = a.ask(t, conversation=conv)
        gold = item["gold"]
        def holds(src, text):
            return any(src == g["doc"] and (norm(g["quote"])[:50] in norm(text) or norm(text)[:50] in norm(g["quote"])) for g in gold)
        cited = any(holds(c.source, c.text) for c in ans.citations)
        ex = ans.explanation
        status = "HIT" if cited else "ABST" if ans.abstained else "MISS"
        cat = ""
        if not cited and ex is not None:
            passages = [p for p in ex.passages if holds(p.chunk.doc_id, p.chunk.text) or any(g["doc"] == p.chunk.doc_id and norm(g["quote"])[:50] in norm(p.chunk.text) for g in gold)]
            cands = [i for i, c in enumerate(ex.candidates) if holds(c.source, c.text)]
            if not passages: cat = "no-passage"
            elif not cands: cat = "not-read"
            else: cat = f"outranked@{cands[0]+1} p={ex.candidates[cands[0]].probability:.3f} top={ex.candidates[0].probability:.3f}"
        print(json.dumps({"set": Path(path).stem, "id": item["id"], "status": status, "cat": cat, "read_as": ans.read_as}), flush=True)
