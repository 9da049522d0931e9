import csv,re,subprocess,glob
T='/tmp/s35/texts/'
def newest(c):
    fs=glob.glob(T+f'ofsted-{c}-[0-9]*.txt'); return max(fs,key=lambda f:f[-8:-4])
def of(c,y=None):
    if y: return glob.glob(T+f'ofsted-{c}-[0-9]*-{y}.txt')[0]
    return newest(c)
def cnt(f,p): return len(re.findall(p,open(f).read(),re.I))
A={ # question -> answering sentence(s)
"Were frontline staff overloaded in Brent?":"Social workers have manageable caseloads that afford them the time necessary to see children regularly.",
"Was the night cover good in Barnsley?":"The emergency duty team provides an effective response to children in need of help and protection out of hours.",
"Were newborns protected in Southend-on-Sea?":"Work to safeguard unborn babies is rigorous and ensures they are appropriately protected at birth.",
"Were siblings kept together well in Merton?":"Social workers are determined in their efforts to find families for brothers and sisters, … || Approved foster carers safely meet the needs of … groups of brothers and sisters. (partly: effort, not outcome)",
"Were dentist and optician visits up to date in Havering?":"Most children in care have up-to-date health assessments and eye and dental checks and their physical needs are well met.",
"Was the mood among workers good in Kent?":"Morale is good. || Morale is good, workforce stability is improving and staff at all levels have ample opportunity to develop …",
"Were children seen quickly and on their own in Portsmouth?":"Children are visited quickly and are seen alone.",
"Was the out-of-hours team effective in Bristol?":"Workers in the out-of-hours team evaluate risk and levels of need well.",
"Were young people who had left care housed well in Trafford?":"Care experienced young people live in suitable, safe accommodation.",
"Was supervision of social workers good in Nottinghamshire?":"Social workers consistently described being very well supported through regular supervision.",
"Were the health needs of children in care met in Kirklees?":"They are routinely taken for dental and optician appointments and their health needs are met.",
"Was the council good at protecting children from grooming in Rochdale?":"Rochdale’s ‘complex safeguarding service’ provides a strong multi-agency response for children and adult survivors of sexual exploitation. || When children are at risk of sexual exploitation, they get a multi-agency response and intervention, including specialist support.",
"Were children's complaints dealt with well in Calderdale?":"When children make complaints, these are listened to and resolved, with children being offered apologies and explanations …",
"Did managers keep a good eye on casework in Walsall?":"Managers have appropriate oversight of assessments and provide a clear rationale about next steps. || … inconsistency in the quality of individual supervision and recording of management oversight in some children’s records. (mixed)",
"Was help for families before problems got worse good in Telford and Wrekin?":"Children and families are offered highly effective early help and support when their needs are first identified.",
"Were frontline staff overloaded in Kent in 2017?":"Caseloads in most teams are manageable, and when they are not, there are firm plans in place to address this.",
"Was the paperwork up to date in Shropshire in 2017?":"Case records are up to date but, for many children, these need to be more purposeful … || Most children’s records are up to date.",
"Was the out-of-hours service good in Havering in 2018?":"Children receive appropriate support and interventions from the out-of- hour’s emergency duty team.",
"Were staff spirits high in Sunderland in 2015?":"Staff morale in Sunderland is low.",
"Were children seen alone often enough in Wokingham in 2016?":"Children are visited and seen alone frequently.",
"Was morale good among social workers in Nottinghamshire in 2015?":"Morale amongst social work practitioners in Nottinghamshire is high.",
"Were new families found for children quickly in Leeds in 2015?":"When children need to be adopted this happens quickly.",
"Were care leavers' homes good in Salford in 2015?":"The majority live in good quality accommodation that meets their needs. || Performance in relation to suitable accommodation for care leavers has been better than statistical neighbours …",
"Was the front door effective in Lambeth in 2015?":"The multi-agency safeguarding hub (MASH) is an efficient first point of contact when there are concerns about a child.",
"Were kids kept with their brothers and sisters well in Oldham in 2015?":"Where assessments determine that young people should be placed with their brothers and sisters this is achieved in most cases. || … most children are placed close to home, with brothers and sisters, …",
"Were caseloads manageable in Tameside in 2016?":"In most teams, the caseloads are high and include complex work.",
"Were young mothers given good support in Lincolnshire in 2015?":"There is good sharing of data between health services and children’s centres, including live-birth data, leading to prompt support for young parents.",
"Is the night-time service good in Gloucestershire?":"For those families needing help at weekends and overnight, the emergency duty team provides effective responses that are recorded well.",
"Is staff spirit high in Cumberland?":"Morale is high.",
"Are teenage mums helped well in Wokingham?":"Sensitive support is provided for young parents and parents-to-be.",
"Is the council's work with pregnant mothers good in Lewisham?":"Prebirth assessments are timely, proportionate to risk and make appropriate recommendations to safeguard unborn babies.",
"Is early help effective in Wirral?":"Early help services in Wirral are effective.",
"Are young people who have left care well supported in Halton?":"The quality of support provided to care leavers is inadequate.",
"Are social workers' workloads manageable in Isle of Wight?":"Caseloads in some teams are too high.",
"Is management oversight strong in Greenwich?":"There are well-established processes to ensure work is progressed at pace, with appropriate management oversight and direction. || This, coupled with a high level of management oversight and direction, … || (but ‘What needs to improve’: Consistently impactful management oversight …) (mixed)",
"Are yearly health checks for children in care up to date in Stockport?":"The proportion of children having dental checks is improving at 86%, and annual health assessments are completed for 92% of children looked after, …",
"Are children's voices heard well in Peterborough?":"Children’s views and feelings are generally well recorded, but the voice of the child is not consistently captured meaningfully in care plans, … (mixed)",
"Are the officers who oversee care plans effective in North Lincolnshire?":"Independent reviewing officers advocate and challenge effectively on behalf of children.",
"Who led the inspection of Kent?":"Lead inspector: Linda Steele HMI",
"When was Bristol inspected?":"Inspection dates: 16 to 27 January 2023",
"What did Ofsted say about care leavers in Wirral?":"The experiences and progress of care leavers: requires improvement to be good (and the care-leaver section)",
"When did York's director of children's services take up post?":"The DCS has been in post since March 2014.",
}
N={ # unanswerable: (council, year|None, regex, note)
"Were the public libraries run well in Sefton?":("sefton",None,r"librar",""),
"Were potholes repaired quickly in Lincolnshire?":("lincolnshire",None,r"pothole|\broads?\b",""),
"Were bins collected promptly in Wigan?":("wigan",None,r"\bbins?\b|waste|refuse",""),
"Was the parking enforcement service effective in Westminster?":("westminster",None,r"parking",""),
"Was adult social care good in Leeds?":("leeds",None,r"adult social care|adult services","2 'adult' hits, neither about adult social care (adulthood; adult learning)"),
"Was council tax collection effective in Sutton?":("sutton",None,r"council tax","1 hit: staff check council tax records to find missing children: not about collection"),
"Was leisure centre management strong in Salford?":("salford",None,r"leisure",""),
"Was the youth justice service effective in Halton?":("halton",None,r"youth (justice|offending)",""),
"Were privately fostered children safe in Portsmouth?":("portsmouth",None,r"private(ly)? foster",""),
"Were home-educated children checked on well in Middlesbrough?":("middlesbrough",None,r"home[- ]educat",""),
"Was the council's work against female genital mutilation strong in Greenwich?":("greenwich",None,r"genital|FGM",""),
"Were children at risk of radicalisation protected in Hertfordshire?":("hertfordshire",None,r"radicalis|extremis|\bPrevent\b",""),
"Were school admissions handled well in Barking and Dagenham?":("barking-and-dagenham",None,r"admission",""),
"Was the child and adolescent mental health service good in Redbridge?":("redbridge",None,r"CAMHS|mental health|adolescent",""),
"Were allegations against staff dealt with well in Sandwell?":("sandwell",None,r"allegation|LADO|designated officer",""),
"Were the parks well kept in Manchester in 2017?":("manchester","2017",r"\bparks?\b",""),
"Was the bus service good in Stoke-on-Trent in 2019?":("stoke-on-trent","2019",r"\bbus(es)?\b|transport",""),
"Was the housing repairs service timely in Tower Hamlets in 2017?":("tower-hamlets","2017",r"repair|housing","1 'housing' hit: 'a good range of housing available at short notice' (care leavers): not repairs"),
"Were school meals good in Middlesbrough in 2016?":("middlesbrough","2016",r"\bmeals?\b|catering","1 hit: proportion of children entitled to free school meals (27% primary): context figure, says nothing of meal quality"),
"Was the recycling rate high in Thurrock in 2016?":("thurrock","2016",r"recycl",""),
"Was street lighting improved in Lincolnshire in 2015?":("lincolnshire","2015",r"street|lighting",""),
"Were private fostering arrangements checked well in Havering in 2018?":("havering","2018",r"private(ly)? foster",""),
"Was the Prevent programme effective in Sunderland in 2015?":("sunderland","2015",r"\bprevent\b|radicalis|extremis",""),
"Were children missing from education tracked well in Wirral in 2019?":("wirral","2019",r"missing (from )?education",""),
"Was advocacy for children in care good in Trafford in 2019?":("trafford","2019",r"advoca",""),
"Is the library service good in Walsall?":("walsall",None,r"librar",""),
"Is the planning department effective in North Yorkshire?":("north-yorkshire",None,r"planning (department|application|permission|committee)","'planning' occurs 11x, all care/permanence planning"),
"Are the roads safe in Luton?":("luton",None,r"\broads?\b","1 'road map' (leaders' plan): not roads"),
"Is the adult social care service well run in Sandwell?":("sandwell",None,r"adult social care","1 hit: co-location with partners including housing, adult social care: says nothing of its quality"),
"Are council homes in good repair in Southwark?":("southwark",None,r"repair|council hom|housing",""),
"Is school transport safe in Stockton-on-Tees?":("stockton-on-tees",None,r"transport",""),
"Is children's mental health support good in Wandsworth?":("wandsworth",None,r"CAMHS|mental health",""),
"Is the youth justice service effective in Cumberland?":("cumberland",None,r"youth (justice|offending)",""),
"Are privately fostered children safe in Salford?":("salford",None,r"private(ly)? foster",""),
"Is bullying in schools tackled well in Isle of Wight?":("isle-of-wight",None,r"bully",""),
"Is the work against trafficking strong in Bournemouth, Christchurch and Poole?":("bournemouth-christchurch-poole",None,r"traffick|modern slavery",""),
"How many children were in care in Leeds?":("leeds",None,r"number of children in care|children in care.{0,20}\d","control; the 2022 report states no count"),
}
rows=[]
for l in open('/work/main/evals/results/2026-12-06-thirty-fourth/probe2/question_tags.tsv'):
    ph,ans,kind,c,q=l.rstrip('\n').split('\t')
    y=re.search(r'in (\d{4})\?$',q); y=y.group(1) if y else None
    f=of(c,y).split('/')[-1][:-4]
    if q in A: ev=A[q]
    else:
        cc,yy,p,note=N[q]; ff=of(cc,yy); n=cnt(ff,p)
        ev=f"grep -ciE '{p}' {ff.split('/')[-1]} → {n} hits" + (f"; {note}" if note else "")
    rows.append([q,ans,ph,kind,f,ev])
with open('/work/main/evals/results/2026-12-06-thirty-fourth/probe2/expected.tsv','w') as o:
    w=csv.writer(o,delimiter='\t',lineterminator='\n'); w.writerow(['question','answerable','phrasing','kind','report','answer_or_evidence']); w.writerows(rows)
