export OUTDIR=/tmp/s39/out
CODE=/tmp/s39/final3 bash /tmp/s39/ev.sh final3 "oftest oftune convof ho4"
cd /tmp && CODE=/tmp/s39/final3 timeout 900 /work/main/.venv/bin/python /tmp/s39/prevdate.py "When had Ofsted last inspected {c} before the {y} report?" > /tmp/s39/prevdate-final.log 2>&1
echo F3DONE
