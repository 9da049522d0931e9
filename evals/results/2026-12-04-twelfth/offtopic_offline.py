"""Offline: for answered questions, would 'no question term in the sentence, its passage or the title' block them?"""
import json, sys, bisect
from pathlib import Path
from assistant.search.retrieval import LoadedIndex
from assistant.search.keyword import content_terms
idx = LoadedIndex.load(Path(sys.argv[1]), verify=False)
by_doc = {}
for c in idx.chunks: by_doc.setdefault(c.doc_id, []).append(c)
def passage_of(doc, start):
    for c in by_doc.get(doc, []):
        if c.start <= start < c.end: return c
for f in sys.argv[2:]:
    stats = {'answered_ok': 0, 'blocked_ok': 0, 'answered_wrong_ans': 0, 'blocked_wrong_ans': 0, 'answered_unans': 0, 'blocked_unans': 0}
    ex = []
    for line in open(f):
        r = json.loads(line)
        if r['abstained'] or not r['citations']: continue
        c0 = r['citations'][0]
        doc = idx.documents[c0['source']]
        ch = passage_of(c0['source'], c0['start'])
        text = doc.text[ch.start:ch.end] if ch else ''
        q = r.get('read_as') or r['question']
        held = set(content_terms(q)) & set(content_terms(c0['text'] + ' ' + text + ' ' + doc.title))
        key = 'ok' if r['answerable'] and r['scores']['cited_gold'] else ('wrong_ans' if r['answerable'] else 'unans')
        stats[('blocked_' if not held else 'answered_') + key] += 1
        if not held: ex.append((key, r['question'][:90]))
    print(f.split('/')[-2], stats); [print('   ', e) for e in ex[:8]]
