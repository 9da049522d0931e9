export OUTDIR=/tmp/s41/out12
CODE=/tmp/s41/base bash /work/main/evals/results/2026-12-07-thirty-ninth/ev.sh start "oftest"
CODE=/tmp/s41/prev bash /work/main/evals/results/2026-12-07-thirty-ninth/ev.sh previous "oftest"
CODE=/tmp/s41/rev bash /work/main/evals/results/2026-12-07-thirty-ninth/ev.sh reviewed "oftest"
touch /tmp/s41/out12/oftest-done
CODE=/tmp/s41/rev bash /work/main/evals/results/2026-12-07-thirty-ninth/ev.sh reviewed "shipped convof short heldout6"
echo ALLDONE
