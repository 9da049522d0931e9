# The last change (a follow-up on an ungraded topic after a grade) over the conversation sets and
# the test half, against job4's final code.
export OUTDIR=/tmp/s42/out7
CODE=/tmp/s42/w8 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped bash /tmp/s42/ev.sh last "oftest heldout7 convof convsh short hoof hoof2 ho3 ho4 heldout5 heldout6 heldout6sh compare"
echo ALLDONE
