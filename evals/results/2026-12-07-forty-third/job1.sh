# This session's changes over the sets, answer by answer against the forty-second session's final
# run (/tmp/s44/out-fa795c7/new-*; its later code commits changed one paraphrase answer only).
# usage: job1.sh REV ["sets"]  (a snapshot of REV's package goes to /tmp/s45/code-REV; output /tmp/s45/out-REV)
REV=$1; CODE=/tmp/s45/code-$REV
mkdir -p $CODE && (cd /work/main && git archive $REV assistant | tar -x -C $CODE)
export OUTDIR=/tmp/s45/out-$REV LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
CODE=$CODE bash /work/main/evals/results/2026-12-07-forty-second/ev.sh new "${2:-oftest oftune shipped dev para convof convsh short hoof hoof2 ho3 ho4 heldout5 heldout6 heldout6sh heldout7 compare names sections-heldout acronyms}"
echo ALLDONE
