import json,sys,os
for d in sys.argv[1:]:
    for s in ['cmptune','cmptest']:
        for f in os.listdir(d):
            if f.endswith('-'+s) and os.path.isdir(os.path.join(d,f)):
                rows=[json.loads(l) for l in open(os.path.join(d,f,'per_question.model.jsonl'))]
                summ=json.load(open(os.path.join(d,f,'summary.json')))['configs']['model']
                docs=sum(len({c['source'] for c in r['citations']} & {g['doc'] for g in r['gold']})/len({g['doc'] for g in r['gold']}) for r in rows)/len(rows)
                print(f"{d.split('/')[-1]}/{f}: n={len(rows)} cit {summ['citation_recall']:.3f} gold-coverage {summ.get('gold_coverage',0):.3f} reports-cited {docs:.3f} FA {summ['false_abstain_rate']:.3f} p50 {summ['latency_p50_ms']:.0f} p95 {summ['latency_p95_ms']:.0f}")
