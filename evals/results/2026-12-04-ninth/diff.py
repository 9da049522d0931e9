"""Questions whose outcome changed between two runs: python diff.py BEFORE/per_question.model.jsonl AFTER/per_question.model.jsonl [-v]"""
import json, sys
def load(p):
    return {json.loads(l)['id']: json.loads(l) for l in open(p)}
a=load(sys.argv[1]); b=load(sys.argv[2])
for k in a:
    x=a[k]; y=b.get(k)
    if y is None: continue
    sx=(x['scores'].get('cited_gold'), x['abstained']); sy=(y['scores'].get('cited_gold'), y['abstained'])
    if sx!=sy or (x['answer'][:80]!=y['answer'][:80] and '-a' in sys.argv):
        tag = 'A' if x['answerable'] else 'U'
        print(f"{tag} {k}: cited {sx[0]}->{sy[0]} abst {sx[1]}->{sy[1]} | {x['question'][:90]}")
        if '-v' in sys.argv:
            print('     before:', x['answer'][:120].replace('\n',' '))
            print('     after: ', y['answer'][:120].replace('\n',' '))
