#!/bin/bash
# usage: capeval.sh CAP "sets"  -- the eval with UNREAD_PASSAGES=CAP (batch 64)
CAP=$1; E=/work/main/evals; LIB=/tmp/ofsted-lib; LIBI=/tmp/ofsted-index
export ASSISTANT_ENCODER=onnx ASSISTANT_MODEL_BATCH=64
cd /work/main
for s in $2; do
  case $s in
    oftune) args="$E/ofsted.jsonl --split tune --corpus $LIB --index $LIBI";;
    dev) args="$E/ofsted-dev.jsonl --corpus $LIB --index $LIBI";;
    oftest) args="$E/ofsted.jsonl --split test --corpus $LIB --index $LIBI";;
    sqtest) args="$E/squad/squad-test-1000.jsonl --corpus /tmp/squad-corpus --index /tmp/squad-index";;
    sqtune) args="$E/squad/squad-tune-400.jsonl --corpus /tmp/squad-corpus --index /tmp/squad-index";;
  esac
  .venv/bin/python -c "
import sys, assistant.answers.model_answering as m; m.UNREAD_PASSAGES=$CAP
from assistant.cli import main; sys.exit(main(sys.argv[1:]))" eval $args --out /tmp/s13/out/cap$CAP-$s > /tmp/s13/out/cap$CAP-$s.log 2>&1
  .venv/bin/python -c "
import json
c=json.load(open('/tmp/s13/out/cap$CAP-$s/summary.json'))['configs']['model']
print('cap$CAP $s r@1 %.3f r@5 %.3f r@10 %.3f cit %.3f p50 %.0f p95 %.0f' % (c['recall_at_1'], c['recall_at_5'], c['recall_at_10'], c['citation_recall'], c['latency_p50_ms'], c['latency_p95_ms']))" >> /tmp/s13/out/caps.txt
done
