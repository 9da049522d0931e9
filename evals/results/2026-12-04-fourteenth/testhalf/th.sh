#!/bin/bash
# The Ofsted test half, whole library: the session's start (3aa01af, a git worktree) and this code, one after the other.
export ASSISTANT_ENCODER=onnx
run() { cd $2 && /work/main/.venv/bin/python -m assistant eval /work/main/evals/ofsted.jsonl --split test --corpus /tmp/ofsted-lib --index /tmp/ofsted-index --compare --out /tmp/s16/th/$1 > /tmp/s16/th/$1.log 2>&1; }
run prev3aa01af /tmp/s16/wt-prev
run now /work/main
echo DONE > /tmp/s16/th/done
