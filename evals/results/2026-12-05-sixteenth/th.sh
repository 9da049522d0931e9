#!/bin/bash
# The session's same-run comparison: BASE (a copy of assistant/ at ed6c97c, the session's start) and
# NOW (a copy of assistant/ at the code measured), one after the other per set, on a quiet machine.
# Sets: the Ofsted test half with --compare, the compare set's halves, the absent-names set, and the
# two mechanical variants of the compare set written by variants.py into VAR.
BASE=${BASE:-/tmp/s18/base}; NOW=${NOW:-/tmp/s18/now}; OUT=${OUT:-/tmp/s18/th}; VAR=${VAR:-/tmp/s18/var}
mkdir -p $OUT
for code in base now; do
  dir=$BASE; [ $code = now ] && dir=$NOW
  OUT=$OUT /work/main/evals/results/2026-12-04-ninth/ev.sh $code $dir 2 "oftest cmptune cmptest names"
  for v in lower absent; do
    (cd $dir && ASSISTANT_ENCODER=onnx /work/main/.venv/bin/python -m assistant eval $VAR/compare-$v.jsonl --corpus /tmp/ofsted-lib --index /tmp/ofsted-index --out $OUT/$code-$v > $OUT/$code-$v.log 2>&1)
  done
done
touch $OUT/done
