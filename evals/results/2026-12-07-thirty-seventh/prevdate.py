import os,sys,re
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
sys.path.insert(0, os.environ.get("CODE","/work/main"))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
a=Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/s28/lib-index')))
forms=[l for l in sys.argv[1:]]
for f in sorted(os.listdir('/tmp/ofsted-lib')):
    m=re.match(r'ofsted-(.+)-(\d\d)-([a-z]+)-(\d{4})\.pdf',f)
    council=' '.join(w.capitalize() if w not in ('on','and','of','upon') else w for w in m.group(1).split('-')); y=m.group(4)
    for form in forms:
        q=form.format(c=council,y=y)
        ans=a.ask(q)
        c0=ans.citations[0] if ans.citations else None
        print(f, '|', q,'|','ABST' if ans.abstained else (('' if c0.source==f else 'OTHERDOC ')+' '.join(c0.text.split())[:140]), flush=True)
