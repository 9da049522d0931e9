import json, sys
from pathlib import Path
from assistant.search.retrieval import LoadedIndex
from assistant.search.keyword import content_terms
idx = LoadedIndex.load(Path(sys.argv[1]), verify=False)
df = idx.term_df
print('vocab', len(df), list(df)[:5])
for f in sys.argv[2:]:
    if f.endswith('.jsonl'):
        qs = [json.loads(l) for l in open(f) if l.strip()]
        qs = [(q.get('question') or q['turns'][-1], q.get('answerable', True)) for q in qs]
    else:
        qs = [(q, False) for q in f.split('|')]
    none_ = [(q, a) for q, a in qs if not (set(content_terms(q)) & set(df))]
    print(f[-40:], len(qs), 'no term in the corpus:', len(none_), [q for q in none_[:10]])
