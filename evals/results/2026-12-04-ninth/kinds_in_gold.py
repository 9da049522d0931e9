"""For each question set: the questions asking each kind (count, date, length of time, money, a person's name),
and how many answerable ones have a gold quote that holds it. Run from the repository root:
`.venv/bin/python evals/results/2026-12-04-ninth/kinds_in_gold.py name,money,duration,count`."""
import json, sys, collections
sys.path.insert(0, '.')
from assistant.answers.answering import asked_kind, holds_kind
files = ['evals/ofsted.jsonl','evals/ofsted-dev.jsonl','evals/ofsted-paraphrase.jsonl','evals/shipped.jsonl','evals/squad/squad-tune-400.jsonl','evals/squad/squad-test-1000.jsonl','assistant/evals/data/ofsted-train-qa.jsonl']
kinds = sys.argv[1].split(',')
for f in files:
    c=collections.Counter()
    for l in open(f):
        d=json.loads(l); q=d.get('question','')
        k=asked_kind(q)
        if k not in kinds: continue
        g=d.get('gold') or []
        if g:
            quotes=[x.get('quote') if isinstance(x,dict) else x for x in g]
            ok=any(holds_kind(k,x,q) for x in quotes); c[k,'A']+=1; c[k,'A-holds']+=ok
            if not ok: print('   MISS',k, q[:90],'||',quotes[0][:90])
        else: c[k,'U']+=1
    print(f, dict(sorted(c.items())))
