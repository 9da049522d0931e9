#!/bin/bash
# usage: ev.sh NAME "sets": the twenty-ninth session's ev.sh for its sets, and "short" / "heldout5"
# (evals/conversations-short.jsonl, conversations-heldout5.jsonl, on the library) run alike here.
NAME=$1; SETS=$2; HERE=$(dirname "$0"); OUT=${OUTDIR:-/tmp/s37/out}
OLD=""; NEW=""
for s in $SETS; do case $s in short|heldout5) NEW="$NEW $s";; *) OLD="$OLD $s";; esac; done
[ -n "$OLD" ] && bash "$HERE/../2026-12-06-twenty-ninth/ev.sh" "$NAME" "$OLD"
for s in $NEW; do
    file=conversations-$s.jsonl
    EXTRA="$EXTRA" OUTDIR=$OUT bash -c "cd ${CODE:-/work/main} && ASSISTANT_ENCODER=onnx /work/main/.venv/bin/python -m assistant eval /work/main/evals/$file \
        --corpus /tmp/ofsted-lib --index ${LIBI:-/tmp/s28/lib-index} --out $OUT/$NAME-$s > $OUT/$NAME-$s.log 2>&1"
    /work/main/.venv/bin/python "$HERE/summary.py" "$NAME $s" "$OUT/$NAME-$s/summary.json" | tee -a "$OUT/table.txt"
done
