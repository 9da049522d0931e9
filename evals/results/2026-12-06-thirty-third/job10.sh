#!/bin/bash
while [ ! -f /tmp/s35/done-job9 ]; do sleep 5; done
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s35/out
CODE=/tmp/s35/fin3 bash $EV t4-base oftest
CODE=/tmp/s35/fin4 bash $EV t4-fin oftest
CODE=/tmp/s35/fin4 bash $EV fin4 "convof hoof hoof2 ho3 ho4 names"
touch /tmp/s35/done-job10
