import time, sys, re, numpy as np
from pathlib import Path
from assistant.answers.model import AnswerModel
from assistant.documents.loading import scan_corpus, load_document
srcs,_=scan_corpus(Path('/tmp/ofsted-lib'))
sents=[]
for k in (5,40,77):
    d=load_document(srcs[k]); sents+=[s.strip() for s in re.split(r'(?<=[.!?])\s+', d.text) if 30<len(s.strip())<300][:64]
q="How effective is the help for care leavers?"
ref=AnswerModel(threads=2); ref.load()
models={'int8':ref}
for p in sys.argv[1:]:
    models[p]=AnswerModel.from_weights(Path(p), threads=2)
f=AnswerModel.from_weights(Path('/tmp/s43/deq.fp32.onnx'), threads=2)
base=f._run(q,sents,16)
for name,m in models.items():
  for bs in (1,16,64):
    best=1e9
    for rep in range(2):
        t=time.perf_counter(); s=m._run(q,sents,bs); best=min(best,time.perf_counter()-t)
    print(name[-30:], bs, '%.0f ms'%(best*1e3), 'vs fp32 logit maxdiff %.3f meandiff %.3f corr-top1 %s'%(np.abs(s-base).max(), np.abs(s-base).mean(), s.argmax()==base.argmax()))
t=time.perf_counter(); f._run(q,sents,16); print('fp32 b16 %.0f ms'%((time.perf_counter()-t)*1e3))
