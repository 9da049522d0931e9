"""Questions of other forms (weaknesses, strengths, proportions, lengths of time) asked of every report in the library: is the first citation from the report, on the topic?"""
import os,sys,re,json
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
sys.path.insert(0, os.environ.get('CODE','/work/main'))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
a=Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/s28/lib-index')))
T={
 'weakness': ("What was the biggest weakness in {c}'s children's services in {y}?", r"\bnot\b|weak|inconsisten|insufficien|delay|poor|too |lack|variab|requires|shortfall|gaps?\b|fail", r"not"),
 'strength': ("What was {c} doing well for children in {y}?", r"good|strong|effective|\bwell\b|outstanding|robust|improv|timely", r"good"),
 'improving': ("Was {c} improving in {y}?", r"improv|progress|better|deteriorat|declin|since the (last|previous)|strengthen", r"improv"),
 'eet': ("What proportion of care leavers in {c} were in education, employment or training in {y}?", r"(\d+%|per ?cent|proportion|majority|most)", r"(education, employment or training|EET).{0,100}\d+%|\d+%.{0,100}(education, employment or training|EET)"),
 'adoption-wait': ("How long did children in {c} wait to be adopted in {y}?", r"days|months|weeks|timescale|quick|delay|wait", r"adopt.{0,150}\bdays\b|\bdays\b.{0,150}adopt"),
 'audits': ("Did managers in {c} audit cases well in {y}?", r"audit|quality assurance", r"audit"),
 'disabled': ("How well were disabled children supported in {c} in {y}?", r"disab", r"disabled children|children with disabilities"),
 'early-help': ("Was early help effective in {c} in {y}?", r"early help", r"early help"),
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
