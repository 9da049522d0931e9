#!/bin/bash
# needs in the environment: REPO (this checkout), BEFORE (a worktree of 50a3278), LIBRARY (the 120 Ofsted PDFs), LIBRARY_INDEX, SHIPPED_INDEX, SQUAD_INDEX, OUT
# usage: ev.sh NAME RUNNER_UP "sets"
NAME=$1; RU=$2; SETS=$3
cd $REPO
PY=$REPO/.venv/bin/python
E=$REPO/evals
export ASSISTANT_ENCODER=onnx ASSISTANT_MODEL_RUNNER_UP=$RU
for s in $SETS; do
    case $s in
      oftune) args="$E/ofsted.jsonl --split tune --corpus $LIBRARY --index $LIBRARY_INDEX";;
      dev) args="$E/ofsted-dev.jsonl --corpus $LIBRARY --index $LIBRARY_INDEX";;
      sqtune) args="$E/squad/squad-tune-400.jsonl --corpus $E/squad/corpus --index $SQUAD_INDEX";;
      shipped) args="$E/shipped.jsonl --corpus $REPO/corpus --index $SHIPPED_INDEX";;
      convof) args="$E/conversations.jsonl --corpus $LIBRARY --index $LIBRARY_INDEX";;
      convsh) args="$E/conversations.jsonl --corpus $REPO/corpus --index $SHIPPED_INDEX";;
      hoof) args="$E/conversations-heldout.jsonl --corpus $LIBRARY --index $LIBRARY_INDEX";;
    esac
    $PY -m assistant eval $args --out $OUT/$NAME-$s > $OUT/$NAME-$s.log 2>&1
    $PY -c "
import json
d=json.load(open('$OUT/$NAME-$s/summary.json'))['configs']
for k,c in d.items():
    print('$NAME $s', k, 'n=%d r@5 %.3f cit %.3f prec %.3f FA %.3f UA %.3f p95 %.0f' % (c['questions'], c['recall_at_5'], c['citation_recall'], c.get('citation_precision',0), c.get('false_abstain_rate',0), c.get('abstain_unanswerable',0), c['latency_p95_ms']))
"
done
