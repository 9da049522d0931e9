import json, sys, collections
kinds = {json.loads(l)['id']: json.loads(l).get('kind') for l in open('/work/main/evals/'+__import__("os").environ.get("SETF","sections.jsonl")+'')}
for d in sys.argv[1:]:
    agg = collections.defaultdict(list)
    for l in open(f'{d}/per_question.model.jsonl'):
        r = json.loads(l); s = r['scores']
        agg[kinds[r['id']]].append((s['cited_gold'], s['gold_coverage'], s['abstained'], s['citations'], s.get('correct_citations', 0)))
    for k, v in agg.items():
        n = len(v)
        print(d.split('/')[-1], k, n, 'cited %.3f coverage %.3f abstained %.3f citations/q %.1f precision %.3f' % (
            sum(x[0] for x in v)/n, sum(x[1] for x in v)/n, sum(x[2] for x in v)/n, sum(x[3] for x in v)/n,
            sum(x[4] for x in v)/max(1, sum(x[3] for x in v))))
