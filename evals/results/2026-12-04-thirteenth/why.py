"""Why each question of a section set did or did not take the section path."""
import json, sys
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.answers.sections import section_kind, unasked_terms, names_topic, COMMON_SHARE
from assistant.answers.answering import clean_question
from assistant.search.keyword import content_terms
a = Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/ofsted-index')))
a.prepare(log=lambda m: None)
ix = a.load_index()
N = len(ix.chunks)
for line in open(sys.argv[1]):
    q = json.loads(line)
    if len(sys.argv) > 2 and q['kind'] not in sys.argv[2:]: continue
    t = q['question']
    k = section_kind(t)
    cleaned = a._expand(clean_question(t)).question
    r = a._retriever.retrieve(cleaned, a.embedder.embed([cleaned])[0], 40, 'hybrid', None)
    named = r.routed | r.kept_to
    order = list(dict.fromkeys(p.chunk.doc_id for p in r.passages))
    chosen = [d for d in order if d in named] if named else order[:1]
    gold = sorted({g['doc'] for g in q['gold']})
    nt = set()
    for d in set(chosen) | set(named): nt |= ix.router.terms.get(d, set())
    extra = unasked_terms(t, lambda term: ix.term_df.get(term, 0) / N >= COMMON_SHARE, nt)
    print(q['kind'], '|', t[:110])
    print('   kind', k, '| chosen', [c[7:25] for c in chosen[:4]], '| gold', [g[7:25] for g in gold], '| extra', extra, '| topic', names_topic(t, extra))
