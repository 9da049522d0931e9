#!/bin/bash
# usage: ev.sh NAME CODE_DIR KIND_WEIGHT "sets"   (CODE_DIR: a copy of assistant/ at the code measured, or a worktree
# of the previous commit; the library: the 120 PDFs in /tmp/ofsted-lib, indexed into /tmp/ofsted-index; SQuAD: import-squad
# --split test --sample 1000 into /tmp/squad-corpus, indexed into /tmp/squad-index; the shipped corpus into /tmp/s11/shipped-index)
NAME=$1; CODE=$2; KW=$3; SETS=$4
OUT=${OUT:-/tmp/s25/out}
E=/work/main/evals
LIB=/tmp/ofsted-lib; LIBI=${LIBI:-/tmp/ofsted-index}
cd $CODE
export ASSISTANT_ENCODER=onnx ASSISTANT_MODEL_KIND_WEIGHT=$KW
for s in $SETS; do
    case $s in
      oftune) args="$E/ofsted.jsonl --split tune --corpus $LIB --index $LIBI";;
      oftest) args="$E/ofsted.jsonl --split test --corpus $LIB --index $LIBI --compare";;
      dev) args="$E/ofsted-dev.jsonl --corpus $LIB --index $LIBI";;
      para) args="$E/ofsted-paraphrase.jsonl --corpus $LIB --index $LIBI";;
      sqtune) args="$E/squad/squad-tune-400.jsonl --corpus /tmp/squad-corpus --index ${SQI:-/tmp/squad-index}";;
      sqtest) args="$E/squad/squad-test-1000.jsonl --corpus /tmp/squad-corpus --index ${SQI:-/tmp/squad-index}";;
      shipped) args="$E/shipped.jsonl --corpus /work/main/corpus --index ${SHIPI:-/tmp/s11/shipped-index}";;
      convof) args="$E/conversations.jsonl --corpus $LIB --index $LIBI";;
      convsh) args="$E/conversations.jsonl --corpus /work/main/corpus --index ${SHIPI:-/tmp/s11/shipped-index}";;
      hoof) args="$E/conversations-heldout.jsonl --corpus $LIB --index $LIBI";;
      hoof2) args="$E/conversations-heldout2.jsonl --corpus $LIB --index $LIBI";;
      hosh2) args="$E/conversations-heldout2.jsonl --corpus /work/main/corpus --index ${SHIPI:-/tmp/s11/shipped-index}";;
      names) args="$E/absent-names.jsonl --corpus $LIB --index $LIBI";;
      namessh) args="$E/absent-names-shipped.jsonl --corpus /work/main/corpus --index ${SHIPI:-/tmp/s11/shipped-index}";;
      cmptune) args="$E/compare.jsonl --split tune --corpus $LIB --index $LIBI";;
      cmptest) args="$E/compare.jsonl --split test --corpus $LIB --index $LIBI";;
    esac
    /work/main/.venv/bin/python -m assistant eval $args --out $OUT/$NAME-$s > $OUT/$NAME-$s.log 2>&1
    /work/main/.venv/bin/python -c "
import json
d=json.load(open('$OUT/$NAME-$s/summary.json'))['configs']
for k,c in d.items():
    print('$NAME $s', k, 'n=%d r@5 %.3f cit %.3f prec %.3f FA %.3f UA %.3f p50 %.0f p95 %.0f' % (c['questions'], c['recall_at_5'], c['citation_recall'], c.get('citation_precision',0), c.get('false_abstain_rate',0), c.get('abstain_unanswerable',0), c['latency_p50_ms'], c['latency_p95_ms']))
" | tee -a $OUT/table.txt
done
touch $OUT/done-$NAME
