#!/bin/bash
# usage: runv.sh "variants" "sets"
for v in $1; do
  ASSISTANT_PLAIN_WORDS=$v OUT=/tmp/s20/out /work/main/evals/results/2026-12-04-ninth/ev.sh pw-$v /tmp/s20/code/cur 2 "$2"
done
touch /tmp/s20/out/done-$(echo $1 | tr ' ' _)-$(echo $2 | tr ' ' _)
