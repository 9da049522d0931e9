import os,sys,json
os.environ["ASSISTANT_ENCODER"]="onnx"
from assistant.core import Assistant
from assistant.settings import Settings
from pathlib import Path
def router(c,i):
    a=Assistant(Settings.from_env(corpus_dir=Path(c), index_dir=Path(i))); a.prepare(build=False); return a.load_index().router
lib=router("/tmp/ofsted-lib","/tmp/ofsted-index"); sq=router("/tmp/squad-corpus","/tmp/squad-index")
E="/work/main/evals/"
for f,r in [("ofsted.jsonl",lib),("ofsted-dev.jsonl",lib),("ofsted-paraphrase.jsonl",lib),("absent-names.jsonl",lib),("conversations.jsonl",lib),("conversations-heldout.jsonl",lib),("sections.jsonl",lib),("sections-heldout.jsonl",lib),("squad/squad-tune-400.jsonl",sq),("squad/squad-test-1000.jsonl",sq)]:
    n=hit=0
    for l in open(E+f):
        q=json.loads(l)
        for t in (q.get("turns") or [q["question"]]):
            n+=1
            g=r.compared(t)
            if g:
                hit+=1; print("  ",f,"|",t,"|",[(x.label,len(x.doc_ids)) for x in g])
    print(f,n,hit)
