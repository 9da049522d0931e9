export OUTDIR=/tmp/s39/out
CODE=/tmp/s39/final4 bash /tmp/s39/ev.sh final4 "oftest oftune dev convof compare para"
cd /tmp && CODE=/tmp/s39/final4 /work/main/.venv/bin/python /tmp/s39/areas.py > /tmp/s39/areas-final4.log 2>&1
cd /tmp && CODE=/tmp/s39/final4 /work/main/.venv/bin/python /tmp/s39/overall34.py > /tmp/s39/ov-final4.log 2>&1
echo F4DONE
