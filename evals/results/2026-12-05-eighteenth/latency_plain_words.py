"""Warm question -> answer with plain words on and off (the baseline), interleaved in one process on
the 120-report library, over the questions of a set where a plain phrasing is found; and the table's
own cost per question (ALL_QUESTIONS=1: every question of the set, found or not).
usage: [ALL_QUESTIONS=1] python latency_plain_words.py evals/ofsted-paraphrase.jsonl [N]"""
import json
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("ASSISTANT_ENCODER", "onnx")
from assistant.core import Assistant
from assistant.search.plain_words import with_report_terms
from assistant.settings import Settings

questions = [json.loads(line)["question"] for line in open(sys.argv[1]) if "question" in json.loads(line)]
firing = [q for q in questions if with_report_terms(q).added or os.environ.get("ALL_QUESTIONS")][: int(sys.argv[2]) if len(sys.argv) > 2 else 120]
settings = Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/ofsted-index"))
on = Assistant(replace(settings, plain_words="on"))
on.prepare(build=False)
off = Assistant(replace(settings, plain_words="off"), embedder=on.embedder)
off.prepare(build=False)
for a in (on, off):
    a.ask(firing[0])  # warm: model and index loaded
times = {"on": [], "off": []}
for i, q in enumerate(firing):
    order = (("on", on), ("off", off)) if i % 2 == 0 else (("off", off), ("on", on))
    for name, a in order:
        started = time.perf_counter()
        a.ask(q)
        times[name].append((time.perf_counter() - started) * 1000)
started = time.perf_counter()
for q in questions:
    with_report_terms(q)
table_ms = (time.perf_counter() - started) * 1000 / len(questions)


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


print(f"{len(firing)} questions with a plain phrasing, asked alternately with plain words on and off (baseline)")
for name in ("off", "on"):
    print(f"  plain words {name:3s}: p50 {statistics.median(times[name]):6.1f} ms  p95 {pct(times[name], 95):6.1f} ms")
print(f"  the table alone, per question of the set ({len(questions)}): {table_ms:.3f} ms")
