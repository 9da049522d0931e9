export OUTDIR=/tmp/s40/out9
CODE=/tmp/s40/base bash /work/main/evals/results/2026-12-07-thirty-seventh/ev.sh base "oftest"
CODE=/tmp/s40/final bash /work/main/evals/results/2026-12-07-thirty-seventh/ev.sh final "oftest"
CODE=/tmp/s40/final bash /work/main/evals/results/2026-12-07-thirty-seventh/ev.sh final "oftune dev para shipped sqtune names convof convsh hoof hoof2 ho3 ho4 short heldout5 compare sections-heldout"
echo ALLDONE
