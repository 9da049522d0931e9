while [ ! -e /tmp/s33/done-jobF-sets ]; do sleep 5; done
pkill -f jobF.sh; sleep 1; pkill -f conversations.py; sleep 2
bash /work/main/evals/results/2026-12-06-thirty-first/final.sh > /tmp/s33/final.log 2>&1
touch /tmp/s33/done-final
rm -rf /tmp/s33/ci && git clone -q /work/main /tmp/s33/ci && cd /tmp/s33/ci && (time bash .ci/run) > /tmp/s33/ci.log 2>&1; echo "exit $?" >> /tmp/s33/ci.log
touch /tmp/s33/done-ci
CODE=/tmp/s33/final /work/main/.venv/bin/python $(dirname "$0")/library-templates/conversations.py grade-recs lead-leavers say-previous grade-improved door-caseload leavers-pathway > /tmp/s33/t6-final.log 2>&1
CODE=/tmp/s33/final /work/main/.venv/bin/python $(dirname "$0")/library-templates/conversations.py rate-leavers lead-when when-lead help-cic cp-cic recs-leaders > /tmp/s33/t5-final.log 2>&1
touch /tmp/s33/done-chain
