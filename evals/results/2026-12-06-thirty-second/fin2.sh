#!/bin/bash
# fin2: the final code (a how-good question keeps its year beside a single word).
cd /work/main
CODE=/tmp/s34/fin2 .venv/bin/python /tmp/s34/probe_run.py /tmp/s34/probe2/questions.txt > /tmp/s34/probe2/fin2.jsonl
CODE=/tmp/s34/fin2 .venv/bin/python /tmp/s34/probe_run.py /tmp/s34/probe/questions.txt > /tmp/s34/probe/fin2.jsonl
CODE=/tmp/s34/fin2 .venv/bin/python /tmp/s34/probe_run.py /tmp/s34/probe/extra_unans.txt > /tmp/s34/probe/extra-fin2.jsonl
cd /work/main/evals/results/2026-12-06-thirty-first/library-templates
CODE=/tmp/s34/fin2 /work/main/.venv/bin/python /tmp/s34/x2kinds.py strength improving judged-inadequate rated > /tmp/s34/x2k-fin2.log 2>&1
touch /tmp/s34/done-fin2
