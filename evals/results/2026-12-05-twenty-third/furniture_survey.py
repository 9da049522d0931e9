import json, re, collections, sys
sys.path.insert(0, '/work/main')
from assistant.documents.spans import sentence_spans
docs = [json.loads(l) for l in open('/tmp/ofsted-index-t/gen-20261205T162654-3dada1/documents.jsonl')]
def norm(s): return re.sub(r'[^\w%£.]+', ' ', s.lower()).strip()
df = collections.Counter(); ex = {}
for d in docs:
    t = d['text']; seen = set()
    for a, b in sentence_spans(t, 0, len(t)):
        k = norm(t[a:b])
        if len(k.split()) < 3 or k in seen: continue
        seen.add(k); df[k] += 1; ex.setdefault(k, t[a:b][:100])
rep = [(k, n) for k, n in df.items() if n >= 3]
print(len(df), 'sentences;', len(rep), 'in >=3 docs;', sum(1 for k,n in rep if n>=12), 'in >=12 docs')
for k, n in sorted(rep, key=lambda x: -x[1])[:60]:
    print(n, '|', ex[k].replace('\n', ' '))
