import json, os, sys
os.environ["ASSISTANT_ENCODER"] = "onnx"
sys.path.insert(0, os.environ.get("CODE", "/work/main"))  # the code asked: h2 in /tmp/s40/w4, the final in /tmp/s40/final2
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
a = Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/s28/lib-index")))
for line in open("/tmp/s40/probe/results.jsonl"):
    r = json.loads(line)
    ans = a.ask(r["question"])
    r["new"] = {"abstained": ans.abstained, "quotes": [{"source": c.source, "text": c.text} for c in ans.citations]}
    print(json.dumps(r), flush=True)
