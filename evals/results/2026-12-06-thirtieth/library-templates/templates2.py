"""Common questions asked of every report in the library, each with a check of the first citation."""
import os,sys,re,json
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
sys.path.insert(0, os.environ.get('CODE','/work/main'))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
a=Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/s28/lib-index')))
T2={
 'published': ("When was Ofsted's {y} report on {c} published?", r"published|publication"),
 'cla-count': ("How many children were in care in {c} according to the {y} Ofsted report?", r"\d[\d,]*\s+(children|young people)[^.]{0,80}(looked after|in care)|(looked after|in care)[^.]{0,60}\d"),
 'recommend': ("What did Ofsted recommend for {c} in {y}?", r"."),
 'dates-lead': ("When did the {y} inspection of {c} take place?", r"inspection dates?|\b\d{1,2}\s*(to|–|-)\s*\d{1,2}\s+\w+\s+\d{4}|inspected"),
}
T={
 'when': ("When did Ofsted inspect {c} in {y}?", r"inspection dates?|inspected (on|between|from)|inspection (took place|was carried out)|\b\d{1,2}\s*(to|–|-)\s*\d{1,2}\s+\w+\s+\d{4}"),
 'lead': ("Who led the {c} inspection in {y}?", r"lead inspector|her majesty|his majesty|HMI"),
 'leavers': ("How were care leavers in {c} rated in {y}?", r"(care leavers|leaving care).{0,80}(good|outstanding|inadequate|require|adequate)|(good|outstanding|inadequate|require|adequate).{0,80}(care leavers|leaving care)"),
 'lead-grade': ("How was leadership in {c} rated in {y}?", r"(leadership|leaders|management).{0,80}(good|outstanding|inadequate|require|adequate)"),
}
T.update(T2)
which=sys.argv[1:] or list(T)
files=sorted(os.listdir('/tmp/ofsted-lib'))
tot={k:[0,0] for k in which}
for f in files:
    m=re.match(r'ofsted-(.+)-(\d\d)-([a-z]+)-(\d{4})\.pdf',f)
    council=' '.join(w.capitalize() if w not in ('on','and','of','upon') else w for w in m.group(1).split('-')); y=m.group(4)
    for k in which:
        form,check=T[k]
        q=form.format(c=council,y=y)
        ans=a.ask(q)
        text=' || '.join(' '.join(c.text.split()) for c in ans.citations[:1])
        srcok=bool(ans.citations) and ans.citations[0].source==f
        ok=srcok and bool(re.search(check,text,re.I))
        tot[k][0]+=ok; tot[k][1]+=1
        print('OK ' if ok else ('-- ' if srcok else 'XX '), k, '|', q,'|','ABST' if ans.abstained else text[:120], flush=True)
for k in which: print(k, *tot[k])
