"""Ask each question (one per line of a text file) of the 120-report library with the code before
(/tmp/s32/base) and after (/tmp/s32/v5); print both answers side by side.
usage: python ask2.py QUESTIONS.txt > out.txt"""
import json, os, subprocess, sys
PY = "/work/main/.venv/bin/python"
ONE = r'''
import os, sys, json
os.environ["ASSISTANT_ENCODER"] = "onnx"
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
a = Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/s28/lib-index")))
out = []
for q in open(sys.argv[2]).read().splitlines():
    if not q.strip(): continue
    ans = a.ask(q)
    out.append({"q": q, "abstained": ans.abstained, "cites": [{"source": c.source, "text": " ".join(c.text.split())} for c in ans.citations[:3]]})
print(json.dumps(out))
'''
res = {}
for name, code in (("before", "/tmp/s32/base"), ("after", "/tmp/s32/v5")):
    r = subprocess.run([PY, "-c", ONE, code, os.path.abspath(sys.argv[1])], capture_output=True, text=True, cwd=code)
    if r.returncode:
        sys.exit(r.stderr[-2000:])
    res[name] = json.loads(r.stdout.strip().splitlines()[-1])
for b, a in zip(res["before"], res["after"]):
    same = (b["abstained"], b["cites"]) == (a["abstained"], a["cites"])
    print("##", "SAME" if same else "CHANGED", "|", b["q"])
    for name, d in (("before", b), ("after", a)):
        if name == "after" and same:
            continue
        print(f"   {name}: " + ("ABSTAINED" if d["abstained"] else " || ".join(f"[{c['source']}] {c['text'][:160]}" for c in d["cites"])))
