"""Experiment: the pre-filter takes D sentences by meaning (bi-encoder cosine) beside the words' choices.
Import before asking; set DENSE_D (sentences by meaning among the model's 32) and DENSE_MODE."""
import os, numpy as np
from assistant.answers import model_answering as ma

D = int(os.environ.get("DENSE_D", "8"))
MODE = os.environ.get("DENSE_MODE", "union")
W = float(os.environ.get("DENSE_W", "1.0"))
EMB = None
_cache = {}
_orig = ma.ModelAnswerer._ranked

def vecs(texts):
    global EMB
    if EMB is None:
        from assistant.search.encoders import make_embedder
        from assistant.settings import Settings
        EMB = make_embedder(Settings.from_env())
    todo = [t for t in dict.fromkeys(texts) if t not in _cache]
    if todo:
        for t, v in zip(todo, EMB.embed(todo)):
            _cache[t] = v
    return np.stack([_cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)

def ranked(question, sentences, term_weight, also="", naming=frozenset()):
    base = _orig(question, sentences, term_weight, also, naming)
    if D <= 0 or not base:
        return base
    q = vecs([question])[0]
    cos = vecs([s.text for s, _ in base]) @ q
    if MODE == "mix":
        out = [(s, sc + W * float(c)) for (s, sc), c in zip(base, cos)]
        out.sort(key=lambda item: (-item[1], item[0].passage.rank, item[0].start))
        return out
    n = 32
    head = base[: n - D]
    taken = {id(s) for s, _ in head}
    order = np.argsort(-cos, kind="stable")
    extra = [base[i] for i in order if id(base[i][0]) not in taken][:D]
    taken |= {id(s) for s, _ in extra}
    rest = [item for item in base if id(item[0]) not in taken]
    return head + extra + rest

ma.ModelAnswerer._ranked = staticmethod(ranked)
