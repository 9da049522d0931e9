#!/bin/bash
# The test half for latency, nothing else running: start, final, start, final.
while [ ! -f /tmp/s34/done-final ]; do sleep 5; done
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s34/out
CODE=/tmp/s34/base bash $EV q-base oftest
CODE=/tmp/s34/fin bash $EV q-fin oftest
touch /tmp/s34/done-quiet
