#!/bin/bash
# The Ofsted test half, before (HEAD's code on its schema-5 index) and after (this change on its index), alternately twice.
cd /tmp/s27
for run in 1 2; do
  OUT=/tmp/s27/out CODE=/tmp/s27/code-head LIBI=/tmp/ofsted-index-t ./ev2.sh th-before$run "oftest"
  OUT=/tmp/s27/out CODE=/tmp/s27/code-final LIBI=/tmp/s27/lib-index ./ev2.sh th-after$run "oftest"
done
