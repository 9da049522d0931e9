#!/bin/bash
# The Ofsted test half at the session's start and with the final code, one job, nothing else running.
CODE=/tmp/s32/base /tmp/s32/ev.sh th-base oftest
CODE=/tmp/s32/v9 /tmp/s32/ev.sh th-final oftest
touch /tmp/s32/done-final
