# after job3: the short follow-up set with base and final code (assistant eval), one after another
while ! grep -q J3DONE /tmp/s37/job3.log; do sleep 20; done
cd /work/main
for c in base final; do
  CODE=/tmp/s37/$c
  (cd $CODE && ASSISTANT_ENCODER=onnx /work/main/.venv/bin/python -m assistant eval /work/main/evals/conversations-short.jsonl --corpus /tmp/ofsted-lib --index /tmp/s28/lib-index --out /tmp/s37/out/$c-short > /tmp/s37/out/$c-short.log 2>&1)
  /work/main/.venv/bin/python -c "
import json
d=json.load(open('/tmp/s37/out/$c-short/summary.json'))['configs']
for k,c in d.items():
    print('$c short', k, 'n=%d r@5 %.3f cit %.3f prec %.3f FA %.3f p50 %.0f p95 %.0f' % (c['questions'], c['recall_at_5'], c['citation_recall'], c.get('citation_precision',0), c.get('false_abstain_rate',0), c['latency_p50_ms'], c['latency_p95_ms']))
" | tee -a /tmp/s37/out/table.txt
done
echo J6DONE
