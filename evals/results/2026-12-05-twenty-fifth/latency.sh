#!/bin/bash
# Test half, before (HEAD~ code, schema-5 index) and after (c83af9f, its index), alternately twice, nothing else running.
cd /tmp/s27
for run in 1 2; do
  OUT=/tmp/s27/out CODE=/tmp/s27/code-head LIBI=/tmp/ofsted-index-t ./ev2.sh lat-before$run "oftest"
  OUT=/tmp/s27/out CODE=/tmp/s27/code-final LIBI=/tmp/s27/lib-index ./ev2.sh lat-after$run "oftest"
done
