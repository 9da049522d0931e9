#!/bin/bash
# needs in the environment: REPO (this checkout), BEFORE (a worktree of 50a3278), LIBRARY (the 120 Ofsted PDFs), LIBRARY_INDEX, SHIPPED_INDEX, SQUAD_INDEX, OUT
# before (previous commit, in a worktree), then now: the Ofsted test half with --compare, once each
export ASSISTANT_ENCODER=onnx
E=$REPO/evals
PY=$REPO/.venv/bin/python
(cd $BEFORE && PYTHONPATH=$BEFORE $PY -m assistant eval $E/ofsted.jsonl --split test --corpus $LIBRARY --index $LIBRARY_INDEX --compare --out $OUT/before-oftest > $OUT/before-oftest.log 2>&1)
(cd $REPO && $PY -m assistant eval $E/ofsted.jsonl --split test --corpus $LIBRARY --index $LIBRARY_INDEX --compare --out $OUT/now-oftest > $OUT/now-oftest.log 2>&1)
for n in before-oftest now-oftest; do $PY -c "
import json
d=json.load(open('$OUT/$n/summary.json'))['configs']
for k,c in d.items():
    print('$n', k, 'n=%d r@5 %.3f cit %.3f prec %.3f FA %.3f UA %.3f p50 %.0f p95 %.0f' % (c['questions'], c['recall_at_5'], c['citation_recall'], c.get('citation_precision',0), c.get('false_abstain_rate',0), c.get('abstain_unanswerable',0), c['latency_p50_ms'], c['latency_p95_ms']))
"; done
