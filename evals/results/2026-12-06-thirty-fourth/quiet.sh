#!/bin/bash
# The test half with the start and the final code, one after the other, nothing else running.
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s36/out
CODE=/tmp/s36/base bash $EV q-base oftest
CODE=/tmp/s36/tg5 bash $EV q-tg5 oftest
touch /tmp/s36/done-quiet
