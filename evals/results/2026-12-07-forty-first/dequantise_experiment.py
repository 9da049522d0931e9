"""Dequantise the dynamic-int8 answer model's MatMul weights into an fp32 graph."""
import sys, onnx, numpy as np
from onnx import numpy_helper, helper
src, dst = sys.argv[1], sys.argv[2]
m = onnx.load(src); g = m.graph
prod = {o: n for n in g.node for o in n.output}
cons = {}
for n in g.node:
    for i in n.input: cons.setdefault(i, []).append(n)
inits = {i.name: i for i in g.initializer}
arr = lambda name: numpy_helper.to_array(inits[name])
remove = set(); new_inits = []; replace = {}
for n in list(g.node):
    if n.op_type != 'MatMulInteger': continue
    aq, bq, azp, bzp = n.input
    dql = prod[aq]; assert dql.op_type == 'DynamicQuantizeLinear'
    a = dql.input[0]
    cast = cons[n.output[0]]; assert len(cast) == 1 and cast[0].op_type == 'Cast'; cast = cast[0]
    mul = cons[cast.output[0]]; assert len(mul) == 1 and mul[0].op_type == 'Mul'; mul = mul[0]
    smul = prod[mul.input[1]]; assert smul.op_type == 'Mul'
    bscale_name = [i for i in smul.input if i in inits][0]
    w = (arr(bq).astype(np.float32) - arr(bzp).astype(np.float32)) * arr(bscale_name).astype(np.float32)
    wname = bq.replace('_quantized', '') + '_dequantized'
    new_inits.append(numpy_helper.from_array(w.astype(np.float32), wname))
    replace[id(n)] = helper.make_node('MatMul', [a, wname], [mul.output[0]], name=n.name + '_fp32')
    remove.update([id(cast), id(mul), id(smul)])
nodes = []
for n in g.node:
    if id(n) in replace: nodes.append(replace[id(n)])
    elif id(n) in remove: continue
    else: nodes.append(n)
used = {i for n in nodes for i in n.input}
nodes = [n for n in nodes if not (n.op_type == 'DynamicQuantizeLinear' and not any(o in used for o in n.output))]
used = {i for n in nodes for i in n.input} | {o.name for o in g.output}
del g.node[:]; g.node.extend(nodes)
keep = [i for i in g.initializer if i.name in used] + new_inits
del g.initializer[:]; g.initializer.extend(keep)
onnx.checker.check_model(m)
onnx.save(m, dst)
print('ok', sum(n.op_type == 'MatMul' for n in nodes), 'MatMuls')
