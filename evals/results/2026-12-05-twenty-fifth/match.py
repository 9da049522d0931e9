import json, sys
def load(d):
    return [json.loads(l) for l in open(d + '/per_question.model.jsonl')]
def at(rows, t):
    ans = [r for r in rows if r['answerable']]; un = [r for r in rows if not r['answerable']]
    def answered(r): return (r['scores'].get('best_score') or 0) >= t and not r['abstained'] or ((r['scores'].get('best_score') or 0) >= t and r['abstained'] and False)
    # approximate: answered iff best_score >= t (and the run did not abstain for other reasons at its own threshold)
    def a(r): return (r['scores'].get('best_score') or 0) >= t and (not r['abstained'] or (r['scores'].get('best_score') or 0) < 0.10)
    cit = sum(1 for r in ans if a(r) and r['scores'].get('best_holds_gold')) / len(ans)
    fa = sum(1 for r in ans if not a(r)) / len(ans)
    ua = sum(1 for r in un if not a(r)) / max(1, len(un))
    return cit, fa, ua
for d in sys.argv[1:]:
    rows = load(d)
    print(d.split('/')[-1], ' '.join('t%.2f: %.3f/%.3f/%.3f' % ((t,) + at(rows, t)) for t in (0.06, 0.07, 0.08, 0.09, 0.10, 0.12, 0.15)))
