#!/bin/bash
# needs in the environment: REPO (this checkout), BEFORE (a worktree of 50a3278), LIBRARY (the 120 Ofsted PDFs), LIBRARY_INDEX, SHIPPED_INDEX, SQUAD_INDEX, OUT
export ASSISTANT_ENCODER=onnx
E=$REPO/evals
PY=$REPO/.venv/bin/python
cd $REPO
for ru in 0 0.8; do
  ASSISTANT_MODEL_RUNNER_UP=$ru $PY -m assistant eval $E/squad/squad-test-1000.jsonl --corpus $E/squad/corpus --index $SQUAD_INDEX --out $OUT/sqtest-$ru > $OUT/sqtest-$ru.log 2>&1
  $PY -c "
import json
d=json.load(open('$OUT/sqtest-$ru/summary.json'))['configs']
for k,c in d.items():
    print('sqtest runner-up $ru', k, 'n=%d r@5 %.3f cit %.3f prec %.3f FA %.3f UA %.3f p50 %.0f p95 %.0f' % (c['questions'], c['recall_at_5'], c['citation_recall'], c.get('citation_precision',0), c.get('false_abstain_rate',0), c.get('abstain_unanswerable',0), c['latency_p50_ms'], c['latency_p95_ms']))
"
done
ASSISTANT_MODEL_RUNNER_UP=0 $(dirname $0)/ev.sh off 0 'dev' 
