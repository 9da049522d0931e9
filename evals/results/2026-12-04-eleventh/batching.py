"""Capture the model's inputs for real questions, then time: one padded batch (today) vs each row alone vs length buckets."""
import time, numpy as np, statistics
from pathlib import Path
from assistant.core import Assistant
from assistant.evals.evaluation import load_questions
from assistant.settings import Settings
from assistant.answers import model as M
calls = []
orig = M.AnswerModel.logits
def spy(self, q, cands, batch_size=64):
    calls.append((q, list(cands)))
    return orig(self, q, cands, batch_size)
M.AnswerModel.logits = spy
a = Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/ofsted-index')))
a.prepare(log=lambda m: None)
qs = [q for q in load_questions(Path('evals/ofsted.jsonl')) if not q.turns][:40]
for q in qs: a.ask(q.question)
M.AnswerModel.logits = orig
from assistant.answers.model import AnswerModel
m = AnswerModel(); m.load()
tok = m._tokenizer; sess = m._session
def run_rows(q, cands, groups):
    enc = tok.encode_batch([(q, c) for c in cands])
    out = np.zeros(len(enc), np.float32)
    for rows in groups(enc):
        w = max(len(enc[i].ids) for i in rows)
        ids = np.zeros((len(rows), w), np.int64); mask = np.zeros_like(ids); tt = np.zeros_like(ids)
        for r, i in enumerate(rows):
            n = len(enc[i].ids); ids[r,:n] = enc[i].ids; mask[r,:n] = 1; tt[r,:n] = enc[i].type_ids
        out[rows] = sess.run(None, {'input_ids': ids, 'attention_mask': mask, 'token_type_ids': tt})[0].reshape(-1)
    return out
def one_batch(enc):
    return [sorted(range(len(enc)), key=lambda i: len(enc[i].ids))]
def singles(enc):
    return [[i] for i in range(len(enc))]
def buckets(k):
    def g(enc):
        o = sorted(range(len(enc)), key=lambda i: len(enc[i].ids))
        return [o[j:j+k] for j in range(0, len(o), k)]
    return g
lens = [len(tok.encode(q, c).ids) for q, cs in calls for c in cs]
print('calls', len(calls), 'mean rows', statistics.mean(len(c) for _, c in calls), 'tokens mean/max', statistics.mean(lens), max(lens))
for name, g in [('one batch', one_batch), ('singles', singles), ('buckets8', buckets(8)), ('buckets16', buckets(16)), ('one batch again', one_batch)]:
    t = time.perf_counter(); res = [run_rows(q, c, g) for q, c in calls]; dt = (time.perf_counter() - t) * 1000 / len(qs)
    if name == 'one batch': base = res
    diff = max(float(np.max(np.abs(r - b))) for r, b in zip(res, base))
    top = statistics.mean(int(np.argmax(r) == np.argmax(b)) for r, b in zip(res, base))
    print(f'{name:16s} ms/question {dt:6.1f}  max |logit diff| {diff:.3f}  same top {top:.2f}')
