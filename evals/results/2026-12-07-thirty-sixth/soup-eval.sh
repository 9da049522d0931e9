#!/bin/bash
# The soup model (train-answer-model --soup 2, in /tmp/s38/soup) through the pipeline on the
# decision sets first, then the rest; the shipped model's figures are the same code's final3 run
# of the thirty-fifth session (answers do not depend on the machine's load, only latency does).
export OUTDIR=/tmp/s38/out
export ASSISTANT_ANSWER_MODEL=${MODEL:-/tmp/s38/soup}
HERE=/work/main/evals/results/2026-12-07-thirty-fifth
bash $HERE/ev.sh ${NAME:-soup} "oftune sqtune shipped dev convof convsh names para oftest short heldout5 hoof hoof2"
echo SOUPDONE
