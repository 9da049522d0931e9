import json, sys, glob, os
a, b = sys.argv[1], sys.argv[2]
for fa in sorted(glob.glob(a + '/per_question.*.jsonl')):
    fb = os.path.join(b, os.path.basename(fa))
    if not os.path.exists(fb): continue
    ra = {json.loads(l)['id']: json.loads(l) for l in open(fa)}
    for l in open(fb):
        r = json.loads(l); o = ra.get(r['id'])
        if o is None: continue
        if o.get('answer') != r.get('answer') or o.get('abstained') != r.get('abstained'):
            print(os.path.basename(fa), r['id'], '|', str(r.get('question', r.get('turns')))[:100])
            print('   off:', str(o.get('answer'))[:140].replace('\n', ' '))
            print('   on :', str(r.get('answer'))[:140].replace('\n', ' '))
