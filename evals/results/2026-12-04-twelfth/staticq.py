"""Static (calibrated) int8 of the answer model: batch-independent scores; fidelity and speed vs the shipped dynamic int8."""
import sys, time, pickle, random, numpy as np, onnxruntime as ort
from pathlib import Path
from onnxruntime.quantization import quantize_static, CalibrationDataReader, QuantFormat, QuantType, CalibrationMethod
from assistant.answers.model import AnswerModel
from assistant.evals.training import squad_pairs, ofsted_pairs, TrainConfig, squad_eval_groups, group_metrics
SQUAD = Path('/work/shared/datasets/squad-v2-dev/dev-v2.0.json')
import glob
SQUAD = Path(glob.glob('/work/shared/datasets/squad-v2-dev/*.json')[0])
method = sys.argv[1] if len(sys.argv) > 1 else 'minmax'
out = f'/tmp/s14/static-{method}.onnx'
ship = AnswerModel(); ship.load(); tok = ship._tokenizer
def feed(q, cands):
    enc = tok.encode_batch([(q, c) for c in cands]); w = max(len(e.ids) for e in enc)
    ids = np.zeros((len(enc), w), np.int64); mask = np.zeros_like(ids); tt = np.zeros_like(ids)
    for r, e in enumerate(enc):
        n = len(e.ids); ids[r, :n] = e.ids; mask[r, :n] = 1; tt[r, :n] = e.type_ids
    return {'input_ids': ids, 'attention_mask': mask, 'token_type_ids': tt}
if not Path(out).exists():
    rng = random.Random(7)
    pairs = squad_pairs(SQUAD, 'train', TrainConfig(), rng)
    of, _ = ofsted_pairs(Path('/work/main/assistant/evals/data/ofsted-train-qa.jsonl'), Path('/tmp/ofsted-lib'), rng, 1)
    by = {}
    for p in pairs + of: by.setdefault(p.question, []).append(p.candidate)
    qs = list(by); rng.shuffle(qs); qs = qs[:160]
    data = [feed(q, by[q]) for q in qs]
    print('calibration batches', len(data), sum(d['input_ids'].shape[0] for d in data))
    class R(CalibrationDataReader):
        def __init__(s): s.it = iter(data)
        def get_next(s): return next(s.it, None)
    import onnx
    m = onnx.load('/tmp/s14/deq.fp32.onnx')
    inits = {i.name for i in m.graph.initializer}
    # only weight MatMuls (one input an initializer), like the dynamic model
    excl = [n.name for n in m.graph.node if n.op_type == 'MatMul' and not any(i in inits for i in n.input)]
    cm = {'minmax': CalibrationMethod.MinMax, 'pct': CalibrationMethod.Percentile, 'entropy': CalibrationMethod.Entropy}[method]
    t = time.time()
    quantize_static('/tmp/s14/deq.fp32.onnx', out, R(), quant_format=QuantFormat.QDQ, op_types_to_quantize=['MatMul'],
                    per_channel=True, reduce_range=True, activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                    nodes_to_exclude=excl, calibrate_method=cm, extra_options={'CalibPercentile': 99.999} if method=='pct' else {})
    print('quantised in', time.time() - t)
def sess(p):
    o = ort.SessionOptions(); o.intra_op_num_threads = 2; o.log_severity_level = 3
    o.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(p, o, providers=['CPUExecutionProvider'])
S = {'dyn': ship._session, 'fp': sess('/tmp/s14/deq.fp32.onnx'), 'st': sess(out)}
calls = pickle.load(open('/tmp/s13/calls.pkl', 'rb'))
def run(s, q, cands, k):
    enc = tok.encode_batch([(q, c) for c in cands]); o = sorted(range(len(enc)), key=lambda i: len(enc[i].ids))
    res = np.zeros(len(enc), np.float32)
    for j in range(0, len(o), k):
        rows = o[j:j+k]; w = max(len(enc[i].ids) for i in rows)
        ids = np.zeros((len(rows), w), np.int64); mask = np.zeros_like(ids); tt = np.zeros_like(ids)
        for r, i in enumerate(rows):
            n = len(enc[i].ids); ids[r, :n] = enc[i].ids; mask[r, :n] = 1; tt[r, :n] = enc[i].type_ids
        res[rows] = s.run(None, {'input_ids': ids, 'attention_mask': mask, 'token_type_ids': tt})[0].reshape(-1)
    return res
ref = [run(S['fp'], q, c, 64) for q, c in calls]
for name, k in [('dyn', 64), ('dyn', 8), ('st', 64), ('st', 8), ('st', 1), ('fp', 64), ('fp', 8)]:
    for rep in range(2):
        t = time.perf_counter(); got = [run(S[name], q, c, k) for q, c in calls]; dt = (time.perf_counter() - t) * 1000 / len(calls)
    err = np.concatenate([np.abs(g - r) for g, r in zip(got, ref)])
    top = np.mean([np.argmax(g) == np.argmax(r) for g, r in zip(got, ref)])
    print(f'{name:3s} runs of {k:2d}: ms/call {dt:6.1f}  |logit - fp32| mean {err.mean():.3f} max {err.max():.3f}  same best as fp32 {top:.2f}')
# SQuAD tune groups: top-1 / AUC like the card
groups = squad_eval_groups(SQUAD, 'tune', 300, 2026)
for name in ('fp', 'dyn', 'st'):
    scores = []
    for g in groups:
        scores += list(run(S[name], g[0].question, [p.candidate for p in g], 64))
    print(name, 'tune', group_metrics(groups, scores))
