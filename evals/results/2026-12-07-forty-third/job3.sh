# The Ofsted test half (whole library, --compare) with the start's code (b76c7b9, the code of
# b59f828 where this session began) and the final code (REV), one after the other in one job,
# nothing else running.  usage: job3.sh REV
REV=$1; CODE=/tmp/s45/code-$REV
mkdir -p $CODE && (cd /work/main && git archive $REV assistant | tar -x -C $CODE)
export OUTDIR=/tmp/s45/out3 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
R=/work/main/evals/results/2026-12-07-forty-second
CODE=/tmp/s44/code-b76c7b9 bash $R/ev.sh start "oftest"
CODE=$CODE bash $R/ev.sh final "oftest"
echo ALLDONE
