# Where the gold sentence ranks by cosine (question vs every stored sentence of its report), tune half.
import json, sys, numpy as np, os
os.environ['ASSISTANT_ENCODER']='onnx'
from pathlib import Path
from assistant.search.index_store import read_sentences
from assistant.search.encoders import make_embedder
gen=sorted(Path('/tmp/s28/lib-index').glob('gen-*'))[0]
chunks=[json.loads(l) for l in open(gen/'chunks.jsonl')]
docs={json.loads(l)['id']:json.loads(l) for l in open(gen/'documents.jsonl')}
spans,vecs=read_sentences(gen)
vecs=np.asarray(vecs,dtype=np.float32)
res=sys.argv[1]
rows=[json.loads(l) for l in open(res)]
emb=make_embedder(None) if False else None
from assistant.settings import Settings
emb=make_embedder(Settings.from_env() if hasattr(Settings,'from_env') else Settings())
rowdoc=np.array([chunks[r]['doc_id'] for r in range(len(chunks))])
sdoc=rowdoc[spans[:,0]]
stats=[]
for d in rows:
    if not d['answerable']: continue
    g=d['gold'][0]; text=docs[g['doc']]['text']; gs=text.find(g['quote'])
    if gs<0: continue
    ge=gs+len(g['quote'])
    idx=np.where(sdoc==g['doc'])[0]
    # dedupe
    seen={}; 
    for i in idx:
        seen.setdefault((spans[i,1],spans[i,2]),i)
    idx=np.array(list(seen.values()))
    q=emb.embed([d['question']])[0] if hasattr(emb,'embed') else emb.encode([d['question']])[0]
    cos=vecs[idx]@q
    order=idx[np.argsort(-cos)]
    goldpos=[k for k,i in enumerate(order) if spans[i,1]<ge and gs<spans[i,2]]
    r=goldpos[0]+1 if goldpos else None
    stats.append((r,d['scores']['cited_gold'],len(idx)))
    if r and r<=3 and not d['scores']['cited_gold']:
        print('cos-rank',r,'model failed:',d['question'][:100])
import collections
print('n',len(stats))
for lim in (1,3,5,10,32):
    a=sum(1 for r,c,n in stats if r and r<=lim); print('cos rank<=',lim,a/len(stats), ' of model-failed:', sum(1 for r,c,n in stats if r and r<=lim and not c))
print('model cited',sum(c for r,c,n in stats))
