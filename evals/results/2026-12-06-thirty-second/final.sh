#!/bin/bash
# fin = baba114 (final code). Test half: base (ee1b400) and fin in one quiet job first.
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
LT=/work/main/evals/results/2026-12-06-thirty-first/library-templates
export OUTDIR=/tmp/s34/out
CODE=/tmp/s34/base bash $EV th3-base oftest
CODE=/tmp/s34/fin bash $EV th3-fin oftest
cd /work/main
CODE=/tmp/s34/fin .venv/bin/python /tmp/s34/probe_run.py /tmp/s34/probe/questions.txt > /tmp/s34/probe/fin.jsonl
CODE=/tmp/s34/fin .venv/bin/python /tmp/s34/probe_run.py /tmp/s34/probe/extra_unans.txt > /tmp/s34/probe/extra-fin.jsonl
cd $LT
CODE=/tmp/s34/fin /work/main/.venv/bin/python other_forms.py > /tmp/s34/of-fin.log 2>&1
for v in base fin; do CODE=/tmp/s34/$v /work/main/.venv/bin/python /tmp/s34/x2kinds.py judged-inadequate rated > /tmp/s34/x2k2-$v.log 2>&1; done
CODE=/tmp/s34/fin bash $EV fin "oftune dev para names shipped sqtune convof convsh hoof hoof2 ho3 ho3sh ho4 ho4sh"
touch /tmp/s34/done-final-sets
for v in base fin; do CODE=/tmp/s34/$v /work/main/.venv/bin/python conversations.py > /tmp/s34/conv-$v.log 2>&1; done
touch /tmp/s34/done-final
