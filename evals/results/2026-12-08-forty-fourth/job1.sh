# This session's sets, answer by answer: a snapshot of REV's package goes to /tmp/s46/code-REV,
# its outputs to /tmp/s46/out-REV (one runner for every set: the forty-second session's ev.sh).
# usage: job1.sh REV ["sets"]
REV=$1; CODE=/tmp/s46/code-$REV
mkdir -p $CODE && (cd /work/main && git archive $REV assistant | tar -x -C $CODE)
export OUTDIR=/tmp/s46/out-$REV LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
CODE=$CODE bash /work/main/evals/results/2026-12-07-forty-second/ev.sh new "${2:-oftest oftune shipped dev para convof convsh short hoof hoof2 ho3 ho4 heldout5 heldout6 heldout6sh heldout7 compare names sections-heldout acronyms}"
echo ALLDONE
