export OUTDIR=/tmp/s39/out
CODE=/tmp/s39/final2 bash /tmp/s39/ev.sh final2 "para heldout5 oftune"
export OUTDIR=/tmp/s39/review
CODE=/tmp/s39/base bash /tmp/s39/ev.sh r-base "oftest"
CODE=/tmp/s39/final2 bash /tmp/s39/ev.sh r-final "oftest"
echo REVIEWDONE
