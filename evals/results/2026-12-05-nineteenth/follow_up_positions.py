"""Run a conversation set turn by turn and print each turn's quotes, the last turn's gold and where
the previous turn quoted; a JSON line per conversation for classify_positions.py.
usage: python follow_up_positions.py CODE_DIR CORPUS INDEX SET.jsonl [ID,ID,...] > OUT.txt
(run with a copy of assistant/ at ba6ffca, before this session's change, for follow-up-positions-before.txt)"""
import json, sys, os
sys.path.insert(0, sys.argv[1])
os.environ['ASSISTANT_CORPUS'] = sys.argv[2]; os.environ['ASSISTANT_INDEX'] = sys.argv[3]
os.environ.setdefault('ASSISTANT_ENCODER', 'onnx')
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.answers.conversation import Conversation
a = Assistant(Settings.from_env() if hasattr(Settings, 'from_env') else Settings())
ids = set(sys.argv[5].split(',')) if len(sys.argv) > 5 else None
for line in open(sys.argv[4]):
    c = json.loads(line)
    if ids and c['id'] not in ids: continue
    if 'turns' not in c: continue
    conv = Conversation(c['id'])
    print('=' * 100); print(c['id'])
    prev = []
    for i, t in enumerate(c['turns']):
        try:
            ans = a.ask(t, conversation=conv)
        except Exception as e:
            print('  skip', e); break
        print(f'  T{i}: {t}')
        for ci in ans.citations:
            print(f'      [{ci.doc_id if hasattr(ci,"doc_id") else ci.source} {ci.start}-{ci.end}] {ci.text[:140]}')
        if i == len(c['turns']) - 1:
            for g in c['gold']:
                q = g['quote'] if isinstance(g, dict) else g
                src = a.document_text(g['doc']) if isinstance(g, dict) and 'doc' in g else None
                pos = src.find(q) if src else -1
                print(f'      GOLD @{pos}: {q[:140]}')
            print('      prev quotes at', prev)
            golds=[]
            for g in c['gold']:
                src = a.document_text(g['doc'])
                pos = src.find(g['quote']) if src else -1
                golds.append((g['doc'], pos, pos+len(g['quote'])))
            cited = any(ci.source==d and ci.start<=p and ci.end>=e for d,p,e in golds for ci in ans.citations)
            print('JSON', json.dumps({'id':c['id'],'golds':golds,'prev':prev,'cited':cited,'turn':t}))
        prev = [(ci.source, ci.start, ci.end) for ci in ans.citations]
