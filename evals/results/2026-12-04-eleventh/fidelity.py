"""Which batching keeps int8 closest to fp32? Encoder (same architecture as the answer model), real question/candidate pairs."""
import numpy as np, onnxruntime as ort, pickle, time
from pathlib import Path
from assistant.core import Assistant
from assistant.evals.evaluation import load_questions
from assistant.settings import Settings
from assistant.answers import model as M
calls = []
orig = M.AnswerModel.logits
def spy(self, q, cands, batch_size=64):
    calls.append((q, list(cands))); return orig(self, q, cands, batch_size)
M.AnswerModel.logits = spy
a = Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/ofsted-index')))
a.prepare(log=lambda m: None)
qs = [q for q in load_questions(Path('evals/ofsted.jsonl')) if not q.turns][:30]
for q in qs: a.ask(q.question)
pickle.dump(calls, open('/tmp/s13/calls.pkl','wb'))
m = M.AnswerModel(); m.load(); tok = m._tokenizer
d='/root/.cache/review-assistant/encoders/53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db/'
def sess(p):
    o=ort.SessionOptions(); o.intra_op_num_threads=2; o.log_severity_level=3
    return ort.InferenceSession(p,o,providers=['CPUExecutionProvider'])
fp, q8 = sess(d+'minilm-l6-v2.fp32.v2.onnx'), sess('/tmp/s13/fuse/plain.int8.onnx')
def run(s, q, cands, k):
    enc = tok.encode_batch([(q, c) for c in cands]); o = sorted(range(len(enc)), key=lambda i: len(enc[i].ids))
    out = np.zeros((len(enc), 384), np.float32)
    for j in range(0, len(o), k):
        rows = o[j:j+k]; w = max(len(enc[i].ids) for i in rows)
        ids = np.zeros((len(rows), w), np.int64); mask = np.zeros_like(ids); tt = np.zeros_like(ids)
        for r, i in enumerate(rows):
            n = len(enc[i].ids); ids[r,:n] = enc[i].ids; mask[r,:n] = 1; tt[r,:n] = enc[i].type_ids
        out[rows] = s.run(None, {'input_ids': ids, 'attention_mask': mask, 'token_type_ids': tt})[0][:,0]
    return out
ref = [run(fp, q, c, 1) for q, c in calls]
for k in (64, 16, 8, 4, 1):
    t=time.perf_counter(); got = [run(q8, q, c, k) for q, c in calls]; dt=(time.perf_counter()-t)*1000/len(qs)
    err = np.concatenate([np.linalg.norm(g - r, axis=1) / np.linalg.norm(r, axis=1) for g, r in zip(got, ref)])
    print(f'groups of {k:2d}: ms/question {dt:6.1f}  relative error to fp32 mean {err.mean():.4f} p90 {np.quantile(err,0.9):.4f}')
