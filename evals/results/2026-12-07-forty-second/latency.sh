#!/bin/bash
# usage: latency.sh START_CODE FINAL_CODE -- warm question -> answer (the benchmark's own child:
# evals/ofsted.jsonl's 174 questions over the 120-report library, one process each), the start's
# code as the baseline and the final code, alternated twice, nothing else running.
export ASSISTANT_ENCODER=onnx HF_HUB_OFFLINE=1
warm() { (cd "$1" && /work/main/.venv/bin/python -m assistant.evals.bench --child-warm-answers /tmp/ofsted-lib /tmp/s42/idx/lib /work/main/evals/ofsted.jsonl model | tail -1); }
for round in 1 2; do
  warm "$1" | sed "s/^/start round $round: /"
  warm "$2" | sed "s/^/final round $round: /"
done
