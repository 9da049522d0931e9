#!/bin/bash
# usage: CODE=dir OUTDIR=dir LIBI=dir SHIPI=dir ev.sh NAME "sets"
# One runner for every set of this session (the earlier sessions' ev.sh, folded together, with the
# indexes as arguments: the fortieth session's code writes index schema 7, the start reads schema 6).
NAME=$1; SETS=$2; OUT=${OUTDIR:-/tmp/s43/out}; mkdir -p $OUT
E=/work/main/evals; LIB=/tmp/ofsted-lib; LIBI=${LIBI:-/tmp/s28/lib-index}; SHIPI=${SHIPI:-/tmp/s28/shipped-index}
SUMMARY=/work/main/evals/results/2026-12-07-thirty-fifth/summary.py
cd ${CODE:-/work/main}
export ASSISTANT_ENCODER=onnx
for s in $SETS; do
    case $s in
      oftune) args="$E/ofsted.jsonl --split tune --corpus $LIB --index $LIBI";;
      oftest) args="$E/ofsted.jsonl --split test --corpus $LIB --index $LIBI --compare";;
      oftestm) args="$E/ofsted.jsonl --split test --corpus $LIB --index $LIBI";;
      dev) args="$E/ofsted-dev.jsonl --corpus $LIB --index $LIBI";;
      para) args="$E/ofsted-paraphrase.jsonl --corpus $LIB --index $LIBI";;
      shipped) args="$E/shipped.jsonl --corpus /work/main/corpus --index $SHIPI";;
      convof) args="$E/conversations.jsonl --corpus $LIB --index $LIBI";;
      convsh) args="$E/conversations.jsonl --corpus /work/main/corpus --index $SHIPI";;
      hoof) args="$E/conversations-heldout.jsonl --corpus $LIB --index $LIBI";;
      hoof2) args="$E/conversations-heldout2.jsonl --corpus $LIB --index $LIBI";;
      ho3) args="$E/conversations-heldout3.jsonl --corpus $LIB --index $LIBI";;
      ho4) args="$E/conversations-heldout4.jsonl --corpus $LIB --index $LIBI";;
      short) args="$E/conversations-short.jsonl --corpus $LIB --index $LIBI";;
      heldout5) args="$E/conversations-heldout5.jsonl --corpus $LIB --index $LIBI";;
      heldout6) args="$E/conversations-heldout6.jsonl --corpus $LIB --index $LIBI";;
      heldout6sh) args="$E/conversations-heldout6.jsonl --corpus /work/main/corpus --index $SHIPI";;
      heldout7) args="$E/conversations-heldout7.jsonl --corpus $LIB --index $LIBI";;
      compare|sections-heldout) args="$E/$s.jsonl --corpus $LIB --index $LIBI";;
      names) args="$E/absent-names.jsonl --corpus $LIB --index $LIBI";;
      *) echo "unknown set $s"; continue;;
    esac
    /work/main/.venv/bin/python -m assistant eval $args --out $OUT/$NAME-$s > $OUT/$NAME-$s.log 2>&1
    /work/main/.venv/bin/python $SUMMARY "$NAME $s" "$OUT/$NAME-$s/summary.json" | tee -a "$OUT/table.txt"
done
touch $OUT/done-$NAME
