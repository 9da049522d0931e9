import os,sys,re,json
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
sys.path.insert(0, os.environ.get("CODE","/work/main"))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
a=Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/s28/lib-index')))
forms={'lscb':"How was {c}'s Local Safeguarding Children Board rated in {y}?",
       'adoption':"What grade did {c} get for adoption performance in {y}?",
       'cla':"How were children looked after in {c} rated in {y}?"}
files=sorted(os.listdir('/tmp/ofsted-lib'))
only=sys.argv[1] if len(sys.argv)>1 else None
for f in files:
    m=re.match(r'ofsted-(.+)-(\d\d)-([a-z]+)-(\d{4})\.pdf',f)
    y=int(m.group(4))
    if not (2014<=y<=2018): continue
    council=' '.join(w.capitalize() if w not in ('on','and','of','upon') else w for w in m.group(1).split('-'))
    for k,form in forms.items():
        q=form.format(c=council,y=y)
        ans=a.ask(q)
        c0=ans.citations[0] if ans.citations else None
        print(k, '|', q,'|','ABST' if ans.abstained else (('' if c0.source==f else 'OTHERDOC ')+' '.join(c0.text.split())[:110]+' @'+str(c0.heading)[:30]), flush=True)
