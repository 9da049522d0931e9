#!/bin/bash
while [ ! -f /tmp/s35/done-job4 ]; do sleep 5; done
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s35/out
CODE=/tmp/s35/fin1 bash $EV fin1 "oftune shipped sqtune names convof convsh hoof hoof2 ho3 ho3sh ho4 ho4sh dev para"
touch /tmp/s35/done-job5
