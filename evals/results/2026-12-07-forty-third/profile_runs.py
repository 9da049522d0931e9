# Where a question's answer-model time goes: per question, the sentences read in runs (count, word
# pieces, ms) and alone (count, ms), over evals/ofsted.jsonl on the 120-report library.
# usage: cd /work/main && ASSISTANT_ENCODER=onnx .venv/bin/python evals/results/2026-12-07-forty-third/profile_runs.py
import json, time, sys
from pathlib import Path
import numpy as np
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.answers import model as M
calls = []
orig = M.AnswerModel._run
def run(self, q, cands, bs):
    t = time.perf_counter(); r = orig(self, q, cands, bs)
    enc = self._tokenizer.encode_batch([(q, c) for c in cands])
    calls.append((bs, len(cands), sum(len(e.ids) for e in enc), (time.perf_counter() - t) * 1000))
    return r
M.AnswerModel._run = run
qs = [json.loads(l)["question"] for l in Path("/work/main/evals/ofsted.jsonl").read_text().splitlines() if l.strip()]
a = Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/s42/idx/lib"), answerer="model"))
a.prepare(build=False)
for q in qs[:3]: a.ask(q)
rows = []
for q in qs:
    calls.clear(); t = time.perf_counter(); ans = a.ask(q); tot = (time.perf_counter() - t) * 1000
    b = [c for c in calls if c[0] > 1]; s = [c for c in calls if c[0] == 1]
    rows.append((tot, sum(c[1] for c in b), sum(c[2] for c in b), sum(c[3] for c in b), sum(c[1] for c in s), sum(c[3] for c in s), len(calls)))
rows.sort()
arr = np.array(rows)
print("cols: total, batched n, batched tokens, batched ms, alone n, alone ms, calls")
print("mean", arr.mean(0).round(1))
print("p50 row", arr[len(arr)//2].round(1))
for r in arr[-12:]: print(r.round(1))
