"""Warm question -> answer latency with the passages' unread sentences read (on) beside the same
questions without (off, the baseline), interleaved in one process on the 120-report library.
usage: ASSISTANT_ENCODER=onnx python latency_every_passage.py QUESTIONS CORPUS INDEX [rounds]"""
import statistics
import sys
import time
from pathlib import Path

from assistant.core import Assistant
from assistant.evals.evaluation import load_questions, percentile
from assistant.settings import Settings

questions_path, corpus, index = sys.argv[1:4]
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 2
assistants = {
    flag: Assistant(Settings.from_env(corpus_dir=Path(corpus), index_dir=Path(index), rerank_read_every_passage=flag))
    for flag in ("off", "on")
}
for a in assistants.values():
    a.prepare(log=lambda m: None)
questions = [q for q in load_questions(Path(questions_path)) if not q.turns]
for a in assistants.values():  # warm both
    for q in questions[:5]:
        a.ask(q.question, documents=q.documents or None)
times = {flag: [] for flag in assistants}
model_times = {flag: [] for flag in assistants}
for _ in range(rounds):
    for q in questions:
        for flag, a in assistants.items():
            started = time.perf_counter()
            answer = a.ask(q.question, documents=q.documents or None)
            times[flag].append((time.perf_counter() - started) * 1000)
            model_times[flag].append(answer.timings_ms.get("model", 0.0))
for flag in assistants:
    t, m = times[flag], model_times[flag]
    print(f"read every passage {flag:>3}: n={len(t)} p50 {statistics.median(t):.1f} ms p95 {percentile(t, 0.95):.1f} ms"
          f" (model step p50 {statistics.median(m):.1f} p95 {percentile(m, 0.95):.1f})")
