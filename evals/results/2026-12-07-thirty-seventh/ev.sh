#!/bin/bash
# usage: CODE=dir OUTDIR=dir ev.sh NAME "sets": the thirty-fifth session's ev.sh, plus "compare" and "sections*" on the library.
NAME=$1; SETS=$2; OUT=${OUTDIR:-/tmp/s39/out}; mkdir -p $OUT
HERE=/work/main/evals/results/2026-12-07-thirty-fifth
OLD=""; EXTRA_SETS=""
for s in $SETS; do case $s in compare|sections|sections-third|sections-fourth|sections-heldout) EXTRA_SETS="$EXTRA_SETS $s";; *) OLD="$OLD $s";; esac; done
[ -n "$OLD" ] && OUTDIR=$OUT bash $HERE/ev.sh "$NAME" "$OLD"
for s in $EXTRA_SETS; do
    (cd ${CODE:-/work/main} && ASSISTANT_ENCODER=onnx /work/main/.venv/bin/python -m assistant eval /work/main/evals/$s.jsonl \
        --corpus /tmp/ofsted-lib --index /tmp/s28/lib-index --out $OUT/$NAME-$s > $OUT/$NAME-$s.log 2>&1)
    /work/main/.venv/bin/python $HERE/summary.py "$NAME $s" "$OUT/$NAME-$s/summary.json" | tee -a "$OUT/table.txt"
done
touch $OUT/done2-$NAME
