# The fortieth session's final measurement: the Ofsted test half, start and final in one quiet job,
# then the final code over every set, then the start over the sets it had no run of this session.
export OUTDIR=/tmp/s42/out4
EV=/tmp/s42/ev.sh
CODE=/tmp/s42/w0 bash $EV start "oftest"
CODE=/tmp/s42/w6 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped bash $EV final "oftest"
echo QUIETDONE
CODE=/tmp/s42/w6 LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped bash $EV final "shipped heldout7 convof convsh short hoof hoof2 ho3 ho4 heldout5 heldout6 heldout6sh compare sections-heldout names oftune dev para"
CODE=/tmp/s42/w0 bash $EV start "names heldout6sh hoof2"
echo ALLDONE
