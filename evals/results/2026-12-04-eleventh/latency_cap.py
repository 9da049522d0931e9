"""Warm question -> answer with UNREAD_PASSAGES at 12 (today) and 6, interleaved in one process."""
import statistics, sys, time
from pathlib import Path
import assistant.answers.model_answering as m
from assistant.core import Assistant
from assistant.evals.evaluation import load_questions, percentile
from assistant.settings import Settings
a = Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/ofsted-index')))
a.prepare(log=lambda x: None)
qs = [q for q in load_questions(Path('evals/ofsted.jsonl')) if not q.turns]
for q in qs[:5]: a.ask(q.question)
caps = [int(c) for c in sys.argv[1:]] or [12, 6]
t = {c: [] for c in caps}; mt = {c: [] for c in caps}
for q in qs:
    for c in caps:
        m.UNREAD_PASSAGES = c
        s = time.perf_counter(); ans = a.ask(q.question); t[c].append((time.perf_counter() - s) * 1000); mt[c].append(ans.timings_ms.get('model', 0))
for c in caps:
    print(f'cap {c:2d}: n={len(t[c])} p50 {statistics.median(t[c]):.1f} p95 {percentile(t[c], 0.95):.1f} (model p50 {statistics.median(mt[c]):.1f} p95 {percentile(mt[c], 0.95):.1f})')
