#!/bin/bash
# usage: CODE=dir OUTDIR=dir ev.sh NAME "sets": the thirty-ninth session's ev.sh, plus "heldout7"
# (evals/conversations-heldout7.jsonl on the library).
NAME=$1; SETS=$2; OUT=${OUTDIR:-/tmp/s42/out}; mkdir -p $OUT
HERE=/work/main/evals/results/2026-12-07-thirty-fifth
OLD=""; NEW=""
for s in $SETS; do case $s in heldout7) NEW="$NEW $s";; *) OLD="$OLD $s";; esac; done
[ -n "$OLD" ] && OUTDIR=$OUT bash /work/main/evals/results/2026-12-07-thirty-ninth/ev.sh "$NAME" "$OLD"
for s in $NEW; do
    (cd ${CODE:-/work/main} && ASSISTANT_ENCODER=onnx /work/main/.venv/bin/python -m assistant eval /work/main/evals/conversations-heldout7.jsonl \
        --corpus /tmp/ofsted-lib --index /tmp/s28/lib-index --out $OUT/$NAME-$s > $OUT/$NAME-$s.log 2>&1)
    /work/main/.venv/bin/python $HERE/summary.py "$NAME $s" "$OUT/$NAME-$s/summary.json" | tee -a "$OUT/table.txt"
done
touch $OUT/done4-$NAME
