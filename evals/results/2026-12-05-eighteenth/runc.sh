#!/bin/bash
# usage: runc.sh NAME CODE "sets"
OUT=/tmp/s20/out /work/main/evals/results/2026-12-04-ninth/ev.sh $1 $2 2 "$3"
touch /tmp/s20/out/done-$1
