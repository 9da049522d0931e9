#!/bin/bash
cd /tmp/s35/tpl
CODE=/tmp/s35/fin /work/main/.venv/bin/python cand_forms.py > cand-fin.log 2>&1
CODE=/tmp/s35/cand /work/main/.venv/bin/python cand_forms.py > cand-cand.log 2>&1
touch /tmp/s35/done-job6
