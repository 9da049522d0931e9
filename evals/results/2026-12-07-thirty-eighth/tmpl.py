import os,sys
sys.path.insert(0, "/work/main/evals/results/2026-12-07-thirty-seventh")
from library import assistant as a, council_and_year, reports
forms=[l for l in sys.argv[1:]]
for form in forms:
    for f in reports():
        council, y = council_and_year(f)
        q=form.format(c=council,y=y)
        ans=a.ask(q)
        out=[]
        for c in ans.citations[:3]:
            out.append(('' if c.source==f else '[OTHER '+c.source[7:25]+'] ')+' '.join(c.text.split())[:150])
        print(f, '|', q,'|','ABST' if ans.abstained else ' || '.join(out), flush=True)
