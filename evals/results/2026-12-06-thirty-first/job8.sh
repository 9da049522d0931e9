cd /tmp/s33
CODE=/tmp/s33/n8 OUTDIR=/tmp/s33/out bash /tmp/s33/ev.sh n8 "oftune dev para convof hoof hoof2 ho3 ho4 names"
CODE=/tmp/s33/n8 OUTDIR=/tmp/s33/out bash /tmp/s33/ev.sh th-n8 oftest
touch /tmp/s33/done-job8
