#!/bin/bash
# Final same-run comparison on the held-out halves: the previous session's last commit 10cf640 (a worktree at
# BEFORE) and this session's final code (NOW: a copy of its assistant/), alternating twice on the Ofsted test
# half with --compare; then the SQuAD test articles with the final code (10cf640's run: testhalf.sh).
BEFORE=${BEFORE:-/tmp/s11/before}; NOW=${NOW:-/tmp/s11/snap5}
E=$(dirname $0)/ev.sh
for r in 3 4; do
  $E before-r$r $BEFORE 2 oftest
  $E final-r$r $NOW 2 oftest
done
$E final $NOW 2 sqtest
