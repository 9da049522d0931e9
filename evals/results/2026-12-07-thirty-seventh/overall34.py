import os,sys,re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from library import assistant as a, council_and_year
import assistant; print('code', assistant.__file__, file=sys.stderr)
OVERALL=re.compile(r"overall|(?:children[’']s services|services for children(?: and families)?|services to children(?: and families)?) (?:in|provided by) .{0,80}?\b(?:are|is|were|was|remain|require|requires)\b|local authority (?:is|was) judged", re.I)
forms=["How did Ofsted rate {c}'s children's services in {y}?","What was Ofsted's overall verdict on {c}'s children's services in {y}?","What grade did {c} get from Ofsted in {y}?", "How had {c} been rated at the previous inspection, according to the {y} report?"]
files=[l.split()[0] for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'files34.txt'))]
tot={f:[0,0] for f in forms}
for f in files:
    council, y = council_and_year(f)
    for form in forms:
        q=form.format(c=council,y=y)
        ans=a.ask(q)
        c0=ans.citations[0] if ans.citations else None
        prev = bool(c0) and bool(re.search(r'previous|earlier', c0.heading or '', re.I))
        ok = bool(c0) and c0.source==f and bool(OVERALL.search(c0.text)) and not prev
        tot[form][0]+=ok; tot[form][1]+=prev
        print('OK ' if ok else 'PREV' if prev else '-- ', q,'|','ABST' if ans.abstained else (c0.text[:90]+' @'+str(c0.heading)[:30]), flush=True)
for form in forms: print('TOTAL', form, 'ok', tot[form][0], 'prev-section', tot[form][1], 'of', len(files))
