#!/bin/bash
# The test half for latency, nothing else running: start, then the final code.
while [ ! -f /tmp/s35/done-job5 ]; do sleep 5; done
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s35/out
CODE=/tmp/s35/base bash $EV q-base oftest
CODE=/tmp/s35/fin1 bash $EV q-fin oftest
touch /tmp/s35/done-quiet
