import pickle, time, numpy as np
from assistant.answers.model import AnswerModel
calls = pickle.load(open('/tmp/s13/calls.pkl', 'rb'))
calls = [c for c in calls if len(c[1]) > 12]  # the quotable-sentence calls
res = {}
for mt in (96, 88, 80, 72):
    m = AnswerModel(); m.load(); m._tokenizer.enable_truncation(mt)
    for rep in range(2):
        t = time.perf_counter(); out = [m.logits(q, c) for q, c in calls]; dt = (time.perf_counter() - t) * 1000 / len(calls)
    res[mt] = out
    same = np.mean([np.argmax(o) == np.argmax(r) for o, r in zip(out, res[96])])
    top3 = np.mean([np.argmax(o) in np.argsort(-r)[:3] for o, r in zip(out, res[96])])
    print(mt, f'{dt:.1f} ms/call, same best as 96: {same:.2f}, best within 96 top3 {top3:.2f}')
