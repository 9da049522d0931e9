import sys, time, numpy as np, logging
from pathlib import Path
from onnxruntime.quantization import quantize_static, CalibrationDataReader, QuantType, QuantFormat, CalibrationMethod
from assistant.evals.training import squad_eval_groups
from assistant.answers.model import AnswerModel
SQ=Path('/work/shared/datasets/squad-v2-dev/dev-v2.0.json')
groups=squad_eval_groups(SQ,'tune',int(sys.argv[2]),13)
helper=AnswerModel.from_weights(Path('/tmp/s43/deq.fp32.onnx'), threads=2)
tok=helper._tokenizer
feeds=[]
allp=[p for g in groups for p in g]
for b in range(0,len(allp)-7,8):
    enc=tok.encode_batch([(p.question,p.candidate) for p in allp[b:b+8]])
    w=96
    ids=np.zeros((len(enc),w),np.int64); mask=np.zeros_like(ids); types=np.zeros_like(ids)
    for r,e in enumerate(enc):
        n=len(e.ids); ids[r,:n]=e.ids; mask[r,:n]=1; types[r,:n]=e.type_ids
    feeds.append({'input_ids':ids,'attention_mask':mask,'token_type_ids':types})
class R(CalibrationDataReader):
    def __init__(s): s.it=iter(feeds)
    def get_next(s): return next(s.it,None)
name=sys.argv[1]
fmt={'qdq':QuantFormat.QDQ,'qop':QuantFormat.QOperator}[name.split('-')[0]]
meth={'minmax':CalibrationMethod.MinMax,'pct':CalibrationMethod.Percentile,'ent':CalibrationMethod.Entropy}[name.split('-')[1]]
extra={}
if meth==CalibrationMethod.Percentile: extra['CalibPercentile']=99.99
import onnx
nodes=[n.name for n in onnx.load('/tmp/s43/deq.fp32.onnx').graph.node if n.name.endswith('_fp32')]
t=time.time()
quantize_static('/tmp/s43/deq.fp32.onnx', f'/tmp/s43/{name}.onnx', R(), quant_format=fmt, op_types_to_quantize=['MatMul'], nodes_to_quantize=(nodes if 'w' in name.split('-')[2:] else None), per_channel=True, reduce_range=False, activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8, calibrate_method=meth, extra_options=extra)
print(name, 'done %.0fs'%(time.time()-t))
