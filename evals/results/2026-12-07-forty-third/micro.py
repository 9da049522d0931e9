# Micro-benchmark behind the answer model's runs side by side (README, Speed and scale, forty-third
# session). Run at 1593d07's parent (b59f828) it compared: one session with 1 or 2 threads reading
# runs in turn, two sessions of 1 thread reading half each, and one session of 1 thread called from
# two threads at once. (From 1593d07 on, AnswerModel(threads=2) itself reads runs side by side.)
# usage: cd /work/main && .venv/bin/python evals/results/2026-12-07-forty-third/micro.py
import time, json, threading
from pathlib import Path
import numpy as np
from assistant.answers.model import AnswerModel
import assistant.answers.model as M
q = "What did inspectors say about the quality of care leavers' pathway plans in Leeds?"
text = Path("/work/main/evals/ofsted.jsonl").read_text()
import re
sents = [s for s in re.split(r"(?<=[.!?]) ", " ".join(json.loads(l).get("gold", [{}])[0].get("quote", "x") if isinstance(json.loads(l).get("gold"), list) and json.loads(l).get("gold") and isinstance(json.loads(l)["gold"][0], dict) else "Care leavers are supported well by personal advisers who know them." for l in text.splitlines() if l.strip())) if len(s) > 40][:48]
cands = [M.candidate_text(s, "The previous sentence says something about the local authority and its services to children.", "Leeds inspection of children's social care services", "Care leavers") for s in sents]
print(len(cands))
def bench(threads, bs, n=cands[:40], reps=8):
    m = AnswerModel(threads=threads, batch_size=bs); m.load()
    m._run(q, n, bs)
    ts = []
    for _ in range(reps):
        t = time.perf_counter(); m._run(q, n, bs); ts.append((time.perf_counter() - t) * 1000)
    return round(np.median(ts), 1)
for th in (1, 2):
    print("threads", th, "batched16 x40:", bench(th, 16), "alone x6:", bench(th, 1, cands[:6]))
# two sessions in parallel, 1 thread each, each reading half
m1 = AnswerModel(threads=1, batch_size=16); m1.load(); m2 = AnswerModel(threads=1, batch_size=16); m2.load()
def par(bs, n):
    half = len(n)//2
    ts = []
    for _ in range(8):
        t = time.perf_counter()
        th = threading.Thread(target=m2._run, args=(q, n[half:], bs)); th.start()
        m1._run(q, n[:half], bs); th.join()
        ts.append((time.perf_counter() - t) * 1000)
    return round(np.median(ts), 1)
par(16, cands[:40])
print("parallel 2x1 thread batched x40:", par(16, cands[:40]), "alone x6:", par(1, cands[:6]))
a2 = AnswerModel(threads=2, batch_size=16); a2.load()
r2 = a2._run(q, cands[:40], 16); r1 = m1._run(q, cands[:40], 16)
print("identical batched 1 vs 2 threads:", np.array_equal(r1, r2), np.abs(r1 - r2).max())
r2 = a2._run(q, cands[:6], 1); r1 = m1._run(q, cands[:6], 1)
print("identical alone:", np.array_equal(r1, r2))
# one session, two python threads
def par1(bs, n):
    half = len(n)//2
    ts = []
    for _ in range(8):
        t = time.perf_counter()
        th = threading.Thread(target=m1._run, args=(q, n[half:], bs)); th.start()
        m1._run(q, n[:half], bs); th.join()
        ts.append((time.perf_counter() - t) * 1000)
    return round(np.median(ts), 1)
print("one session 1 thread, 2 callers: batched", par1(16, cands[:40]), "alone", par1(1, cands[:6]))
