"""Gold passage rank within the gold document for a follow-up's last turn: context vs typed vs fused."""
import json, sys, os
os.environ.setdefault("ASSISTANT_ENCODER", "onnx")
sys.path.insert(0, os.environ.get("CODE", "/work/main"))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
from assistant.answers.conversation import Conversation
from assistant.answers.answering import clean_question
from assistant.evals.evaluation import load_questions, gold_spans, holds_gold
import dataclasses

settings = Settings.from_env(corpus_dir=Path(sys.argv[2]), index_dir=Path(sys.argv[3]))
a = Assistant(settings)
index = a.load_index()
r = a._retriever
qs = load_questions(Path(sys.argv[1]))
def rank_of(ranking, gold):
    for i, (row, *_) in enumerate(ranking, 1):
        c = index.chunks[row]
        if holds_gold(c.doc_id, c.start, c.end, gold): return i
    return 99
def rrf(*rankings, k=60, w=None):
    s = {}
    for j, rk in enumerate(rankings):
        for i, (row, *_) in enumerate(rk):
            s[row] = s.get(row, 0) + (w[j] if w else 1) / (k + i + 1)
    return [(row, sc) for row, sc in sorted(s.items(), key=lambda x: -x[1])]
out = []
for q in qs:
    if q.turns is None or len(q.turns) < 2: continue
    gold = gold_spans(q, a.document_text)
    if not gold: continue
    conv = Conversation(q.id)
    for t in q.turns[:-1]:
        a.ask(t, conversation=conv)
    typed = q.turns[-1]
    reading = conv.read(typed)
    ctx = clean_question(reading.read_as)
    prev = clean_question(q.turns[-2] + " " + typed)
    docs = {g.doc for g in gold}
    rows = index.rows_for_documents(docs)
    emb = lambda s: a.embedder.embed([s])[0]
    ign = lambda s: index.router.search_naming_words(s, docs)
    rc = r._fused(ctx, emb(ctx), 50, "hybrid", rows, ign(ctx))
    rt = r._fused(typed, emb(typed), 50, "hybrid", rows, ign(typed))
    rp = r._fused(prev, emb(prev), 50, "hybrid", rows, ign(prev))
    res = dict(id=q.id, ctx=rank_of(rc, gold), typed=rank_of(rt, gold), prev=rank_of(rp, gold),
               rrf_ct=rank_of(rrf(rc, rt), gold), rrf_cpt=rank_of(rrf(rc, rp, rt), gold), rrf_cp=rank_of(rrf(rc, rp), gold))
    out.append(res); print(json.dumps(res), flush=True)
keys = ["ctx", "typed", "prev", "rrf_ct", "rrf_cpt", "rrf_cp"]
for k in keys:
    print(k, "r@1 %.3f r@5 %.3f r@10 %.3f" % tuple(sum(o[k] <= n for o in out) / len(out) for n in (1, 5, 10)))
