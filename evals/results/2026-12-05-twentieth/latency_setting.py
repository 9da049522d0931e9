"""Warm question -> answer with one setting at two values (the second the baseline), interleaved in
one process on the 120-report library, over every question of a set (the benchmark's
evals/ofsted.jsonl by default). usage: python latency_setting.py FIELD NEW OLD [SET]
e.g. python latency_setting.py naming_words on prefilter; for a conversation set (turns), each
conversation is asked turn by turn and its last turn timed:
python latency_setting.py follow_up_context short retrieval evals/conversations-heldout.jsonl"""
import json
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("ASSISTANT_ENCODER", "onnx")
from assistant.core import Assistant
from assistant.settings import Settings

field, new, old = sys.argv[1:4]
path = sys.argv[4] if len(sys.argv) > 4 else "evals/ofsted.jsonl"
rows = [json.loads(line) for line in open(path) if line.strip()]
questions = [row["question"] for row in rows if "question" in row]
conversations = [row["turns"] for row in rows if "turns" in row and row.get("corpus", "ofsted") == "ofsted"]
settings = Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/ofsted-index"))
first = Assistant(replace(settings, **{field: new}))
first.prepare(build=False)
second = Assistant(replace(settings, **{field: old}), embedder=first.embedder)
second.prepare(build=False)
from assistant.answers.conversation import Conversation

items = [[q] for q in questions] + conversations
for a in (first, second):
    a.ask(items[0][0])  # warm: model and index loaded
times = {new: [], old: []}
for i, turns in enumerate(items):
    order = ((new, first), (old, second)) if i % 2 == 0 else ((old, second), (new, first))
    for name, a in order:
        conversation = Conversation(f"latency-{i}")
        for turn in turns[:-1]:
            a.ask(turn, conversation=conversation)
        started = time.perf_counter()
        a.ask(turns[-1], conversation=conversation)
        times[name].append((time.perf_counter() - started) * 1000)


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


print(f"{len(items)} questions (last turns) of {path}, asked alternately with {field}={new} and {field}={old} (baseline)")
for name in (old, new):
    print(f"  {field}={name:10s}: p50 {statistics.median(times[name]):6.1f} ms  p95 {pct(times[name], 95):6.1f} ms")
