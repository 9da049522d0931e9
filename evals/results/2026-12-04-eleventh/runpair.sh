#!/bin/bash
# usage: runpair.sh "sets"  -- for each set, batch 64 (before) then batch 8 (now), same code
for s in $1; do
  for b in 64 8; do
    OUT=/tmp/s13/out ASSISTANT_MODEL_BATCH=$b /work/main/evals/results/2026-12-04-ninth/ev.sh b$b /work/main 2 "$s"
  done
done
echo DONE >> /tmp/s13/out/table.txt
