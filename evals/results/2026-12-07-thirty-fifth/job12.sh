export OUTDIR=/tmp/s37/out
CODE=/tmp/s37/final3 bash /work/main/evals/results/2026-12-07-thirty-fifth/ev.sh final3 "oftune dev para names shipped sqtune oftest convof convsh"
echo J12DONE
