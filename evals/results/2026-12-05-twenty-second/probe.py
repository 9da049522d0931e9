"""usage: probe.py CODE_DIR INDEX OUT.jsonl [QUESTIONS.jsonl] — ask each probe question over the whole library
(the questions: this session's date probe unless given)."""
import json, os, sys
os.environ["ASSISTANT_ENCODER"] = "onnx"; os.environ["ASSISTANT_MODEL_KIND_WEIGHT"] = "2"
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
a = Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path(sys.argv[2]))); a.prepare(build=False)
docs = a.load_index().documents
out = open(sys.argv[3], "w")
for line in open(sys.argv[4] if len(sys.argv) > 4 else "/tmp/s24/probe-dates/questions.jsonl"):
    q = json.loads(line)
    ans = a.ask(q["question"])
    text = docs[q["doc"]].text
    gs = text.find(q["quote"]) if q["quote"] else -1
    hit = gs >= 0 and any(c.source == q["doc"] and c.start < gs + len(q["quote"]) and gs < c.end for c in ans.citations)
    out.write(json.dumps({"id": q["id"], "kind": q["kind"], "answerable": q["answerable"], "question": q["question"], "abstained": ans.abstained,
                          "hit": hit, "answer": ans.text[:300], "quote": q["quote"][:150]}) + "\n"); out.flush()
