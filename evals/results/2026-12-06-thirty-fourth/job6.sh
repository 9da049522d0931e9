#!/bin/bash
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s36/out
CODE=/tmp/s36/tg5 bash $EV tg5 oftest
CODE=/tmp/s36/tg5 bash $EV tg5 oftune
for s in dev para names convof hoof hoof2 ho3 ho4; do
  [ -f /tmp/s36/out/base-$s/summary.json ] || CODE=/tmp/s36/base bash $EV base $s
  CODE=/tmp/s36/tg5 bash $EV tg5 $s
done
touch /tmp/s36/done-job6
cd /tmp/s36/tpl
export PYTHONPATH=/work/main/evals/results/2026-12-06-thirty-first/library-templates
CODE=/tmp/s36/tg5 /work/main/.venv/bin/python noyear_forms.py > noyear-tg5.log 2>&1
CODE=/tmp/s36/tg5 /work/main/.venv/bin/python safe_forms.py safe safe-kept > safe-tg5.log 2>&1
CODE=/tmp/s36/tg5 /work/main/.venv/bin/python more_forms.py protected listened high > more-tg5.log 2>&1
CODE=/tmp/s36/tg5 /work/main/.venv/bin/python cand_forms.py quickly thorough stable met up-to-date > cand-tg5.log 2>&1
touch /tmp/s36/done-tpl6
