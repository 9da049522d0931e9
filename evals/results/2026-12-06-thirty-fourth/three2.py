import os, sys
from dataclasses import replace
from pathlib import Path
os.environ.setdefault("ASSISTANT_ENCODER", "onnx")
sys.path.insert(0, "/work/main")
from assistant.core import Assistant
from assistant.settings import Settings
s = Settings(corpus_dir=Path("/tmp/s36/three/corpus"), index_dir=Path("/tmp/s36/three/index"), data_dir=Path("/tmp/s36/three/data"))
qs = [l.strip() for l in open(sys.argv[1]) if l.strip()]
for w in (0.0, 2.0):
    a = Assistant(replace(s, model_off_topic_weight=w))
    for q in qs:
        ans = a.ask(q)
        print(w, "|", q, "|", "ABST" if ans.abstained else " || ".join(c.source[7:20] + ": " + " ".join(c.text.split())[:100] for c in ans.citations[:2]))
