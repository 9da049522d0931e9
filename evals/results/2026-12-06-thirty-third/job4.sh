#!/bin/bash
cd /tmp/s35/tpl
CODE=/tmp/s35/fin1 /work/main/.venv/bin/python more_forms.py protected listened high > more-fin1.log 2>&1
CODE=/tmp/s35/fin1 /work/main/.venv/bin/python safe_forms.py safe safe-kept > safe-fin1.log 2>&1
touch /tmp/s35/done-job4
