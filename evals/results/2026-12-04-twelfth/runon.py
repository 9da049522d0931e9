import shutil, tempfile
from pathlib import Path
from assistant.core import Assistant
from assistant.settings import Settings
from tests.conftest import HashingEmbedder
d = Path(tempfile.mkdtemp())
(d / 'corpus').mkdir()
words = ' '.join(f'filler{i} word' for i in range(800))
(d / 'corpus' / 'runon.txt').write_text(words + ' and the harbour master is Bob Hay who started in 2019 ' + words + '\n')
a = Assistant(Settings(corpus_dir=d / 'corpus', index_dir=d / 'idx', data_dir=d / 'data'), embedder=HashingEmbedder())
a.prepare()
ans = a.ask('Who is the harbour master?')
print(ans.text[:300]); print(ans.explanation.considered, [(round(c.probability,3), c.text[:90]) for c in ans.explanation.candidates[:5]])
print([ (round(c.probability,3), c.start, c.end) for c in ans.explanation.candidates if 'harbour' in c.text])
print([(p.chunk.start, p.chunk.end, 'harbour' in p.chunk.text) for p in ans.passages][:5])
