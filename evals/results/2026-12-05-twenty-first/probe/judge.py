import json,sys
sys.path.insert(0,'/tmp/s23/probe')
import items, items2
rows=[]
def load(p): return [json.loads(l) for l in open(p)]
B=load('out/before.jsonl')+load('out/before2.jsonl'); A=load('out/after.jsonl')+load('out/after2.jsonl')
meta=[]
for mod in (items,items2):
    for i,q,e in mod.SINGLES: meta.append((i,q,e))
for mod in (items,items2):
    for c,qs,es in mod.CONVS:
        for k,(q,e) in enumerate(zip(qs,es)): meta.append((f"{c}.{k+1}", ' / '.join(qs[:k+1]), e))
# order of outputs: items singles, items convs, items2 singles, items2 convs
order=[m[0] for m in [(i,) for i,_,_ in items.SINGLES]]+[f"{c}.{k+1}" for c,qs,_ in items.CONVS for k in range(len(qs))]
order+=[i for i,_,_ in items2.SINGLES]+[f"{c}.{k+1}" for c,qs,_ in items2.CONVS for k in range(len(qs))]
M={m[0]:m for m in meta}
V={
'S36':0,
's05':('both wrong','B: current overall Inadequate, not last time; A: 2018 report on care leavers at the 2014 inspection (inadequate). Right 2018 "good overall" sentence only as A alternative'),
's11':('both wrong','B: current Outstanding; A: irrelevant "good oversight of post-16 accommodation". Right sentence (>25 words) never gets the grade bonus'),
's13':('both wrong','B: 2019 row Outstanding (the current one); A: 2010 inspection outstanding (two back). Right: 2014, good'),
's14':('both wrong','after further off: B cites 2010 verdict (grade word happens to match 2019 Outstanding); A cites 2014 "services are good" as most recent - wrong grade'),
's18':('both wrong','B: current Inadequate; A: 2015 report RI (two inspections back). Right: June 2018 all good'),
's26':('both wrong','B: current Inadequate; A: irrelevant "commissioning ... of placements is good". Right: 2016 good (long sentence)'),
's28':('same','first quote identical and right; alternative changed from an unrelated Lincolnshire 2010 sentence to NE Lincs current grade'),
's31':('both wrong','both quote another council (Buckinghamshire / Medway)'),
's34':('worse','B quotes the sentence the question paraphrases (2015: good in all areas except care leavers); A quotes children\'s homes "six were judged good or outstanding"'),
's35':('both wrong','after further off: B 2012 "judged good" (literal "last inspection"; grade matches latest 2019 Good by chance); A 2016 adoption row Require improvement - wrong under any reading'),
's36':('better','A: Overall effectiveness | Outstanding (2019) instead of the 2016 verdict sentence'),
's38':('worse','B: 2016 inspection judgement for children in care (right inspection, wrong scope); A: a school judged inadequate in 2017 - irrelevant'),
's46':('same','same right row; after drops an earlier-verdict alternative'),
's47':('both wrong','B: current Inadequate; A: "timeliness of reviews was good" 2014-15. Right: June 2018 good (long sentence)'),
's54':('both wrong','B: current RI (not "last time"); A: irrelevant police communication sentence. Right: 2020 inadequate (long sentence)'),
'c16.2':('both wrong','both quote "panel member recruited / This is a positive step"; after dropped alternative (previous-turn sentence) after near-sentence set changed and int8 scores shifted'),
'c16.3':('worse','B right ("changed its questioning process ... too early to measure"); A "panel provides individual feedback". Cascade: c16.2 lost its "Some applicants..." alternative, so the right sentence lost the right-after-quote +2'),
}
U={ # unchanged but wrong (both wrong)
's08':'first quote is the long 2018-verdict sentence; care leavers RI row only an alternative',
's15':'Oldham 2015 children\'s homes sentence; right 2024 sentence (>25 words) not chosen',
's16':'Oldham 2015 RI quoted as "now"; 2024 Good not chosen (no recency preference)',
's17':'Peterborough 2015 children\'s homes sentence; 2024 Inadequate not chosen',
's19':'Peterborough 2015 report quoted; 2024 deterioration sentence expected',
's25':'long 2016-verdict sentence first; the right row only as alternative',
's33':'Notts 2015 report 2009/2010 history sentence; right: 2019 "At the last inspection in 2015 ... except for care leavers"',
's42':'Brighton and Hove adoption judgement (wrong council); Lincs 2015 row Outstanding expected',
's43':'first quote is current "Services for adopted children are good"; right sentence is [2] of the same span',
'c01.2':'care leavers offer sentence; "too early to see its impact" is read (0.13) but loses',
'c03.2':'"implementation ... slow" (partly responsive); "too early to see impact" expected',
'c04.1':'"does not have sufficient foster placements" - states the problem, not what was done',
'c04.2':'re-quotes DCS-churn sentence; expected placement/commissioning capacity',
'c06.3':'unrelated strategy-discussion sentence; "unnecessary delay for some children" expected',
'c08.1':'IRO service weakness; recruitment sentence only as alternative',
'c11.3':'re-quotes first answer; right sentence only as alternative',
'c12.3':'re-quotes first answer only; "unsettling experience" read (0.62) but loses',
'c13.1':'care leavers praise sentence; MDST sentence expected',
'c13.2':'MDST start sentence; "too early to measure the full impact" expected',
'c14.1':'15-day timeliness figures; 25% on 16th day expected',
'c14.2':'previous-turn content (25% on 16th day); "Managers are closely monitoring" expected',
'c15.2':'re-quotes first answer; "too early to see its impact" expected',
'c16.1':'"panel member recruited"; "negative experience" expected',
'c18.2':'voice of the child sub-group; "too early to see its impact but early signs are positive" expected',
'c19.3':'"PEPs have improved since the last inspection"; "working with school leaders" expected',
'c20.2':'LSCB "too early to assess" sentence; SoS effect on assessments expected',
}
def fq(d):
    c=d.get('citations') or []
    return (c[0]['source'][7:-4]+': '+' '.join(c[0]['text'].split())) if c else '(none)'
cnt={}
with open('judgments.tsv','w') as f:
    f.write('id\tquestion(s)\texpected\tbefore first quote\tafter first quote\tanswer_changed\tverdict\treason\n')
    for i,b,a in zip(order,B,A):
        _,q,e=M[i]; ch=b['answer']!=a['answer']
        if ch: v,r=V[i]
        elif i in U: v,r='same (both wrong)',U[i]
        else: v,r='same','unchanged'
        cnt[v]=cnt.get(v,0)+1
        f.write('\t'.join([i,q,e,fq(b),fq(a),str(ch),v,r]).replace('\n',' ')+'\n')
print(cnt, sum(cnt.values()))
