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
 'grade-recs': (["What grade did {c} get in {y}?", "What did Ofsted recommend?"], None, r"recommendations|what needs to improve|areas for improvement"),
 'lead-leavers': (["Who led the {c} inspection in {y}?", "What did they find about care leavers?"], r"care leavers?|leaving care|leave care", r"care leaver"),
 'say-previous': (["What did Ofsted say about {c} in {y}?", "And what was the previous judgement?"], r"(previous|last|prior) (ofsted )?inspection|previously|was judged|were judged", r"(previous|last) inspection"),
 'grade-improved': (["How did Ofsted rate {c}'s children's services in {y}?", "Has it improved since the last inspection?"], r"since the (last|previous)|(last|previous) inspection|improv", r"since the (last|previous)"),
 'door-caseload': (["What did Ofsted find about the front door in {c} in {y}?", "Were caseloads manageable there?"], r"caseload", r"caseload"),
 'leavers-pathway': (["How were care leavers doing in {c} in {y}?", "Do they have pathway plans?"], r"pathway plan", r"pathway plan"),
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
        ok=srcok and (bool(re.search(check,text,re.I)) if check else bool(re.search(present, ans.citations[0].heading or '', re.I)))
        tot[k][0]+=ok; tot[k][1]+=1; tot[k][2]+=has; tot[k][3]+=(ok and has)
        print('OK ' if ok else ('-- ' if srcok else 'XX '), 'H' if has else '.', k, '|', council, y, '|', ans.read_as, '|', 'ABST' if ans.abstained else text[:140], flush=True)
for k in which: print(k, 'ok',tot[k][0],'of',tot[k][1],'has',tot[k][2],'ok&has',tot[k][3])
