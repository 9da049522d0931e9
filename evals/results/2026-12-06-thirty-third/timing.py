import json, os, sys, time, statistics
os.environ.setdefault("ASSISTANT_ENCODER", "onnx")
os.environ["ASSISTANT_CORPUS"]="/tmp/ofsted-lib"; os.environ["ASSISTANT_INDEX"]="/tmp/s28/lib-index"
sys.path.insert(0, os.environ.get("CODE", "/work/main"))
from assistant.core import Assistant
from assistant.settings import Settings
a = Assistant(Settings.from_env())
qs = [json.loads(l) for l in open("/work/main/evals/ofsted.jsonl")]
qs = [q for q in qs if q.get("split") == "test"]
a.ask(qs[0]["question"])
rows = []
for q in qs:
    ans = a.ask(q["question"])
    rows.append(ans.timings_ms)
keys = sorted({k for r in rows for k in r})
for k in keys:
    v = sorted(r.get(k, 0) for r in rows)
    print(k, "p50 %.0f p95 %.0f mean %.0f" % (v[len(v)//2], v[int(len(v)*0.95)], statistics.mean(v)))
