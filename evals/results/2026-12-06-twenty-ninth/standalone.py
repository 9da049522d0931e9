import os,sys,json
os.environ.setdefault('ASSISTANT_ENCODER','onnx')
sys.path.insert(0, os.environ.get('CODE','/work/main'))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
rows={json.loads(l)['id']:json.loads(l) for l in open('/work/main/evals/conversations-heldout3.jsonl')}
Q={
"bucks-adoption-strength":"What was so strong about adoption support in Buckinghamshire in 2018?",
"bucks-rereferral-cause":"What did the inspectors think was driving the re-referral rate in Buckinghamshire in 2018?",
"bucks-leavers-health-draft":"Have councillors been chasing health summaries for Buckinghamshire care leavers, and where has it got to?",
"bucks-dcs-response":"How did Buckinghamshire's director of children's services react to the criticisms in 2018?",
"bucks-mandatory-training":"Does Buckinghamshire council know whether staff have done their compulsory courses?",
"herts-leaver-parents":"Is there anything for young mums and dads among Hertfordshire care leavers?",
"herts-front-door-redesign":"Is anything being done to fix how referrals get handled in Hertfordshire?",
"herts-cla-enrichment":"Do Hertfordshire children in care get anything outside normal lessons, like outings?",
"esussex-court-comparison":"How does East Sussex's court completion time compare with other councils in the same court area?",
"esussex-iro-report-why":"What was behind East Sussex's recommendation about the independent reviewing officers?",
"esussex-lscb-money":"Has East Sussex's Local Safeguarding Children Board struggled for money, and over what?",
"mk-self-evaluation":"Did Milton Keynes council's own view of itself match Ofsted's 2021 judgement?",
"mk-private-fostering-awareness":"Were Milton Keynes's senior leaders already aware of the private fostering problems?",
"mk-foster-carers-distance":"Where do Milton Keynes children in care end up living, given fewer foster carers?",
"mk-leavers-emergency-housing":"What happens when a Milton Keynes care leaver needs a roof over their head at short notice?",
"mk-lead-inspector":"Who led the 2021 Milton Keynes inspection?",
"redcar-dcs-start":"How long had Redcar and Cleveland's director of children's services been in the job when improvement plans were knocked off course?",
"redcar-unapproved-carers-response":"How did Redcar and Cleveland management respond once unapproved carers were pointed out?",
"redcar-neglect-outcome":"What happens to Redcar and Cleveland children as a result of the neglect work?",
"tameside-2016-backlog-preventable":"Could Tameside's 2016 hub backlog have been avoided?",
"tameside-2016-adoption-disruptions":"Do adoption placements ever break down in Tameside?",
}
a=Assistant(Settings.from_env(corpus_dir=Path('/tmp/ofsted-lib'), index_dir=Path('/tmp/s28/lib-index')))
ok=0
for k,q in Q.items():
    gold=rows[k]['gold'][0]['quote']
    ans=a.ask(q)
    hit=any(gold[:60] in c.text or c.text in gold for c in ans.citations)
    ok+=hit
    print('OK ' if hit else '-- ', k, '|', 'ABST' if ans.abstained else (ans.citations[0].text[:100] if ans.citations else ''))
print(ok, len(Q))
