import time, numpy as np, onnxruntime as ort, onnx
from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer, DefaultWeightOnlyQuantConfig
src='/root/.cache/review-assistant/encoders/53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db/minilm-l6-v2.fp32.v2.onnx'
d='/tmp/s13/fuse/'
for bits, acc, bs in [(8,4,32),(8,4,128),(4,4,32)]:
    cfg = DefaultWeightOnlyQuantConfig(block_size=bs, is_symmetric=True, accuracy_level=acc, bits=bits)
    q = MatMulNBitsQuantizer(onnx.load(src), algo_config=cfg)
    q.process()
    q.model.save_model_to_file(d+f'nb{bits}-{acc}-{bs}.onnx', use_external_data_format=False)
import os
def sess(p):
    o=ort.SessionOptions(); o.intra_op_num_threads=2; o.add_session_config_entry("session.intra_op.allow_spinning","0"); o.log_severity_level=3
    return ort.InferenceSession(p,o,providers=['CPUExecutionProvider'])
rng=np.random.default_rng(0)
def feed(b,t):
    ids=rng.integers(1000,20000,(b,t)).astype(np.int64); ids[:,0]=101
    return {'input_ids':ids,'attention_mask':np.ones_like(ids),'token_type_ids':np.zeros_like(ids)}
ref = sess(src)
F=feed(40,80)
R=ref.run(None,F)[0][:,0]
for name in ['plain.int8.onnx','nb8-4-32.onnx','nb8-4-128.onnx','nb4-4-32.onnx']:
    s=sess(d+name)
    print(name, 'MB %.1f'%(os.path.getsize(d+name)/1e6))
    for b,t in [(40,80),(12,70)]:
        f=feed(b,t); s.run(None,f)
        ts=[]
        for _ in range(8):
            a=time.perf_counter(); s.run(None,f); ts.append((time.perf_counter()-a)*1000)
        print('  ',b,t,'median ms %.1f'%np.median(ts))
    x=s.run(None,F)[0][:,0]
    one=np.stack([s.run(None,{k:v[i:i+1] for k,v in F.items()})[0][0,0] for i in range(40)])
    cos=lambda a,b: np.mean(np.sum(a*b,1)/np.linalg.norm(a,axis=1)/np.linalg.norm(b,axis=1))
    print('   cos vs fp32 %.5f  batch vs single max abs diff %.5f'%(cos(x,R), np.abs(x-one).max()))
