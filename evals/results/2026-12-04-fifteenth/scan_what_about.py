import os,json
os.environ["ASSISTANT_ENCODER"]="onnx"
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.answers.conversation import asked_of_another
from pathlib import Path
a=Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/ofsted-index"))); a.prepare(build=False); r=a.load_index().router
for f in ["conversations.jsonl","conversations-heldout.jsonl"]:
    n=0
    for l in open("/work/main/evals/"+f):
        q=json.loads(l)
        for t in q["turns"][1:]:
            p=asked_of_another(t)
            if p:
                now=r.council_names(p)
                if now: n+=1; print(f, '|', t, '|', now)
    print(f, n)
