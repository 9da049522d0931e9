# The Ofsted test half (whole library, --compare) with the start's code (9c20be4) and the final code
# (b76c7b9, after the review), one after the other in one job, nothing else running.
export OUTDIR=/tmp/s44/out3 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
R=/work/main/evals/results/2026-12-07-forty-second
CODE=/tmp/s43/final4 bash $R/ev.sh start "oftest"
CODE=/tmp/s44/code-b76c7b9 bash $R/ev.sh final "oftest"
echo ALLDONE
