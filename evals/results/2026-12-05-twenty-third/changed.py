import json, sys
A, B, cfg = sys.argv[1], sys.argv[2], (sys.argv[3] if len(sys.argv) > 3 else 'model')
a = {json.loads(l)['id']: json.loads(l) for l in open(f'{A}/per_question.{cfg}.jsonl')}
b = {json.loads(l)['id']: json.loads(l) for l in open(f'{B}/per_question.{cfg}.jsonl')}
for k in a:
    x, y = a[k], b[k]
    if x['answer'] != y['answer'] or x['scores'].get('hit_at_5') != y['scores'].get('hit_at_5'):
        print(f"{k} ans={x['answerable']} cited {x['scores'].get('cited_gold')}->{y['scores'].get('cited_gold')} abst {x['abstained']}->{y['abstained']} h5 {x['scores'].get('hit_at_5')}->{y['scores'].get('hit_at_5')} | {y.get('question')}")
        print('   old:', x['answer'][:170].replace('\n', ' ')); print('   new:', y['answer'][:170].replace('\n', ' '))
