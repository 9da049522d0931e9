import json, sys
a, b, setf = sys.argv[1], sys.argv[2], sys.argv[3]
qs = {json.loads(l)['id']: json.loads(l) for l in open('/work/main/evals/' + setf)}
ra = {json.loads(l)['id']: json.loads(l) for l in open(a + '/per_question.model.jsonl')}
for l in open(b + '/per_question.model.jsonl'):
    r = json.loads(l); o = ra[r['id']]
    if abs(r['scores']['gold_coverage'] - o['scores']['gold_coverage']) > 1e-9 or r['scores']['citations'] != o['scores']['citations']:
        print(qs[r['id']]['kind'], '| %.2f -> %.2f | %d -> %d cit |' % (o['scores']['gold_coverage'], r['scores']['gold_coverage'], o['scores']['citations'], r['scores']['citations']), qs[r['id']]['question'][:110])
