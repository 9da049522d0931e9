# base (a33c690 = af93584's code) and new (repeat rule + plain words), every set, one after another
EV=/work/main/evals/results/2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s37/out
SETS="convof convsh hoof hoof2 ho3 ho3sh ho4 ho4sh oftune dev para names shipped sqtune oftest"
CODE=/tmp/s37/new bash $EV new "$SETS"
CODE=/tmp/s37/base bash $EV base "$SETS"
echo J3DONE
