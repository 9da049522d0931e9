import time, numpy as np, onnxruntime as ort, logging
from onnxruntime.quantization import quantize_dynamic, QuantType
from onnxruntime.transformers import optimizer
src='/root/.cache/review-assistant/encoders/53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db/minilm-l6-v2.fp32.v2.onnx'
d='/tmp/s13/fuse/'
quantize_dynamic(src, d+'plain.int8.onnx', weight_type=QuantType.QInt8, per_channel=True, reduce_range=True)
opt = optimizer.optimize_model(src, model_type='bert', num_heads=12, hidden_size=384, opt_level=1)
print(opt.get_fused_operator_statistics())
opt.save_model_to_file(d+'fused.fp32.onnx')
import onnx; quantize_dynamic(d+'fused.fp32.onnx', d+'fused.int8.onnx', weight_type=QuantType.QInt8, per_channel=True, reduce_range=True, extra_options={'DefaultTensorType': onnx.TensorProto.FLOAT})
def sess(p):
    o=ort.SessionOptions(); o.intra_op_num_threads=2; o.add_session_config_entry("session.intra_op.allow_spinning","0"); o.log_severity_level=3
    return ort.InferenceSession(p,o,providers=['CPUExecutionProvider'])
rng=np.random.default_rng(0)
def feed(b,t):
    ids=rng.integers(1000,20000,(b,t)).astype(np.int64); ids[:,0]=101
    return {'input_ids':ids,'attention_mask':np.ones_like(ids),'token_type_ids':np.zeros_like(ids)}
for name in ['plain.int8.onnx','fused.int8.onnx']:
    s=sess(d+name)
    for b,t in [(40,80),(12,70)]:
        f=feed(b,t); s.run(None,f)
        ts=[]
        for _ in range(10):
            a=time.perf_counter(); s.run(None,f); ts.append((time.perf_counter()-a)*1000)
        print(name,b,t,'median ms %.1f'%np.median(ts))
a=sess(d+'plain.int8.onnx'); b=sess(d+'fused.int8.onnx'); f=feed(40,80)
x=a.run(None,f)[0][:,0]; y=b.run(None,f)[0][:,0]
print('cos first token', np.mean(np.sum(x*y,1)/np.linalg.norm(x,axis=1)/np.linalg.norm(y,axis=1)))
