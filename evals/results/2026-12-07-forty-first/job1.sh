# Settling the best 8 sentences alone, at runs of 64 and 16, beside the start (HEAD 39db56c), one quiet job.
export OUTDIR=/tmp/s43/out1 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
S="oftestm oftune shipped convof hoof heldout7"
CODE=/tmp/s43/base bash /work/main/evals/results/2026-12-07-forty-first/ev.sh base "$S"
CODE=/tmp/s43/new ASSISTANT_MODEL_BATCH=64 bash /work/main/evals/results/2026-12-07-forty-first/ev.sh s8b64 "$S"
CODE=/tmp/s43/new ASSISTANT_MODEL_BATCH=16 bash /work/main/evals/results/2026-12-07-forty-first/ev.sh s8b16 "$S"
CODE=/tmp/s43/new ASSISTANT_MODEL_BATCH=16 ASSISTANT_MODEL_SETTLE=0 bash /work/main/evals/results/2026-12-07-forty-first/ev.sh s0b16 "oftestm oftune shipped"
echo ALLDONE
