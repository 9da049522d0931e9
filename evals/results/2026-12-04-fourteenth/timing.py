# The name check's own time per question over the Ofsted sets' questions (CPU shared with a test run when measured): .venv/bin/python evals/results/2026-12-04-fourteenth/timing.py
import sys, json, time
from pathlib import Path
sys.path.insert(0, '/work/main')
from assistant.search.retrieval import LoadedIndex
from assistant.search.names import key_name, absent
idx = LoadedIndex.load(Path('/tmp/ofsted-index'), verify=False)
qs = [json.loads(l)['question'] for f in ['ofsted.jsonl','ofsted-dev.jsonl','absent-names.jsonl'] for l in open('/work/main/evals/'+f)]
t = time.perf_counter(); idx.names; print('build', (time.perf_counter()-t)*1000, 'ms')
times = []
for q in qs:
    t = time.perf_counter()
    ns = idx.names.names(q); absent(ns); k = key_name(ns); idx.router.named(q)
    times.append((time.perf_counter()-t)*1000)
times.sort(); print(len(times), 'p50 %.2f p95 %.2f max %.2f ms' % (times[len(times)//2], times[int(len(times)*.95)], times[-1]))
