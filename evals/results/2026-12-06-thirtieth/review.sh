#!/bin/bash
# The Ofsted test half with the code before the twenty-ninth session (829ca4d), at this session's
# start (2a6d89f) and after the review (HEAD), in one job. ev.sh is the twenty-ninth session's;
# each CODE folder holds `git archive REV assistant`.
EV=$(dirname "$0")/../2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s32/out
CODE=/tmp/s32/c829 $EV rv-829 oftest
CODE=/tmp/s32/base $EV rv-start oftest
CODE=/tmp/s32/v10 $EV rv-now oftest
