#!/bin/bash
# usage: yn.sh NAME MODE files...
NAME=$1; MODE=$2; shift 2
cd /tmp/s35/yn
export ASSISTANT_ENCODER=onnx YN_MODE="$MODE"
for f in "$@"; do
  b=$(basename $f .jsonl)
  /work/main/.venv/bin/python -m assistant eval $f --corpus /tmp/ofsted-lib --index /tmp/s28/lib-index --out /tmp/s35/out/$NAME-$b > /tmp/s35/out/$NAME-$b.log 2>&1
  /work/main/.venv/bin/python -c "
import json
d=json.load(open('/tmp/s35/out/$NAME-$b/summary.json'))['configs']
for k,c in d.items():
    print('$NAME $b', k, 'n=%d r@5 %.3f cit %.3f prec %.3f FA %.3f UA %.3f' % (c['questions'], c['recall_at_5'], c['citation_recall'], c.get('citation_precision',0), c.get('false_abstain_rate',0), c.get('abstain_unanswerable',0)))
" | tee -a /tmp/s35/out/table.txt
done
