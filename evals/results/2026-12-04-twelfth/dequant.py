"""Rebuild a float graph from the shipped dynamic-int8 answer model: weights dequantised (same int8 grid)."""
import numpy as np, onnx
from onnx import numpy_helper, helper
m = onnx.load('/work/main/assistant/answers/model/answer-model.int8.onnx')
g = m.graph
prod = {o: n for n in g.node for o in n.output}
cons = {}
for n in g.node:
    for i in n.input: cons.setdefault(i, []).append(n)
init = {i.name: i for i in g.initializer}
arr = lambda name: numpy_helper.to_array(init[name])
drop, new_inits, repl = set(), [], {}
for n in list(g.node):
    if n.op_type != 'MatMulInteger': continue
    x = prod[n.input[0]].input[0]
    wq, wzp = arr(n.input[1]).astype(np.float32), arr(n.input[3]).astype(np.float32)
    cast = cons[n.output[0]][0]; mul = cons[cast.output[0]][0]
    smul = prod[mul.input[1]]
    wscale = arr(smul.input[1])
    w = (wq - wzp) * wscale
    wname = n.input[1].replace('_quantized', '') + '_float'
    new_inits.append(numpy_helper.from_array(w.astype(np.float32), wname))
    repl[id(n)] = helper.make_node('MatMul', [x, wname], [mul.output[0]], name=n.name + '_float')
    drop |= {id(cast), id(mul), id(smul)}
nodes = []
for n in g.node:
    if id(n) in drop: continue
    nodes.append(repl.get(id(n), n))
used = {i for n in nodes for i in n.input}
nodes = [n for n in nodes if not (n.op_type == 'DynamicQuantizeLinear' and not any(o in used for o in n.output))]
del g.node[:]; g.node.extend(nodes)
used = {i for n in nodes for i in n.input}
keep = [i for i in g.initializer if i.name in used] + new_inits
del g.initializer[:]; g.initializer.extend(keep)
onnx.checker.check_model(m)
onnx.save(m, '/tmp/s14/deq.fp32.onnx')
import collections; print(collections.Counter(n.op_type for n in nodes))
