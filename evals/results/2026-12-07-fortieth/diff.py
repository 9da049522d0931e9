"""usage: diff.py BASEDIR NEWDIR  -- per-question answer diffs between two eval outputs."""
import json, sys, glob, os
def load(d):
    fs = sorted(glob.glob(os.path.join(d, 'per_question.model+context.jsonl'))) or sorted(glob.glob(os.path.join(d, 'per_question.model.jsonl')))
    out = {}
    for l in open(fs[0]):
        o = json.loads(l); out[o['id']] = o
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
won = lost = changed = 0
for k in a:
    if k not in b: continue
    x, y = a[k], b[k]
    if x.get('answer') != y.get('answer'):
        changed += 1
        cx = (x.get('scores') or {}).get('cited_gold'); cy = (y.get('scores') or {}).get('cited_gold')
        tag = 'WON' if (not cx and cy) else 'LOST' if (cx and not cy) else 'same'
        won += tag == 'WON'; lost += tag == 'LOST'
        q = x.get('question') or x.get('turns')
        print(f"[{tag}] {k}: {q if isinstance(q,str) else q[-1]}")
        print("   before:", (x.get('answer') or '')[:160].replace('\n', ' '))
        print("   after: ", (y.get('answer') or '')[:160].replace('\n', ' '))
print(f"changed {changed}, won {won}, lost {lost}")
