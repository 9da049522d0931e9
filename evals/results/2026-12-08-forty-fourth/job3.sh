# The Ofsted test half (whole library, --compare) with the start's code (c9a819b, where this
# session began) and the final code (REV), one after the other in one job, nothing else running.
# usage: job3.sh REV
REV=$1; START=/tmp/s46/code-c9a819b; CODE=/tmp/s46/code-$REV
for rev in c9a819b $REV; do mkdir -p /tmp/s46/code-$rev && (cd /work/main && git archive $rev assistant | tar -x -C /tmp/s46/code-$rev); done
export OUTDIR=/tmp/s46/out3 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
R=/work/main/evals/results/2026-12-07-forty-second
CODE=$START bash $R/ev.sh start "oftest"
CODE=$CODE bash $R/ev.sh final "oftest"
echo ALLDONE
