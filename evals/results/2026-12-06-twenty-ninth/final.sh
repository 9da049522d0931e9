#!/bin/bash
# Same job, quiet machine: Ofsted test half before (HEAD at the session's start) and after; then the
# fourth held-out conversation set and the shipped conversation sets with the final code.
cd /tmp/s31
CODE=/tmp/s31/code-head ./ev.sh th-base "oftest"
CODE=/tmp/s31/code-final ./ev.sh th-final "oftest"
CODE=/tmp/s31/code-final ./ev.sh fin "ho4 ho4sh ho3 convsh ho3sh"
