export OUTDIR=/tmp/s41/out11
CODE=/tmp/s41/w4 bash /work/main/evals/results/2026-12-07-thirty-ninth/ev.sh last "oftest shipped heldout6 heldout6sh convof convsh short hoof ho3 ho4 heldout5 compare"
echo ALLDONE
