"""Two-turn conversations asked of every report: is the follow-up answered from the report, in the form asked?"""
import os,sys,re,json
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
sys.path.insert(0, os.environ.get('CODE','/work/main'))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
from assistant.answers.conversation import Conversation
a=Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/s28/lib-index')))
G=r"(good|outstanding|inadequate|requires? improvement|adequate)"
T={
 'rate-leavers': (["How did Ofsted rate {c}'s children's services in {y}?", "And care leavers?"], r"(care leavers|leaving care).{0,80}"+G+"|"+G+".{0,80}(care leavers|leaving care)", r"care leavers.{0,80}"+G),
 'lead-when': (["Who led the {c} inspection in {y}?", "When did it take place?"], r"inspection dates?|inspected (on|between|from)|\b\d{1,2}\s*(to|–|-)\s*\d{1,2}\s+\w+\s+\d{4}", r"inspection dates?"),
 'when-lead': (["When did Ofsted inspect {c} in {y}?", "Who led it?"], r"lead inspector|her majesty|his majesty|HMI", r"lead inspector"),
 'help-cic': (["How was help and protection for children graded in {c} in {y}?", "What about children in care?"], r"(in care|looked after).{0,120}"+G+"|"+G+".{0,60}(in care|looked after)", r"(in care|looked after).{0,120}"+G),
 'cp-cic': (["How many children were on child protection plans in {c} in {y}?", "And how many were in care?"], r"(in care|looked after).{0,160}\d|\d.{0,160}(in care|looked after)", r"\d[\d,]* children.{0,60}(looked after|in care)"),
 'recs-leaders': (["What did Ofsted tell {c} to improve after the {y} inspection?", "How were its leaders rated?"], r"(leadership|leaders|management).{0,80}"+G, r"(leadership|leaders|management).{0,80}"+G),
}
which=sys.argv[1:] or list(T)
files=sorted(os.listdir('/tmp/ofsted-lib'))
tot={k:[0,0,0,0] for k in which}
for f in files:
    m=re.match(r'ofsted-(.+)-(\d\d)-([a-z]+)-(\d{4})\.pdf',f)
    council=' '.join(w.capitalize() if w not in ('on','and','of','upon') else w for w in m.group(1).split('-')); y=m.group(4)
    doc=' '.join((a.document_text(f) or '').split())
    for k in which:
        turns,check,present=T[k]
        has=bool(re.search(present,doc,re.I))
        conv=Conversation(k+f)
        for t in turns:
            ans=a.ask(t.format(c=council,y=y), conversation=conv)
        first_src=None
        text=' || '.join(' '.join(c.text.split()) for c in ans.citations[:1])
        srcok=bool(ans.citations) and ans.citations[0].source==f
        ok=srcok and bool(re.search(check,text,re.I))
        tot[k][0]+=ok; tot[k][1]+=1; tot[k][2]+=has; tot[k][3]+=(ok and has)
        print('OK ' if ok else ('-- ' if srcok else 'XX '), 'H' if has else '.', k, '|', council, y, '|', ans.read_as, '|', 'ABST' if ans.abstained else text[:140], flush=True)
for k in which: print(k, 'ok',tot[k][0],'of',tot[k][1],'has',tot[k][2],'ok&has',tot[k][3])
