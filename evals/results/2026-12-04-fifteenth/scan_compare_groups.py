import os,sys,json
os.environ["ASSISTANT_ENCODER"]="onnx"
from assistant.core import Assistant
from assistant.settings import Settings
from pathlib import Path
a=Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/ofsted-index"))); a.prepare(build=False); r=a.load_index().router
ok=0
for l in open("/work/main/evals/compare.jsonl"):
    q=json.loads(l); g=r.compared(q["question"]); gold={x["doc"] for x in q["gold"]}
    covered = all(any(x["doc"] in grp.doc_ids for grp in g) for x in q["gold"])
    ok+= covered and len(g)>=2
    if not (covered and len(g)>=2):
        print(q["split"], q["question"], "|", [(x.label, sorted(x.doc_ids)) for x in g], "| gold", sorted(gold))
print("groups cover gold:", ok)
