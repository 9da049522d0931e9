#!/bin/bash
# The Ofsted test half at the session's start and with the final code, one job, nothing else running.
# ev.sh is the twenty-ninth session's; each CODE folder holds `git archive REV assistant`.
EV=$(dirname "$0")/../2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s33/out
CODE=/tmp/s33/base $EV th-base oftest
CODE=/tmp/s33/final $EV th-final oftest
