# The session's start (8585d6b's code, /tmp/s39/base) and the reviewed final code, one after the other, nothing else running.
export OUTDIR=/tmp/s39/review2
CODE=/tmp/s39/base bash /tmp/s39/ev.sh r-base "oftest"
CODE=/tmp/s39/rev bash /tmp/s39/ev.sh r-final "oftest"
CODE=/tmp/s39/base bash /tmp/s39/ev.sh r-base "shipped"
CODE=/tmp/s39/rev bash /tmp/s39/ev.sh r-final "shipped"
echo REV2DONE
