import json
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.answers.conversation import Conversation, is_follow_up
A = {}
def asst(idx, corpus):
    if idx not in A:
        A[idx] = Assistant(Settings.from_env(corpus_dir=Path(corpus), index_dir=Path(idx))); A[idx].load_index()
    return A[idx]
for f in ['evals/conversations.jsonl', 'evals/conversations-heldout.jsonl']:
    bad = 0; n = 0
    for line in open(f):
        if not line.strip(): continue
        c = json.loads(line)
        shipped = all(g['doc'][0].isdigit() for g in c['gold'])
        a = asst('/tmp/s11/shipped-index', 'corpus') if shipped else asst('/tmp/ofsted-index', '/tmp/ofsted-lib')
        for i, t in enumerate(c['turns']):
            n += 1
            if not a.seeks(t, follow_up=i > 0 and is_follow_up(t)):
                bad += 1; print('NOT SOUGHT', c['id'], i, t)
    print(f, 'turns', n, 'not sought', bad)
