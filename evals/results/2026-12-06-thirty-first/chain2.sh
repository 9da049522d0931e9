cd /tmp/s33
CODE=/tmp/s33/final OUTDIR=/tmp/s33/out bash /work/main/evals/results/2026-12-06-twenty-ninth/ev.sh th-final2 oftest > /tmp/s33/final2.log 2>&1
touch /tmp/s33/done-final2
rm -rf /tmp/s33/ci2 && git clone -q /work/main /tmp/s33/ci2 && cd /tmp/s33/ci2 && (time bash .ci/run) > /tmp/s33/ci2.log 2>&1; echo "exit $?" >> /tmp/s33/ci2.log
touch /tmp/s33/done-ci2
