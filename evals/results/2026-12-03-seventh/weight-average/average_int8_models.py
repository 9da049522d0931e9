"""Average two int8 answer models' weights (dequantised), requantise in the same scheme, recalibrate on SQuAD tune."""
import json, sys, shutil
from pathlib import Path
import numpy as np, onnx
from onnx import numpy_helper
A, B, OUT = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
W = "answer-model.int8.onnx"
ma, mb = onnx.load(A / W), onnx.load(B / W)
ia = {i.name: numpy_helper.to_array(i) for i in ma.graph.initializer}
ib = {i.name: numpy_helper.to_array(i) for i in mb.graph.initializer}
new = {}
bases = {n[: -len("_quantized")] for n in ia if n.endswith("_quantized")}
def deq(d, base):
    q, s, z = d[base + "_quantized"], d[base + "_scale"], d[base + "_zero_point"]
    return (q.astype(np.float32) - z.astype(np.float32)) * s.astype(np.float32)
for base in bases:
    w = 0.5 * (deq(ia, base) + deq(ib, base))
    q0 = ia[base + "_quantized"]
    if q0.dtype == np.int8:  # symmetric per-channel (last axis), reduced range
        scale = np.maximum(np.abs(w).max(axis=0), 1e-12) / 64.0
        q = np.clip(np.round(w / scale), -64, 64).astype(np.int8)
        new[base + "_scale"] = scale.astype(np.float32).reshape(ia[base + "_scale"].shape)
        new[base + "_zero_point"] = np.zeros_like(ia[base + "_zero_point"])
    else:  # uint8 per-tensor, asymmetric
        lo, hi = min(float(w.min()), 0.0), max(float(w.max()), 0.0)
        scale = (hi - lo) / 255.0
        zp = int(round(-lo / scale))
        q = np.clip(np.round(w / scale) + zp, 0, 255).astype(np.uint8)
        new[base + "_scale"] = np.array(scale, dtype=np.float32).reshape(ia[base + "_scale"].shape)
        new[base + "_zero_point"] = np.array(zp, dtype=np.uint8).reshape(ia[base + "_zero_point"].shape)
    new[base + "_quantized"] = q
for name, a in ia.items():
    if name not in new and a.dtype == np.float32:
        new[name] = 0.5 * (a + ib[name])
for init in ma.graph.initializer:
    if init.name in new:
        init.CopyFrom(numpy_helper.from_array(new[init.name], init.name))
OUT.mkdir(parents=True, exist_ok=True)
onnx.save(ma, OUT / W)
from assistant.evals.training import squad_eval_groups, _score_onnx, fit_calibration, group_metrics, file_sha256
from assistant.paths import SQUAD_DEV_FILE
card = json.loads((A / "model-card.json").read_text())
tune = squad_eval_groups(SQUAD_DEV_FILE, "tune", 300, 13); test = squad_eval_groups(SQUAD_DEV_FILE, "test", 300, 13)
tp = [p for g in tune for p in g]; sp = [p for g in test for p in g]
lt = _score_onnx(OUT / W, tp, 96); T, b = fit_calibration(lt, [p.label for p in tp])
ls = _score_onnx(OUT / W, sp, 96)
card["calibration"] = {"temperature": T, "bias": b, "fitted_on": "SQuAD tune articles"}
card["metrics"] = {"tune_int8": group_metrics(tune, lt, T, b), "test_int8": group_metrics(test, ls, T, b)}
card["sha256"] = file_sha256(OUT / W); card["size_bytes"] = (OUT / W).stat().st_size
card["note"] = f"weight average of {A} and {B} (experiment)"
(OUT / "model-card.json").write_text(json.dumps(card, indent=2))
print(card["metrics"], T, b)
