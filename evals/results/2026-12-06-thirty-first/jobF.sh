cd /tmp/s33
while pgrep -f "probe/run.py" > /dev/null; do sleep 5; done
CODE=/tmp/s33/n7 OUTDIR=/tmp/s33/out bash /tmp/s33/ev.sh n7 "convof convsh hoof hoof2 ho3 ho3sh ho4 ho4sh oftune dev para names shipped sqtune"
touch /tmp/s33/done-jobF-sets
CODE=/tmp/s33/n7 /work/main/.venv/bin/python $(dirname "$0")/library-templates/conversations.py grade-recs lead-leavers say-previous grade-improved door-caseload leavers-pathway > /tmp/s33/t6-n7.log 2>&1
CODE=/tmp/s33/n7 /work/main/.venv/bin/python $(dirname "$0")/library-templates/conversations.py rate-leavers lead-when when-lead help-cic cp-cic recs-leaders > /tmp/s33/t5-n7.log 2>&1
touch /tmp/s33/done-jobF
