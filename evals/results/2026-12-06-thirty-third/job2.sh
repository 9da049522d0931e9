#!/bin/bash
while [ ! -f /tmp/s35/done-job1 ]; do sleep 5; done
cd /tmp/s35/tpl
CODE=/tmp/s35/new /work/main/.venv/bin/python more_forms.py > more-new.log 2>&1
CODE=/tmp/s35/wide /work/main/.venv/bin/python more_forms.py > more-wide.log 2>&1
touch /tmp/s35/done-job2
