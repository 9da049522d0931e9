export OUTDIR=/tmp/s41/out8
CODE=/tmp/s41/base bash /work/main/evals/results/2026-12-07-thirty-ninth/ev.sh start "hoof hoof2 ho3 ho4 heldout5 short convof convsh"
echo ALLDONE
