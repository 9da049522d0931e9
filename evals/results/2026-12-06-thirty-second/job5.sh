#!/bin/bash
while [ ! -f /tmp/s34/done-job4-sets ]; do sleep 10; done
cd /work/main/evals/results/2026-12-06-thirty-first/library-templates
for v in n3 x2; do CODE=/tmp/s34/$v /work/main/.venv/bin/python /tmp/s34/x2kinds.py strength improving judged-inadequate rated > /tmp/s34/x2k-$v.log 2>&1; done
CODE=/tmp/s34/x2 OUTDIR=/tmp/s34/out bash /work/main/evals/results/2026-12-06-twenty-ninth/ev.sh x2 "oftune para dev"
touch /tmp/s34/done-job5
