export OUTDIR=/tmp/s42/out2
CODE=/tmp/s42/w2 bash /work/main/evals/results/2026-12-07-thirty-ninth/ev.sh v2 "convof convsh short hoof hoof2 ho3 ho4 heldout5 heldout6 heldout6sh compare sections-heldout shipped oftest para dev"
echo ALLDONE
