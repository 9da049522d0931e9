# Settling only within reach of the best (HEAD after e49c4d4): answers against job4's final code on the
# sets most sensitive to it, then warm latency alternated with the start's settings as the baseline.
export OUTDIR=/tmp/s43/out5 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped
R=/work/main/evals/results/2026-12-07-forty-first
CODE=/tmp/s43/final3 bash $R/ev.sh final3 "oftest oftune shipped convof hoof heldout7 dev"
bash $R/latency.sh /tmp/s43/final3 final-16-settled-within-reach
echo ALLDONE
