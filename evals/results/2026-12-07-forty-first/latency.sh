#!/bin/bash
# usage: latency.sh CODE LABEL -- warm question -> answer (the benchmark's own child: evals/ofsted.jsonl's
# 174 questions, one process each), the code at CODE with the start's settings (runs of 64, nothing
# settled) as the baseline, then as it is (LABEL), alternated twice.
cd "$1"
export ASSISTANT_ENCODER=onnx HF_HUB_OFFLINE=1
warm() { /work/main/.venv/bin/python -m assistant.evals.bench --child-warm-answers /tmp/ofsted-lib /tmp/s42/idx/lib /work/main/evals/ofsted.jsonl model | tail -1; }
for round in 1 2; do
  ASSISTANT_MODEL_BATCH=64 ASSISTANT_MODEL_SETTLE=0 warm | sed "s/^/baseline-64-unsettled round $round: /"
  warm | sed "s/^/$2 round $round: /"
done
