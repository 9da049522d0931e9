"""Conversation sets asked turn by turn in their conversation: which turns take the section path."""
import json, sys
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.answers.conversation import Conversation
from assistant.domain import SECTION_QUOTED
a = Assistant(Settings.from_env(corpus_dir=Path(sys.argv[1]), index_dir=Path(sys.argv[2])))
a.prepare(log=lambda m: None)
n = hit = 0
for f in sys.argv[3:]:
    for line in open(f):
        q = json.loads(line)
        conv = Conversation(q['id'])
        for t in q['turns']:
            n += 1
            ans = a.ask(t, conversation=conv)
            if ans.explanation is not None and any(x.startswith(SECTION_QUOTED) for x in ans.explanation.notes):
                hit += 1; print('QUOTED', q['id'], '|', t, '| read as', ans.read_as)
print(f"{n} turns in conversation; {hit} answered with a whole section")
