#!/bin/bash
cd /tmp/s35/tpl
CODE=/tmp/s35/fin3 /work/main/.venv/bin/python noyear_forms.py > noyear-fin3.log 2>&1
CODE=/tmp/s35/noyear /work/main/.venv/bin/python noyear_forms.py > noyear-noyear.log 2>&1
touch /tmp/s35/done-job7
