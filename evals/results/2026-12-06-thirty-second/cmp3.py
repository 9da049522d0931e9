import json,sys
def load(f):
    try: return {json.loads(l)['question']:json.loads(l) for l in open(f)}
    except FileNotFoundError: return {}
names=sys.argv[2:]; d=sys.argv[1]
S=[load(f'{d}/{n}.jsonl') for n in names]
def first(r): return 'ABST' if r['abstained'] else ' '.join(r['citations'][0]['text'].split())[:90]
for q in S[0]:
    vals=[first(s[q]) if q in s else '-' for s in S]
    if len(set(vals))>1:
        print('Q',q)
        for n,v in zip(names,vals): print('   %-5s %s'%(n,v))
