export OUTDIR=/tmp/s40/out10
CODE=/tmp/s40/base bash /work/main/evals/results/2026-12-07-thirty-seventh/ev.sh start "oftest"
CODE=/tmp/s40/final3 bash /work/main/evals/results/2026-12-07-thirty-seventh/ev.sh reviewed "oftest shipped"
echo ALLDONE
