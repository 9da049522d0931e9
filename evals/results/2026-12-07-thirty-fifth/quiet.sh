# The test half and the fifth held-out conversation set with the session's start (a33c690) and
# final code, one after another in one job with nothing else running. CODE folders hold
# `git archive REV assistant`: /tmp/s37/base (a33c690), /tmp/s37/final2 (the leaning weight and the
# first plain words), /tmp/s37/final4 (the final code, 84f0be4).
export OUTDIR=/tmp/s37/quiet
HERE=/work/main/evals/results/2026-12-07-thirty-fifth
for c in base final2; do CODE=/tmp/s37/$c bash $HERE/ev.sh $c "oftest heldout5"; done
# After the second batch of plain words (final4, the final code): the test half again, both codes.
export OUTDIR=/tmp/s37/quiet2
for c in base final4; do CODE=/tmp/s37/$c bash $HERE/ev.sh $c "oftest"; done
echo QUIETDONE
