#!/bin/bash
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s35/out
CODE=/tmp/s35/base bash $EV th-base oftest
CODE=/tmp/s35/new bash $EV th-new oftest
CODE=/tmp/s35/new bash $EV new "para oftune"
touch /tmp/s35/done-job1
