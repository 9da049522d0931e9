#!/bin/bash
# The held-out test halves, run once the choice was made on the tune halves and development set: the
# previous commit (a worktree of 22832de at BEFORE) and the code measured (NOW: a copy of its assistant/)
# one after the other on the Ofsted test half with --compare (model, scorer, model without reranking),
# then the SQuAD test articles with each. usage: testhalf.sh NAME
NAME=$1
BEFORE=${BEFORE:-/tmp/s12/before}; NOW=${NOW:-/tmp/s12/snapB}
export OUT=${OUT:-/tmp/s12/out}
E=$(dirname $0)/../2026-12-04-ninth/ev.sh  # the ninth session's runner; results under OUT
$E before $BEFORE 2 oftest
$E $NAME $NOW 2 oftest
$E before $BEFORE 2 sqtest
$E $NAME $NOW 2 sqtest
