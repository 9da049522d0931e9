#!/bin/bash
cd /tmp/s36/tpl
export PYTHONPATH=/work/main/evals/results/2026-12-06-thirty-first/library-templates
CODE=/tmp/s36/base /work/main/.venv/bin/python noyear_forms.py > noyear-base.log 2>&1
CODE=/tmp/s36/ny /work/main/.venv/bin/python noyear_forms.py > noyear-ny.log 2>&1
unset PYTHONPATH
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s36/out
CODE=/tmp/s36/base bash $EV base oftest
CODE=/tmp/s36/ny bash $EV ny oftest
for s in oftune dev para names convof hoof hoof2 ho3 ho4; do
  CODE=/tmp/s36/base bash $EV base $s
  CODE=/tmp/s36/ny bash $EV ny $s
done
touch /tmp/s36/done-job1
