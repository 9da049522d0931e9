import os,sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from library import assistant as a, council_and_year, reports
forms=[l for l in sys.argv[1:]]
for f in reports():
    council, y = council_and_year(f)
    for form in forms:
        q=form.format(c=council,y=y)
        ans=a.ask(q)
        c0=ans.citations[0] if ans.citations else None
        print(f, '|', q,'|','ABST' if ans.abstained else (('' if c0.source==f else 'OTHERDOC ')+' '.join(c0.text.split())[:140]), flush=True)
