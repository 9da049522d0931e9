import os, sys, json, time
os.environ["ASSISTANT_ENCODER"] = "onnx"
which = sys.argv[1]
sys.path.insert(0, f"/tmp/s39/{which}")
from pathlib import Path
import assistant
assert f"/tmp/s39/{which}" in assistant.__file__, assistant.__file__
from assistant.settings import Settings
from assistant.core import Assistant
a = Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/s28/lib-index")))
qs = [l.strip() for l in open(os.environ.get("QF","questions.txt")) if l.strip()]
with open(os.environ.get("OF", f"{which}.jsonl"), "w") as out:
    for i, q in enumerate(qs):
        t = time.time()
        try:
            ans = a.ask(q)
            rec = dict(i=i, q=q, text=ans.text, abstained=ans.abstained,
                       cites=[[c.source, c.heading, c.text] for c in ans.citations],
                       notes=list(getattr(getattr(ans, "explanation", None), "notes", []) or []))
        except Exception as e:
            rec = dict(i=i, q=q, error=repr(e))
        rec["secs"] = round(time.time() - t, 1)
        out.write(json.dumps(rec) + "\n"); out.flush()
