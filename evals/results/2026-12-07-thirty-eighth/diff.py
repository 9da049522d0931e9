import json,sys
def load(d,cfg='model'):
    return {json.loads(l)['id']:json.loads(l) for l in open(f'{d}/per_question.{cfg}.jsonl')}
cfg=sys.argv[3] if len(sys.argv)>3 else 'model'
a=load(sys.argv[1],cfg); b=load(sys.argv[2],cfg)
g=l=0
for k in a:
    x,y=a[k],b[k]
    if x['answerable'] and x['scores']['cited_gold']!=y['scores']['cited_gold']:
        gain=y['scores']['cited_gold']; g+=gain; l+=not gain
        print('GAIN' if gain else 'LOSS', '|', x['question'])
        print('    before:', x['answer'][:150])
        print('    after :', y['answer'][:150])
    elif not x['answerable'] and x['abstained']!=y['abstained']:
        print('UNANS', 'now abstains' if y['abstained'] else 'now answers', '|', x['question'], '|', y['answer'][:100])
print('gains',g,'losses',l)
