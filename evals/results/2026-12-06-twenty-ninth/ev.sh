#!/bin/bash
# usage: ev.sh NAME "sets"  (env DENSE_D, DENSE_MODE, DENSE_W passed through; D=0 is the baseline)
NAME=$1; SETS=$2
OUT=${OUTDIR:-/tmp/s31/out}; mkdir -p $OUT
E=/work/main/evals; LIB=/tmp/ofsted-lib; LIBI=${LIBI:-/tmp/s28/lib-index}; SHIPI=${SHIPI:-/tmp/s28/shipped-index}; SQI=${SQI:-/tmp/s28/squad-index}
cd ${CODE:-/work/main}
export ASSISTANT_ENCODER=onnx
for s in $SETS; do
    case $s in
      oftune) args="$E/ofsted.jsonl --split tune --corpus $LIB --index $LIBI";;
      oftest) args="$E/ofsted.jsonl --split test --corpus $LIB --index $LIBI --compare";;
      dev) args="$E/ofsted-dev.jsonl --corpus $LIB --index $LIBI";;
      para) args="$E/ofsted-paraphrase.jsonl --corpus $LIB --index $LIBI";;
      sqtune) args="$E/squad/squad-tune-400.jsonl --corpus /tmp/squad-corpus --index $SQI";;
      shipped) args="$E/shipped.jsonl --corpus /work/main/corpus --index $SHIPI";;
      convof) args="$E/conversations.jsonl --corpus $LIB --index $LIBI";;
      convsh) args="$E/conversations.jsonl --corpus /work/main/corpus --index $SHIPI";;
      hoof) args="$E/conversations-heldout.jsonl --corpus $LIB --index $LIBI";;
      hoof2) args="$E/conversations-heldout2.jsonl --corpus $LIB --index $LIBI";;
      ho3) args="$E/conversations-heldout3.jsonl --corpus $LIB --index $LIBI";;
      ho3sh) args="$E/conversations-heldout3.jsonl --corpus /work/main/corpus --index $SHIPI";;
      ho4) args="$E/conversations-heldout4.jsonl --corpus $LIB --index $LIBI";;
      ho4sh) args="$E/conversations-heldout4.jsonl --corpus /work/main/corpus --index $SHIPI";;
      names) args="$E/absent-names.jsonl --corpus $LIB --index $LIBI";;
    esac
    /work/main/.venv/bin/python -m assistant eval $args $EXTRA --out $OUT/$NAME-$s > $OUT/$NAME-$s.log 2>&1
    /work/main/.venv/bin/python -c "
import json
d=json.load(open('$OUT/$NAME-$s/summary.json'))['configs']
for k,c in d.items():
    print('$NAME $s', k, 'n=%d r@5 %.3f cit %.3f prec %.3f FA %.3f UA %.3f p50 %.0f p95 %.0f' % (c['questions'], c['recall_at_5'], c['citation_recall'], c.get('citation_precision',0), c.get('false_abstain_rate',0), c.get('abstain_unanswerable',0), c['latency_p50_ms'], c['latency_p95_ms']))
" | tee -a $OUT/table.txt
done
touch $OUT/done-$NAME
