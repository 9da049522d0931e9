export OUTDIR=/tmp/s42/out1
CODE=/tmp/s42/w1 bash /work/main/evals/results/2026-12-07-thirty-ninth/ev.sh new "convof convsh short hoof hoof2 ho3 ho4 heldout5 heldout6 heldout6sh compare sections-heldout oftest shipped"
echo ALLDONE
