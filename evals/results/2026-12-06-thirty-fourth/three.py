import os, sys, json
from dataclasses import replace
from pathlib import Path
os.environ.setdefault("ASSISTANT_ENCODER", "onnx")
sys.path.insert(0, "/work/main")
from assistant.core import Assistant
from assistant.settings import Settings
s = Settings(corpus_dir=Path("/tmp/s36/three/corpus"), index_dir=Path("/tmp/s36/three/index"), data_dir=Path("/tmp/s36/three/data"))
qs = [l.strip() for l in open(sys.argv[1]) if l.strip()]
for mode in ("year", "on"):
    a = Assistant(replace(s, model_report_present=mode))
    for q in qs:
        ans = a.ask(q)
        print(mode, "|", q, "|", "ABST" if ans.abstained else " || ".join(c.source[7:20] + ": " + " ".join(c.text.split())[:110] for c in ans.citations[:2]))
