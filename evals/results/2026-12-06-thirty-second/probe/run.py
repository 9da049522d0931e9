"""One JSON line per question (file of questions, one a line), with the code in $CODE."""
import json, os, sys
os.environ.setdefault("ASSISTANT_ENCODER", "onnx")
sys.path.insert(0, os.environ.get("CODE", "/work/main"))
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
a = Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/s28/lib-index")))
for line in open(sys.argv[1]):
    q = line.strip()
    if not q:
        continue
    ans = a.ask(q)
    notes = list(ans.explanation.notes) if ans.explanation else []
    print(json.dumps({"question": q, "abstained": ans.abstained,
                      "citations": [{"source": c.source, "text": " ".join(c.text.split())} for c in ans.citations],
                      "model_reading": [n for n in notes if "read the question as" in n]}), flush=True)
