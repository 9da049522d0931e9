#!/bin/bash
# The Ofsted test half, whole library, three versions one after another on a quiet machine.
for v in "prev22832de /tmp/s13/wt-a" "tenth06ec51b /tmp/s13/wt-b" "now /work/main"; do
  set -- $v
  OUT=/tmp/s13/th /work/main/evals/results/2026-12-04-ninth/ev.sh $1 $2 2 oftest
done
echo DONE >> /tmp/s13/th/table.txt
