"""Which questions of the existing sets take the whole-section path now (every turn of conversations too)."""
import json, sys
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.answers.sections import section_kind
from assistant.domain import SECTION_QUOTED
corpus, index = sys.argv[1], sys.argv[2]
a = Assistant(Settings.from_env(corpus_dir=Path(corpus), index_dir=Path(index)))
a.prepare(log=lambda m: None)
n = matched = quoted = 0
for f in sys.argv[3:]:
    for line in open(f):
        q = json.loads(line)
        for t in (q.get('turns') or [q['question']]):
            n += 1
            if section_kind(t) is None: continue
            matched += 1
            ans = a.ask(t, documents=q.get('documents') or None)
            hit = ans.explanation is not None and any(x.startswith(SECTION_QUOTED) for x in ans.explanation.notes)
            quoted += hit
            print('QUOTED' if hit else 'asked-narrower', f.split('/')[-1], q['id'], '|', t)
print(f"{n} questions/turns; {matched} worded as a section ask; {quoted} answered with a whole section")
