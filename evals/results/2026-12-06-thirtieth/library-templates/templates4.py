"""Topic questions asked of every report in the library: is the first citation from the report, on the topic?"""
import os,sys,re,json
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
sys.path.insert(0, os.environ.get('CODE','/work/main'))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
a=Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/s28/lib-index')))
T={
 'caseload': ("Were social workers' caseloads manageable in {c} in {y}?", r"caseload|workload", r"caseload"),
 'alone': ("Did social workers see children on their own in {c} in {y}?", r"seen alone|see(n|ing)? (children|them|young people) alone|on their own|alone", r"seen alone|alone"),
 'workforce': ("Was the social work workforce in {c} stable in {y}?", r"agency|turnover|workforce|stab|recruit|retention|vacanc", r"agency|turnover|workforce"),
 'frontdoor': ("What did inspectors find at {c}'s front door in {y}?", r"front door|MASH|multi-agency safeguarding hub|contact|referral", r"front door|MASH|multi-agency safeguarding hub"),
 'missing': ("What happens when children go missing in {c}, according to the {y} report?", r"missing|return home", r"missing"),
 'private': ("What did Ofsted say about private fostering in {c} in {y}?", r"private fostering|privately fostered", r"private fostering|privately fostered"),
 'supervision': ("Did social workers in {c} get regular supervision in {y}?", r"supervis", r"supervision"),
 'cse': ("How well did {c} tackle child sexual exploitation in {y}?", r"exploitation|CSE", r"sexual exploitation"),
 'voice': ("Did children in care in {c} have a say, according to the {y} report?", r"children in care council|voice|views|listen|participat|said|told|wishes", r"children in care council|voice"),
 'sufficiency': ("Did {c} have enough foster carers in {y}?", r"foster carer|sufficien|placement|fostering", r"foster carers"),
}
which=sys.argv[1:] or list(T)
files=sorted(os.listdir('/tmp/ofsted-lib'))
tot={k:[0,0,0,0,0] for k in which}
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
        srcok=bool(ans.citations) and ans.citations[0].source==f
        ok=srcok and bool(re.search(check,text,re.I))
        tot[k][0]+=ok; tot[k][1]+=1; tot[k][2]+=has; tot[k][3]+= (ok and has); tot[k][4]+=ans.abstained
        print('OK ' if ok else ('-- ' if srcok else 'XX '), 'H' if has else '.', k, '|', q,'|','ABST' if ans.abstained else text[:140], flush=True)
for k in which: print(k, 'ok',tot[k][0],'of',tot[k][1],'has',tot[k][2],'ok&has',tot[k][3],'abst',tot[k][4])
