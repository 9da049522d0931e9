#!/bin/bash
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s35/out
CODE=/tmp/s35/base bash $EV t5-base oftest
CODE=/tmp/s35/final bash $EV t5-final oftest
touch /tmp/s35/done-job11
