#!/bin/bash
# usage: CODE=dir OUTDIR=dir ev.sh NAME "sets": the thirty-seventh session's ev.sh, plus "heldout6"
# (evals/conversations-heldout6.jsonl on the library) and "heldout6sh" (on the shipped texts).
NAME=$1; SETS=$2; OUT=${OUTDIR:-/tmp/s41/out}; mkdir -p $OUT
HERE=/work/main/evals/results/2026-12-07-thirty-fifth
OLD=""; NEW=""
for s in $SETS; do case $s in heldout6|heldout6sh) NEW="$NEW $s";; *) OLD="$OLD $s";; esac; done
[ -n "$OLD" ] && OUTDIR=$OUT bash /work/main/evals/results/2026-12-07-thirty-seventh/ev.sh "$NAME" "$OLD"
for s in $NEW; do
    case $s in
      heldout6) args="--corpus /tmp/ofsted-lib --index /tmp/s28/lib-index";;
      heldout6sh) args="--corpus /work/main/corpus --index /tmp/s28/shipped-index";;
    esac
    (cd ${CODE:-/work/main} && ASSISTANT_ENCODER=onnx /work/main/.venv/bin/python -m assistant eval /work/main/evals/conversations-heldout6.jsonl \
        $args --out $OUT/$NAME-$s > $OUT/$NAME-$s.log 2>&1)
    /work/main/.venv/bin/python $HERE/summary.py "$NAME $s" "$OUT/$NAME-$s/summary.json" | tee -a "$OUT/table.txt"
done
touch $OUT/done3-$NAME
