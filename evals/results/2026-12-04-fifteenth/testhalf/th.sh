#!/bin/bash
# The Ofsted test half, whole library: this session's start (57a59b2, a git worktree at $BASE) and
# this code (a copy of assistant/ at $NOW), one after the other on a quiet machine; then the same
# for the compare set's test half, compare answers off and on.
export ASSISTANT_ENCODER=onnx
OUT=${OUT:-/tmp/s17/th}
mkdir -p $OUT
run() { cd $2 && /work/main/.venv/bin/python -m assistant eval /work/main/evals/ofsted.jsonl --split test --corpus /tmp/ofsted-lib --index /tmp/ofsted-index --compare --out $OUT/$1 > $OUT/$1.log 2>&1; }
run start57a59b2 $BASE
run now $NOW
echo DONE > $OUT/done
