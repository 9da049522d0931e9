import os,sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from library import assistant as a, council_and_year, reports
forms={'lscb':"How was {c}'s Local Safeguarding Children Board rated in {y}?",
       'adoption':"What grade did {c} get for adoption performance in {y}?",
       'cla':"How were children looked after in {c} rated in {y}?"}
for f in reports():
    council, y = council_and_year(f)
    if not (2014<=y<=2018): continue
    for k,form in forms.items():
        q=form.format(c=council,y=y)
        ans=a.ask(q)
        c0=ans.citations[0] if ans.citations else None
        print(k, '|', q,'|','ABST' if ans.abstained else (('' if c0.source==f else 'OTHERDOC ')+' '.join(c0.text.split())[:110]+' @'+str(c0.heading)[:30]), flush=True)
