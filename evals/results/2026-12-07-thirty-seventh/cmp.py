import json, sys
a, b = sys.argv[1], sys.argv[2]
cfg = sys.argv[3] if len(sys.argv) > 3 else "model"
def load(p):
    return {d['id']: d for d in map(json.loads, open(f"{p}/per_question.{cfg}.jsonl"))}
A, B = load(a), load(b)
for k in A:
    x, y = A[k], B.get(k)
    if y is None: continue
    if x['answer'] != y['answer']:
        sa, sb = x['scores'], y['scores']
        tag = ''
        if x['answerable']:
            tag = {(False, True): 'GAIN', (True, False): 'LOSS'}.get((sa['cited_gold'], sb['cited_gold']), 'same')
        else:
            tag = {(False, True): 'UA-GAIN', (True, False): 'UA-LOSS'}.get((sa['abstained'], sb['abstained']), 'same')
        print(f"== {k} [{tag}] {x.get('question') or x.get('read_as')}")
        print("   base:", x['answer'][:200])
        print("   new: ", y['answer'][:200])
