#!/bin/bash
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
LT=/work/main/evals/results/2026-12-06-thirty-first/library-templates
export OUTDIR=/tmp/s34/out
cd $LT
CODE=/tmp/s34/n1 /work/main/.venv/bin/python other_forms.py > /tmp/s34/of-n1.log 2>&1
CODE=/tmp/s34/n1 /work/main/.venv/bin/python /tmp/s34/variants.py dis-are dis-say weak-plural > /tmp/s34/variants-n1.log 2>&1
CODE=/tmp/s34/n1 bash $EV n1 "oftune shipped sqtune names dev para convof convsh hoof hoof2 ho3 ho3sh ho4 ho4sh"
touch /tmp/s34/done-job1
