import os,sys,re,json
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
sys.path.insert(0, os.environ.get("CODE","/work/main"))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
a=Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/s28/lib-index')))
OVERALL=re.compile(r"overall|(?:children[’']s services|services for children(?: and families)?|services to children(?: and families)?) (?:in|provided by) .{0,80}?\b(?:are|is|were|was|remain|require|requires)\b|local authority (?:is|was) judged", re.I)
forms=sys.argv[1:] or ["How did Ofsted rate {c}'s children's services in {y}?"]
files=sorted(os.listdir('/tmp/ofsted-lib'))
res={}
for f in files:
    m=re.match(r'ofsted-(.+)-(\d\d)-([a-z]+)-(\d{4})\.pdf',f)
    council=' '.join(w.capitalize() if w not in ('on','and','of','upon') else w for w in m.group(1).split('-')); y=m.group(4)
    for form in forms:
        q=form.format(c=council,y=y)
        ans=a.ask(q)
        text=' || '.join(c.text for c in ans.citations[:1])
        srcok=bool(ans.citations) and ans.citations[0].source==f
        ok=srcok and bool(OVERALL.search(text))
        res[(f,form)]=ok
        print('OK ' if ok else ('-- ' if srcok else 'XX '), q,'|','ABST' if ans.abstained else text[:110], flush=True)
for form in forms:
    print(form, sum(res[(f,form)] for f in files), len(files))
