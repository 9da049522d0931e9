#!/bin/bash
# Build time of 20 reports from scratch: HEAD's code (no sentence vectors) and this change, alternately twice.
for run in 1 2; do
  for v in head final; do
    rm -rf /tmp/s27/bb/index-$v
    cd /tmp/s27/code-$v
    s=$(date +%s.%N)
    ASSISTANT_ENCODER=onnx /work/main/.venv/bin/python -m assistant index --corpus /tmp/s27/bb/corpus --index /tmp/s27/bb/index-$v > /tmp/s27/bb/build-$v-$run.log 2>&1
    e=$(date +%s.%N)
    echo "$v run$run $(echo "$e - $s" | bc) s $(tail -1 /tmp/s27/bb/build-$v-$run.log)"
  done
done
