#!/bin/bash
# usage: runx.sh NAME CODE "sets"  (env passed through)
OUT=/tmp/s21/out /work/main/evals/results/2026-12-04-ninth/ev.sh $1 $2 2 "$3"
touch /tmp/s21/out/done-$1
