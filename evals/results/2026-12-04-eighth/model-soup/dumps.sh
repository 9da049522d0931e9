#!/bin/bash
# Each tune/development question asked through the real pipeline, its candidates dumped.
# usage: dumps.sh NAME MODEL_DIR|- OUT_DIR   (run from the repository root)
# needs: LIBRARY (the 120 Ofsted PDFs), LIBRARY_INDEX, SHIPPED_INDEX, SQUAD_INDEX in the environment
NAME=$1; MODEL=$2; OUT=$3
E=evals
D=evals/results/2026-12-03-seventh/headings/dump_candidates.py
export ASSISTANT_ENCODER=onnx
[ "$MODEL" != "-" ] && export ASSISTANT_ANSWER_MODEL=$MODEL
PY=.venv/bin/python
$PY $D $E/ofsted.jsonl tune "$LIBRARY" "$LIBRARY_INDEX" $OUT/$NAME-oftune.jsonl
$PY $D $E/shipped.jsonl - corpus "$SHIPPED_INDEX" $OUT/$NAME-shipped.jsonl
$PY $D $E/squad/squad-tune-400.jsonl - $E/squad/corpus "$SQUAD_INDEX" $OUT/$NAME-sqtune.jsonl
$PY $D $E/ofsted-dev.jsonl - "$LIBRARY" "$LIBRARY_INDEX" $OUT/$NAME-dev.jsonl
$PY evals/results/2026-12-03-seventh/headings/summarise.py $OUT/$NAME-oftune.jsonl $OUT/$NAME-dev.jsonl $OUT/$NAME-shipped.jsonl $OUT/$NAME-sqtune.jsonl
