#!/bin/bash
# After the review mend: the change's base (3aa01af, before the name check and the comparisons; a git
# worktree at $BASE) beside this code (a copy of assistant/ at $NOW), one after the other, alone on
# the machine: the Ofsted test half (--compare: model, v0.1 scorer, model without reranking), then
# the compare set's two halves.
export ASSISTANT_ENCODER=onnx
OUT=${OUT:-/tmp/s17/th3}
mkdir -p $OUT
E=/work/main/evals
LIB="--corpus /tmp/ofsted-lib --index /tmp/ofsted-index"
run() { cd $2 && /work/main/.venv/bin/python -m assistant eval $E/$3 $LIB --out $OUT/$1 > $OUT/$1.log 2>&1; }
run base-oftest $BASE "ofsted.jsonl --split test --compare"
run now-oftest $NOW "ofsted.jsonl --split test --compare"
run base-cmptune $BASE "compare.jsonl --split tune"
run now-cmptune $NOW "compare.jsonl --split tune"
run base-cmptest $BASE "compare.jsonl --split test"
run now-cmptest $NOW "compare.jsonl --split test"
echo DONE > $OUT/done
