"""More common questions asked of every report in the library; first citation checked, and whether the report holds such text at all."""
import os,sys,re,json
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
sys.path.insert(0, os.environ.get('CODE','/work/main'))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
a=Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/s28/lib-index')))
G=r"(good|outstanding|inadequate|requires? improvement|adequate)"
T={
 'recs': ("What did Ofsted tell {c} to improve after the {y} inspection?", r"recommend|needs? to improve|areas? for (improvement|development)|improve", r"what needs to improve|recommendations"),
 'help': ("How did Ofsted grade help and protection for children in {c} in {y}?", r"(help and protection|need help|protect).{0,120}"+G, r"(help and protection|need help and protection).{0,120}"+G),
 'cic': ("How were services for children in care in {c} rated in {y}?", r"(in care|looked after).{0,120}"+G+"|"+G+".{0,60}(in care|looked after)", r"(in care|looked after).{0,120}"+G),
 'lscb': ("How effective was the Local Safeguarding Children Board in {c} judged to be in {y}?", r"(safeguarding children board|LSCB).{0,160}"+G+"|"+G+".{0,60}(LSCB|safeguarding children board)", r"(safeguarding children board|LSCB).{0,160}"+G),
 'cp': ("How many children were subject to child protection plans in {c} in {y}?", r"child protection plan.{0,120}\d|\d.{0,120}child protection plan", r"\d[\d,]* children.{0,60}child protection plan"),
 'dcs': ("Who was the director of children's services in {c} at the {y} inspection?", r"director of children|DCS|director", r"director of children.s services (has|is|was)|DCS (has|is|was)"),
 'type': ("What kind of inspection did Ofsted carry out in {c} in {y}?", r"inspection of (local authority )?children|services for children in need|single inspection|focused visit|joint targeted|ILACS|framework", r"inspection of (local authority )?children|services for children in need"),
 'prev': ("What was {c}'s previous Ofsted judgement before the {y} inspection?", r"previous|last inspect|since .{0,40}20\d\d|in 20\d\d", r"previous(ly)? (inspection|judged|inspected)|last inspect"),
}
which=sys.argv[1:] or list(T)
files=sorted(os.listdir('/tmp/ofsted-lib'))
tot={k:[0,0,0,0] for k in which}
for f in files:
    m=re.match(r'ofsted-(.+)-(\d\d)-([a-z]+)-(\d{4})\.pdf',f)
    council=' '.join(w.capitalize() if w not in ('on','and','of','upon') else w for w in m.group(1).split('-')); y=m.group(4)
    doc=' '.join((a.document_text(f) or '').split())
    for k in which:
        form,check,present=T[k]
        has=bool(re.search(present,doc,re.I))
        q=form.format(c=council,y=y)
        ans=a.ask(q)
        text=' || '.join(' '.join(c.text.split()) for c in ans.citations[:1])
        head=(ans.citations[0].heading or '') if ans.citations else ''
        srcok=bool(ans.citations) and ans.citations[0].source==f
        ok=srcok and bool(re.search(check,text+' '+head,re.I))
        tot[k][0]+=ok; tot[k][1]+=1; tot[k][2]+=has; tot[k][3]+= (ok and has)
        print('OK ' if ok else ('-- ' if srcok else 'XX '), 'H' if has else '.', k, '|', q,'|','ABST' if ans.abstained else text[:140], '|', head[:50], flush=True)
for k in which: print(k, 'ok',tot[k][0],'of',tot[k][1],'has',tot[k][2],'ok&has',tot[k][3])
