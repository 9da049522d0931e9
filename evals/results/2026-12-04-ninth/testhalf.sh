#!/bin/bash
# The held-out test halves, run once after the choices were made on the tune halves: the previous commit
# (a worktree at BEFORE) and this one (NOW: a copy of its assistant/) alternating twice on the Ofsted test
# half with --compare (model, scorer, model without reranking), then the SQuAD test articles once each.
BEFORE=${BEFORE:-/tmp/s11/before}; NOW=${NOW:-/tmp/s11/snap3}
E=$(dirname $0)/ev.sh
for r in 1 2; do
  $E before-r$r $BEFORE 2 oftest
  $E now-r$r $NOW 2 oftest
done
$E before $BEFORE 2 sqtest
$E now $NOW 2 sqtest
