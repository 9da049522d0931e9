cd /work/main; export ASSISTANT_ENCODER=onnx
SET=${SET:-evals/sections.jsonl}; TAG=${TAG:-x}
for m in ${MODES:-on}; do ASSISTANT_SECTION_ANSWERS=$m .venv/bin/python -m assistant eval $SET --corpus /tmp/ofsted-lib --index /tmp/ofsted-index --out /tmp/s15/sec-$TAG-$m > /tmp/s15/sec-$TAG-$m.log 2>&1; done
