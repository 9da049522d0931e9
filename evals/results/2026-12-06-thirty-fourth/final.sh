#!/bin/bash
# The test half with the start (fa13c81) and the final code after the review, one job, nothing else running.
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s36/out
CODE=/tmp/s36/base bash $EV f-base oftest
CODE=/tmp/s36/final bash $EV f-final oftest
touch /tmp/s36/done-final
