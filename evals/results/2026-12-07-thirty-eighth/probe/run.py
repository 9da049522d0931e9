import os, sys, json, time
os.environ["ASSISTANT_ENCODER"] = "onnx"
sys.path.insert(0, "/work/main"); sys.path.insert(0, "/tmp/s40/probe")
from dataclasses import replace
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.search.plain_words import with_report_terms
from questions import Q
on = Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/s28/lib-index")))
off = Assistant(replace(on.settings, model_plain_words_weight=0.0), embedder=on.embedder)
def pack(a):
    return {"abstained": a.abstained, "text": a.text, "quotes": [{"source": c.source, "text": c.text} for c in a.citations], "notes": list(a.explanation.notes)}
with open("/tmp/s40/probe/results.jsonl", "w") as f:
    for i, (q, t, kind, key) in enumerate(Q):
        t0 = time.time()
        a_on = on.ask(q); a_off = off.ask(q)
        r = {"i": i, "question": q, "target": f"ofsted-{t}.pdf", "kind": kind, "key": key,
             "added": [list(x) for x in with_report_terms(q).added], "on": pack(a_on), "off": pack(a_off)}
        r["off"].pop("notes")
        r["on_notes"] = r["on"].pop("notes")
        f.write(json.dumps(r) + "\n"); f.flush()
        print(i, round(time.time() - t0, 1), flush=True)
print("DONE")
