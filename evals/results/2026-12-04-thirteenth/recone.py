"""Narrow recommendation questions: is the gold item read by the model, and chosen?"""
import json, sys
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.evals.evaluation import load_questions, gold_spans, holds_gold
a = Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/ofsted-index')))
a.prepare(log=lambda m: None)
from assistant.answers.model_answering import _ASKS_RECOMMENDATION
tot = read = cited = inpass = 0
for f in sys.argv[1:]:
    kinds = {json.loads(l)['id']: json.loads(l).get('kind') for l in open(f)}
    for q in load_questions(Path(f)):
        if not q.answerable or q.turns: continue
        k = kinds.get(q.id)
        if k not in ('recommendation-one',) and not (k is None or k == 'recommendation') : continue
        if k is None and not _ASKS_RECOMMENDATION.search(q.question): continue
        gold = gold_spans(q, a.document_text)
        ans = a.ask(q.question, documents=q.documents or None)
        why = ans.explanation
        if why is None or not why.candidates: continue
        tot += 1
        r = any(holds_gold(c.source, c.start, c.end, gold) for c in why.candidates)
        p = any(holds_gold(p.chunk.doc_id, p.chunk.start, p.chunk.end, gold) for p in ans.passages)
        c = any(holds_gold(c.source, c.start, c.end, gold) for c in ans.citations)
        read += r; cited += c; inpass += p
        print(int(p), int(r), int(c), f.split('/')[-1], q.question[:90])
print(f"{tot} questions: gold passage retrieved {inpass}, gold read by the model {read}, cited {cited}")
