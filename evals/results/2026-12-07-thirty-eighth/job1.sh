export OUTDIR=/tmp/s40/out
W=$1
ASSISTANT_MODEL_PLAIN_WORDS_WEIGHT=$W CODE=/tmp/s40/w bash /work/main/evals/results/2026-12-07-thirty-seventh/ev.sh pw$W "oftune dev para shipped sqtune names convof convsh hoof hoof2 ho3 ho4 short heldout5"
echo DONE
