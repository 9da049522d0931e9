# After the review: the test half with the code before the thirty-fourth session's discount rework
# (9e36123, the review's base), the session's start (a33c690) and the reviewed final code, one after
# another with nothing else running. CODE folders hold `git archive REV assistant`.
export OUTDIR=/tmp/s37/review
HERE=/work/main/evals/results/2026-12-07-thirty-fifth
for c in r-9e36123 base r-c74a84b; do CODE=/tmp/s37/$c bash $HERE/ev.sh $c "oftest"; done
echo REVIEWDONE
