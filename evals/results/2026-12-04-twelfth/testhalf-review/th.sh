#!/bin/bash
# The Ofsted test half, whole library: 06ec51b, 3722d1d and the current code, one after another.
export ASSISTANT_ENCODER=onnx
run() { cd $2 && /work/main/.venv/bin/python -m assistant eval /work/main/evals/ofsted.jsonl --split test --corpus /tmp/ofsted-lib --index /tmp/ofsted-index --compare --out /tmp/s14/th/$1 > /tmp/s14/th/$1.log 2>&1; }
mkdir -p /tmp/s14/th
run base06ec51b /tmp/s14/wt-06ec51b
run start3722d1d /tmp/s14/wt-3722d1d
run now /work/main
echo DONE > /tmp/s14/th/done
