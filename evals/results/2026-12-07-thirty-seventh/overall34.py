import os,sys,re,json
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
sys.path.insert(0, os.environ.get("CODE","/work/main"))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
import assistant; print('code', assistant.__file__, file=sys.stderr)
a=Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/s28/lib-index')))
OVERALL=re.compile(r"overall|(?:children[’']s services|services for children(?: and families)?|services to children(?: and families)?) (?:in|provided by) .{0,80}?\b(?:are|is|were|was|remain|require|requires)\b|local authority (?:is|was) judged", re.I)
forms=["How did Ofsted rate {c}'s children's services in {y}?","What was Ofsted's overall verdict on {c}'s children's services in {y}?","What grade did {c} get from Ofsted in {y}?", "How had {c} been rated at the previous inspection, according to the {y} report?"]
files=[l.split()[0] for l in open('/tmp/s39/files34.txt')]
tot={f:[0,0] for f in forms}
for f in files:
    m=re.match(r'ofsted-(.+)-(\d\d)-([a-z]+)-(\d{4})\.pdf',f)
    council=' '.join(w.capitalize() if w not in ('on','and','of','upon') else w for w in m.group(1).split('-')); y=m.group(4)
    for form in forms:
        q=form.format(c=council,y=y)
        ans=a.ask(q)
        c0=ans.citations[0] if ans.citations else None
        prev = bool(c0) and bool(re.search(r'previous|earlier', c0.heading or '', re.I))
        ok = bool(c0) and c0.source==f and bool(OVERALL.search(c0.text)) and not prev
        tot[form][0]+=ok; tot[form][1]+=prev
        print('OK ' if ok else 'PREV' if prev else '-- ', q,'|','ABST' if ans.abstained else (c0.text[:90]+' @'+str(c0.heading)[:30]), flush=True)
for form in forms: print('TOTAL', form, 'ok', tot[form][0], 'prev-section', tot[form][1], 'of', len(files))
