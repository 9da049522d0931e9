# Warm question -> answer (the benchmark's own child: evals/ofsted.jsonl's 174 questions, one process each),
# the final code with the start's settings (runs of 64, nothing settled) as the baseline, alternated twice.
cd /tmp/s43/final2
export ASSISTANT_ENCODER=onnx HF_HUB_OFFLINE=1
for round in 1 2; do
  ASSISTANT_MODEL_BATCH=64 ASSISTANT_MODEL_SETTLE=0 /work/main/.venv/bin/python -m assistant.evals.bench --child-warm-answers /tmp/ofsted-lib /tmp/s42/idx/lib /work/main/evals/ofsted.jsonl model | tail -1 | sed "s/^/baseline-64-unsettled round $round: /"
  /work/main/.venv/bin/python -m assistant.evals.bench --child-warm-answers /tmp/ofsted-lib /tmp/s42/idx/lib /work/main/evals/ofsted.jsonl model | tail -1 | sed "s/^/final-16-settled round $round: /"
done
echo ALLDONE
