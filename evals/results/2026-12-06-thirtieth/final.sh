#!/bin/bash
# The Ofsted test half at the session's start and with the final code, one job, nothing else running.
# ev.sh is the twenty-ninth session's; each CODE folder holds `git archive REV assistant`.
EV=$(dirname "$0")/../2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s32/out
CODE=/tmp/s32/base $EV th-base oftest
CODE=/tmp/s32/v9 $EV th-final oftest
