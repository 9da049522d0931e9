export OUTDIR=/tmp/s39/out
CODE=/tmp/s39/final bash /tmp/s39/ev.sh final "oftest oftune dev shipped names convof convsh compare sections-heldout hoof hoof2 ho3 ho4 short heldout5 para sqtune"
CODE=/tmp/s39/base bash /tmp/s39/ev.sh base "sqtune"
cd /tmp && CODE=/tmp/s39/final /work/main/.venv/bin/python /tmp/s39/overall34.py > /tmp/s39/ov-final.log 2>&1
cd /tmp && CODE=/tmp/s39/final /work/main/.venv/bin/python /tmp/s39/areas.py > /tmp/s39/areas-final.log 2>&1
cd /tmp && CODE=/tmp/s39/base /work/main/.venv/bin/python /tmp/s39/areas.py > /tmp/s39/areas-base.log 2>&1
echo FINALDONE
