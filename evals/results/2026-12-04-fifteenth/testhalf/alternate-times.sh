export ASSISTANT_ENCODER=onnx
for i in 1 2; do for v in base now; do d=$([ $v = base ] && echo /tmp/s17/wt-base || echo /tmp/s17/now2); cd $d && /work/main/.venv/bin/python -m assistant eval /work/main/evals/ofsted.jsonl --split test --corpus /tmp/ofsted-lib --index /tmp/ofsted-index --out /tmp/s17/alt/$v$i > /dev/null 2>&1; done; done
echo DONE > /tmp/s17/alt/done
