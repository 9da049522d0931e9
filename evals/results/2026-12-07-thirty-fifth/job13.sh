export OUTDIR=/tmp/s37/out
CODE=/tmp/s37/final4 bash /work/main/evals/results/2026-12-07-thirty-fifth/ev.sh final4 "para dev oftest oftune"
echo J13DONE
