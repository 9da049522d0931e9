import json,sys,glob
def load(d, cfg):
    f=glob.glob(f'{d}/per_question.{cfg}.jsonl')[0]
    return {json.loads(l)['id']:json.loads(l) for l in open(f)}
a,b=sys.argv[1],sys.argv[2]; cfg=sys.argv[3] if len(sys.argv)>3 else 'model'
A,B=load(a,cfg),load(b,cfg)
n=0
for k in A:
    x,y=A[k],B[k]
    tx=[c['text'][:70] for c in x['citations']]; ty=[c['text'][:70] for c in y['citations']]
    if tx!=ty or x['abstained']!=y['abstained']:
        n+=1
        print('##',k,'ans' if x['answerable'] else 'UNANS','cited',x['scores'].get('cited_gold'),'->',y['scores'].get('cited_gold'),'|',x['question'][:110])
        print('   A:', 'ABST' if x['abstained'] else tx[:2]); print('   B:', 'ABST' if y['abstained'] else ty[:2])
print('changed',n,'of',len(A))
