export OUTDIR=/tmp/s41/out8
CODE=/tmp/s41/base bash /work/main/evals/results/2026-12-07-thirty-ninth/ev.sh start "oftest"
CODE=/tmp/s41/w3 bash /work/main/evals/results/2026-12-07-thirty-ninth/ev.sh final "oftest heldout6 heldout6sh convof convsh short hoof hoof2 ho3 ho4 heldout5 shipped"
echo ALLDONE
