#!/bin/bash
# n2 = dfb77f6 (present tense, amounts kept). Test half: base (ee1b400) and n2 in one job.
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
LT=/work/main/evals/results/2026-12-06-thirty-first/library-templates
export OUTDIR=/tmp/s34/out
CODE=/tmp/s34/base bash $EV th-base oftest
CODE=/tmp/s34/n2 bash $EV th-n2 oftest
CODE=/tmp/s34/n2 bash $EV n2 "oftune para dev"
cd $LT
CODE=/tmp/s34/n2 /work/main/.venv/bin/python other_forms.py > /tmp/s34/of-n2.log 2>&1
CODE=/tmp/s34/n2 /work/main/.venv/bin/python conversations.py > /tmp/s34/conv-n2.log 2>&1
touch /tmp/s34/done-job2
