#!/bin/bash
# Ofsted test half, whole library, one job: 0620737 (before both sessions' changes, schema-5 index),
# ca8ba52 (the previous session's HEAD) and this HEAD (both on the schema-6 index).
CODE=/tmp/s28/code-0620737 LIBI=/tmp/s28/lib-index-5 /tmp/s28/ev2.sh th-0620737 "oftest"
CODE=/tmp/s28/code-ca8ba52 LIBI=/tmp/s28/lib-index /tmp/s28/ev2.sh th-ca8ba52 "oftest"
CODE=/tmp/s28/code-head LIBI=/tmp/s28/lib-index /tmp/s28/ev2.sh th-head "oftest"
