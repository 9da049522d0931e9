#!/bin/bash
# usage: ev.sh NAME CODE_DIR "sets"   (env passed through)
NAME=$1; CODE=$2; SETS=$3
OUT=${OUT:-/tmp/s22/out}
E=/work/main/evals; S=/tmp/s22/sets
LIB=/tmp/ofsted-lib; LIBI=/tmp/ofsted-index
cd $CODE
export ASSISTANT_ENCODER=onnx ASSISTANT_MODEL_KIND_WEIGHT=2
for s in $SETS; do
    case $s in
      oftune2) args="$S/oftune2.jsonl --split tune --corpus $LIB --index $LIBI";;
      dev2) args="$S/dev2.jsonl --corpus $LIB --index $LIBI";;
      para2) args="$S/para2.jsonl --corpus $LIB --index $LIBI";;
      sqtune2) args="$S/sqtune2.jsonl --corpus /tmp/squad-corpus --index /tmp/squad-index";;
      *) OUT=$OUT /work/main/evals/results/2026-12-04-ninth/ev.sh $NAME $CODE 2 "$s"; continue;;
    esac
    /work/main/.venv/bin/python -m assistant eval $args --out $OUT/$NAME-$s > $OUT/$NAME-$s.log 2>&1
    /work/main/.venv/bin/python -c "
import json
d=json.load(open('$OUT/$NAME-$s/summary.json'))['configs']
for k,c in d.items():
    print('$NAME $s', k, 'n=%d r@5 %.3f cit %.3f cov %.3f prec %.3f FA %.3f UA %.3f p50 %.0f p95 %.0f' % (c['questions'], c['recall_at_5'], c['citation_recall'], c.get('gold_coverage',0), c.get('citation_precision',0), c.get('false_abstain_rate',0), c.get('abstain_unanswerable',0), c['latency_p50_ms'], c['latency_p95_ms']))
" | tee -a $OUT/table.txt
done
touch $OUT/done-$NAME
