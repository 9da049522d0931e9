while ! grep -q ALLDONE /tmp/s42/job2.log; do sleep 10; done
export OUTDIR=/tmp/s42/out3
CODE=/tmp/s42/w0 bash /work/main/evals/results/2026-12-07-fortieth/ev.sh start "heldout7"
CODE=/tmp/s42/w3 bash /work/main/evals/results/2026-12-07-fortieth/ev.sh h3 "heldout7"
CODE=/tmp/s42/w0 bash /work/main/evals/results/2026-12-07-fortieth/ev.sh start "para dev"
echo ALLDONE
