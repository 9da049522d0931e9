#!/bin/bash
while [ ! -f /tmp/s35/done-job2 ]; do sleep 5; done
cd /work/main
CODE=/tmp/s35/narrow .venv/bin/python /tmp/s34/probe_run.py /tmp/s35/probe/questions.txt > /tmp/s35/probe/narrow.jsonl 2>/tmp/s35/probe/narrow.err
cd /tmp/s35/tpl
CODE=/tmp/s35/narrow /work/main/.venv/bin/python safe_forms.py safe safe-kept > safe-narrow.log 2>&1
touch /tmp/s35/done-job3
