# The final code (runs of 16, the best 8 settled alone) beside the start (HEAD 39db56c), one quiet job:
# the Ofsted test half with --compare for both first (the closing note's same-run table), then every set.
export OUTDIR=/tmp/s43/out2 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
CODE=/tmp/s43/base bash /work/main/evals/results/2026-12-07-forty-first/ev.sh base "oftest"
CODE=/tmp/s43/final bash /work/main/evals/results/2026-12-07-forty-first/ev.sh final "oftest"
R="dev para compare names convsh hoof2 ho3 ho4 short heldout5 heldout6 heldout6sh sections-heldout"
CODE=/tmp/s43/final bash /work/main/evals/results/2026-12-07-forty-first/ev.sh final "oftune shipped convof hoof heldout7 $R"
CODE=/tmp/s43/base bash /work/main/evals/results/2026-12-07-forty-first/ev.sh base "$R"
echo ALLDONE
