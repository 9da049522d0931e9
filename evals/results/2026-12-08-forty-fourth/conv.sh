# usage: conv.sh shipped|lib "q1" "q2" ... ; asks the turns as one conversation, explaining the last
IDX=$1; shift
if [ $IDX = shipped ]; then C=/work/main/corpus; else C=/tmp/ofsted-lib; fi
for q in "$@"; do python3 -c 'import json,sys;print(json.dumps({"question":sys.argv[1],"conversation":"c"}))' "$q"; done | \
 ASSISTANT_ENCODER=onnx ASSISTANT_CORPUS=$C ASSISTANT_INDEX=/tmp/s42/idx/$IDX /work/main/.venv/bin/python -m assistant ask --no-build --explain -
