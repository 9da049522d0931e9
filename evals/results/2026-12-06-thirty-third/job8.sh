#!/bin/bash
cd /tmp/s35/tpl
CODE=/tmp/s35/nw /work/main/.venv/bin/python noyear_forms.py > noyear-nw.log 2>&1
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s35/out
CODE=/tmp/s35/nw bash $EV nw "oftune dev para"
touch /tmp/s35/done-job8
