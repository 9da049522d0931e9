# After the review (HEAD after the review): the start (39db56c) and the final code on the Ofsted test half in
# one quiet job (--compare), then the final code over every set (job4's answers expected, bar the memo refactor).
export OUTDIR=/tmp/s43/out6 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
R=/work/main/evals/results/2026-12-07-forty-first
CODE=/tmp/s43/base bash $R/ev.sh base "oftest"
CODE=/tmp/s43/final4 bash $R/ev.sh final4 "oftest"
CODE=/tmp/s43/final4 bash $R/ev.sh final4 "oftune shipped convof hoof heldout7 dev para compare names convsh hoof2 ho3 ho4 short heldout5 heldout6 heldout6sh sections-heldout"
echo ALLDONE
