#!/bin/bash
CODE=/tmp/s30/code-base /tmp/s30/ev.sh th-base "oftest"
CODE=/tmp/s30/code-final /tmp/s30/ev.sh th-final "oftest"
