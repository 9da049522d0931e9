# The session's changes over every set, answer by answer against the start's run (the forty-first
# session's job6: /tmp/s43/out6/final4-*, the code at 9c20be4, which this session started from).
# usage: job1.sh REV  (a snapshot of REV's package goes to /tmp/s44/code-REV; output /tmp/s44/out-REV)
REV=$1; CODE=/tmp/s44/code-$REV
mkdir -p $CODE && (cd /work/main && git archive $REV assistant | tar -x -C $CODE)
export OUTDIR=/tmp/s44/out-$REV LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
CODE=$CODE bash /work/main/evals/results/2026-12-07-forty-second/ev.sh new "${2:-oftest oftune shipped dev para convof convsh short hoof hoof2 ho3 ho4 heldout5 heldout6 heldout6sh heldout7 compare names sections-heldout acronyms}"
echo ALLDONE
