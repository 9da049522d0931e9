#!/bin/bash
# The held-out test halves, run after the choices were made on the tune halves: the previous commit (a worktree
# at BEFORE) and the code measured (NOW: a copy of its assistant/) alternating on the Ofsted test half with
# --compare (model, scorer, model without reranking), then the SQuAD test articles with each.
# usage: testhalf.sh NAME "ROUNDS"; run as `testhalf.sh now "1 2"` (NOW=snap3), `testhalf.sh final "3 4"`
# (NOW=snap5) and, after the review mend, `testhalf.sh mended "5"`.
NAME=$1; ROUNDS=$2
BEFORE=${BEFORE:-/tmp/s11/before}; NOW=${NOW:-/tmp/s11/snap5}
E=$(dirname $0)/ev.sh
for r in $ROUNDS; do
  $E before-r$r $BEFORE 2 oftest
  $E $NAME-r$r $NOW 2 oftest
done
$E before $BEFORE 2 sqtest
$E $NAME $NOW 2 sqtest
