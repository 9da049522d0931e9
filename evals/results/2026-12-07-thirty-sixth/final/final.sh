export OUTDIR=/tmp/s38/final
CODE=/tmp/s38/code-final bash /work/main/evals/results/2026-12-07-thirty-fifth/ev.sh final "oftest convof convsh"
echo FINALDONE
