#!/bin/bash
# usage: CODE=dir OUTDIR=dir LIBI=dir SHIPI=dir ev.sh NAME "sets"
# The fortieth session's runner (its sets), and "oftestm": the Ofsted test half, model only (no --compare).
NAME=$1; OUT=${OUTDIR:-/tmp/s43/out}; mkdir -p $OUT
FORTIETH=/work/main/evals/results/2026-12-07-fortieth
for s in $2; do
  if [ "$s" != oftestm ]; then OUTDIR=$OUT bash $FORTIETH/ev.sh "$NAME" "$s"; continue; fi
  (cd ${CODE:-/work/main} && ASSISTANT_ENCODER=onnx /work/main/.venv/bin/python -m assistant eval /work/main/evals/ofsted.jsonl --split test \
    --corpus /tmp/ofsted-lib --index ${LIBI:-/tmp/s28/lib-index} --out $OUT/$NAME-$s > $OUT/$NAME-$s.log 2>&1)
  /work/main/.venv/bin/python /work/main/evals/results/2026-12-07-thirty-fifth/summary.py "$NAME $s" "$OUT/$NAME-$s/summary.json" | tee -a "$OUT/table.txt"
done
