import json,sys,glob
def load(d, cfg):
    f=glob.glob(f'{d}/per_question.{cfg}.jsonl')[0]
    return {json.loads(l)['id']:json.loads(l) for l in open(f)}
a,b=sys.argv[1],sys.argv[2]; cfg=sys.argv[3] if len(sys.argv)>3 else 'model'
A,B=load(a,cfg),load(b,cfg)
won=lost=0
for k in A:
    x,y=A[k],B[k]
    if x['answerable']:
        cx,cy=x['scores']['cited_gold'],y['scores']['cited_gold']
        if cx!=cy:
            print(('WON ' if cy else 'LOST'),k,'|',x['question'][:90],'|',x['scores'].get('best_score'),'->',y['scores'].get('best_score'))
            won+=cy; lost+=cx
    else:
        if x['abstained']!=y['abstained']:
            print('UA+ ' if y['abstained'] else 'UA- ',k,'|',x['question'][:90],'|',x['scores'].get('best_score'),'->',y['scores'].get('best_score'))
print('won',won,'lost',lost)
