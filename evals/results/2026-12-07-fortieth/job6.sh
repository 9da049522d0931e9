# The review (after cf59e5a) beside the code before it, in one quiet job: the Ofsted test half on
# the whole library, then the conversation sets the review's code paths touch.
export OUTDIR=/tmp/s42/out8
LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped CODE=/tmp/s42/w8 bash /tmp/s42/ev.sh before "oftest"
LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped CODE=/tmp/s42/w9 bash /tmp/s42/ev.sh reviewed "oftest"
LIBI=/tmp/s42/idx/lib SHIPI=/tmp/s42/idx/shipped CODE=/tmp/s42/w9 bash /tmp/s42/ev.sh reviewed "heldout7 convof hoof heldout6 shipped"
echo ALLDONE
