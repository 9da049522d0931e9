#!/bin/bash
# One job, quiet machine: the Ofsted test half at the two-session change's base (0f7764f), at this
# session's start (ebc5319), and now.
cd /tmp/s31
CODE=/tmp/s31/code-0f7 ./ev.sh rv-0f7 "oftest"
CODE=/tmp/s31/code-head ./ev.sh rv-start "oftest"
CODE=/tmp/s31/code-final ./ev.sh rv-now "oftest"
