#!/bin/bash
while [ ! -f /tmp/s35/done-job8 ]; do sleep 5; done
cd /tmp/s35/tpl
CODE=/tmp/s35/nwny /work/main/.venv/bin/python noyear_forms.py > noyear-nwny.log 2>&1
touch /tmp/s35/done-job9
