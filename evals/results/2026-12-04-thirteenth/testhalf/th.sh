#!/bin/bash
# The Ofsted test half, whole library: the previous behaviour (1fc512a, the session's start) and this code, one after the other.
export ASSISTANT_ENCODER=onnx
run() { cd $2 && /work/main/.venv/bin/python -m assistant eval /work/main/evals/ofsted.jsonl --split test --corpus /tmp/ofsted-lib --index /tmp/ofsted-index --compare --out /tmp/s15/th/$1 > /tmp/s15/th/$1.log 2>&1; }
run prev1fc512a /tmp/s15/wt-prev
run now /work/main
echo DONE > /tmp/s15/th/done
