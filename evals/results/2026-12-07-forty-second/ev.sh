#!/bin/bash
# usage: CODE=dir OUTDIR=dir LIBI=dir SHIPI=dir ev.sh NAME "sets"
# The forty-first session's runner (its sets), and "acronyms": evals/ofsted-acronyms.jsonl.
NAME=$1; OUT=${OUTDIR:-/tmp/s44/out}; mkdir -p $OUT
FORTY_FIRST=/work/main/evals/results/2026-12-07-forty-first
for s in $2; do
  if [ "$s" != acronyms ]; then OUTDIR=$OUT bash $FORTY_FIRST/ev.sh "$NAME" "$s"; continue; fi
  (cd ${CODE:-/work/main} && ASSISTANT_ENCODER=onnx /work/main/.venv/bin/python -m assistant eval /work/main/evals/ofsted-acronyms.jsonl \
    --corpus /tmp/ofsted-lib --index ${LIBI:-/tmp/s42/idx/lib} --out $OUT/$NAME-$s > $OUT/$NAME-$s.log 2>&1)
  /work/main/.venv/bin/python /work/main/evals/results/2026-12-07-thirty-fifth/summary.py "$NAME $s" "$OUT/$NAME-$s/summary.json" | tee -a "$OUT/table.txt"
done
