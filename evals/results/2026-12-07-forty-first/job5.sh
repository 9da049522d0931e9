# Settling only within reach of the best (HEAD after e49c4d4): answers against job4's final code on the
# sets most sensitive to it, then warm latency alternated with the start's settings as the baseline.
export OUTDIR=/tmp/s43/out5 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
CODE=/tmp/s43/final3 bash /tmp/s43/ev.sh final3 "oftest oftune shipped convof hoof heldout7 dev"
cd /tmp/s43/final3
export ASSISTANT_ENCODER=onnx HF_HUB_OFFLINE=1
for round in 1 2; do
  ASSISTANT_MODEL_BATCH=64 ASSISTANT_MODEL_SETTLE=0 /work/main/.venv/bin/python -m assistant.evals.bench --child-warm-answers /tmp/ofsted-lib /tmp/s42/idx/lib /work/main/evals/ofsted.jsonl model | tail -1 | sed "s/^/baseline-64-unsettled round $round: /"
  /work/main/.venv/bin/python -m assistant.evals.bench --child-warm-answers /tmp/ofsted-lib /tmp/s42/idx/lib /work/main/evals/ofsted.jsonl model | tail -1 | sed "s/^/final-16-settled-within-reach round $round: /"
done
echo ALLDONE
