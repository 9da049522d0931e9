"""Where the answer was lost, for each answerable question of an eval run that cited no gold quote
(the library in /tmp/ofsted-lib, /tmp/ofsted-index): the gold passage not among the first stage's
40; among them but its sentence not read by the model (the pre-filter kept 32 others); or read and
scored lower than the sentence quoted. usage: python diagnose_misses.py per_question.model.jsonl"""
import json, os, sys
os.environ["ASSISTANT_ENCODER"] = "onnx"
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
a = Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/ofsted-index")))
a.prepare(build=False)
idx = a.load_index()
from collections import Counter
cats = Counter()
for l in open(sys.argv[1]):
    d = json.loads(l)
    if not d.get('answerable') or d['scores'].get('cited_gold'): continue
    g = d['gold'][0]; doc = g['doc']; text = idx.documents[doc].text
    gs = text.find(g['quote']); ge = gs + len(g['quote'])
    docs_of = globals().setdefault('docs_of', {json.loads(x)['id']: json.loads(x).get('documents') for x in open(os.environ['SETFILE'])})
    within = set(docs_of.get(d['id']) or []) or None
    passages, _ = a.retrieve(d['question'], top_k=40, documents=within)
    ranks = [p.rank for p in passages if p.chunk.doc_id == doc and p.chunk.start < ge and gs < p.chunk.end]
    docin = any(p.chunk.doc_id == doc for p in passages)
    ans = a.ask(d['question'], documents=within)
    cands = ans.explanation.candidates if ans.explanation else ()
    hit = [(i, round(c.probability, 3)) for i, c in enumerate(cands) if c.source == doc and c.start < ge and gs < c.end]
    best = round(cands[0].probability, 3) if cands else None
    cat = 'not in 40' if not ranks else ('passage in, sentence not read' if not hit else 'read, scored lower')
    cats[cat] += 1
    gold_c = cands[hit[0][0]] if hit else None
    print(f"{cat:32s} doc in 40: {docin!s:5s} gold passage rank {ranks[:1]} read at {hit[:1]} best {best} | {d['question'][:100]}")
    print("      GOLD:", g['quote'][:150])
    print("      CHOSEN:", cands[0].text[:150] if cands else None, "| abstained" if ans.abstained else "")
print(cats)
