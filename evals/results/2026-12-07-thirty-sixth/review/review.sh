# The change's base (a33c690), this session's start (daa871d) and the reviewed final code, one after
# another with nothing else running; CODE folders hold `git archive REV assistant`.
export OUTDIR=/tmp/s38/review
HERE=/work/main/evals/results/2026-12-07-thirty-fifth
CODE=/tmp/s38/rev-a33c690 bash $HERE/ev.sh r-a33c690 "oftest shipped convof convsh"
CODE=/tmp/s38/rev-daa871d bash $HERE/ev.sh r-daa871d "oftest"
CODE=/tmp/s38/rev-HEAD bash $HERE/ev.sh r-final "oftest shipped convof convsh"
echo REVIEWDONE
