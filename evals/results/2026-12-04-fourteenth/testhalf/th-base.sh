#!/bin/bash
# The Ofsted test half, whole library: the change's base (1fc512a, before the section answers and the name check; a git worktree) and this code, one after the other.
export ASSISTANT_ENCODER=onnx
run() { cd $2 && /work/main/.venv/bin/python -m assistant eval /work/main/evals/ofsted.jsonl --split test --corpus /tmp/ofsted-lib --index /tmp/ofsted-index --compare --out /tmp/s16/th2/$1 > /tmp/s16/th2/$1.log 2>&1; }
run prev1fc512a /tmp/s16/wt-base
run now /work/main
echo DONE > /tmp/s16/th2/done
