#!/bin/bash
# The test half for latency, nothing else running: start, then the final code.
while ! grep -q "^exit" /tmp/s35/ci.log 2>/dev/null; do sleep 5; done
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s35/out
CODE=/tmp/s35/base bash $EV q2-base oftest
CODE=/tmp/s35/fin3 bash $EV q2-fin oftest
touch /tmp/s35/done-quiet
