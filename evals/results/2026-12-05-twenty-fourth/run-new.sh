#!/bin/bash
# usage: run-new.sh NAME MODEL_DIR "sets"
export ASSISTANT_ANSWER_MODEL=$2
LIBI=/tmp/ofsted-index-t SHIPI=/tmp/s24/shipped-index-t SQI=/tmp/s24/squad-index-t OUT=/tmp/s26/out /tmp/s25/ev.sh $1 /tmp/s26/code-base 2 "$3"
