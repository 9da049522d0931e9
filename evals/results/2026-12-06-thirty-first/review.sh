#!/bin/bash
# After the review: the Ofsted test half with the code at the review's diff base (a734d43, the
# thirtieth session's first change), at this session's start (324cdf4) and now, one quiet job.
EV=$(dirname "$0")/../2026-12-06-twenty-ninth/ev.sh
export OUTDIR=/tmp/s33/out
CODE=/tmp/s33/a734 $EV rv-a734 oftest
CODE=/tmp/s33/base $EV rv-start oftest
CODE=/tmp/s33/final $EV rv-now oftest
