"""usage: CODE=<dir with assistant/> python run.py conversations.jsonl out.jsonl [corpus index]
Each input line: {"id": "...", "turns": ["q1", "q2", ...]} (a single question is a one-turn list).
Writes one line per conversation with each turn's reading and answer."""
import os, sys, json
os.environ.setdefault('ASSISTANT_ENCODER', 'onnx')
sys.path.insert(0, os.environ.get('CODE', '/work/main'))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
from assistant.answers.conversation import Conversation
corpus = sys.argv[3] if len(sys.argv) > 3 else '/tmp/ofsted-lib'
index = sys.argv[4] if len(sys.argv) > 4 else '/tmp/s28/lib-index'
a = Assistant(Settings.from_env(corpus_dir=Path(corpus), index_dir=Path(index)))
with open(sys.argv[2], 'w') as out:
    for line in open(sys.argv[1]):
        if not line.strip():
            continue
        item = json.loads(line)
        conv = Conversation(item['id'])
        turns = []
        for t in item['turns']:
            ans = a.ask(t, conversation=conv)
            turns.append({'question': t, 'read_as': ans.read_as, 'abstained': ans.abstained,
                          'citations': [{'source': c.source, 'text': ' '.join(c.text.split())[:300]} for c in ans.citations[:3]]})
        out.write(json.dumps({'id': item['id'], 'turns': turns}) + '\n')
        out.flush()
