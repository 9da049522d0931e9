import os, sys, shutil, tempfile
sys.path.insert(0, os.environ.get("CODE", "/work/main"))
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
root = Path("/tmp/s35/three"); corpus = root / "corpus"
if not corpus.exists():
    corpus.mkdir(parents=True)
    for r in ("ofsted-leeds-09-may-2022.pdf", "ofsted-bristol-10-march-2023.pdf", "ofsted-barnsley-27-october-2023.pdf"):
        shutil.copy(Path("/work/main/tests/data/ofsted") / r, corpus / r)
a = Assistant(Settings(corpus_dir=corpus, index_dir=root / "index", data_dir=root / "data"))
a.prepare()
for q in sys.argv[1:]:
    ans = a.ask(q)
    print("==", q, "| ABST" if ans.abstained else "")
    for c in ans.citations[:2]: print("   ", c.source, c.text[:150])
    for n in ans.explanation.notes:
        if "read the question" in n: print("   NOTE", n)
