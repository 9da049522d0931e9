export OUTDIR=/tmp/s38/day
CODE=/tmp/s38/code-day bash /work/main/evals/results/2026-12-07-thirty-fifth/ev.sh day "shipped convof convsh sqtune"
echo DAYDONE
