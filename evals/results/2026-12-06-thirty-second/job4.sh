#!/bin/bash
# n3 = present tense only for how-good questions. Test half: base (ee1b400) and n3 in one job.
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
LT=/work/main/evals/results/2026-12-06-thirty-first/library-templates
export OUTDIR=/tmp/s34/out
CODE=/tmp/s34/base bash $EV th2-base oftest
CODE=/tmp/s34/n3 bash $EV th2-n3 oftest
cd /work/main
CODE=/tmp/s34/n3 .venv/bin/python /tmp/s34/probe_run.py /tmp/s34/probe/questions.txt > /tmp/s34/probe/n3.jsonl
CODE=/tmp/s34/n3 .venv/bin/python /tmp/s34/probe_run.py /tmp/s34/probe/extra_unans.txt > /tmp/s34/probe/extra-n3.jsonl
cd $LT
CODE=/tmp/s34/n3 /work/main/.venv/bin/python other_forms.py > /tmp/s34/of-n3.log 2>&1
CODE=/tmp/s34/n3 bash $EV n3 "oftune para dev names"
touch /tmp/s34/done-job4-sets
CODE=/tmp/s34/n3 /work/main/.venv/bin/python conversations.py > /tmp/s34/conv-n3.log 2>&1
touch /tmp/s34/done-job4
