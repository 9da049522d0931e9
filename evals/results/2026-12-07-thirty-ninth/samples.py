from dataclasses import replace
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
from assistant.answers.conversation import Conversation
s = Settings.from_env(corpus_dir=Path("/tmp/s41/samples/corpus"), index_dir=Path("/tmp/s41/samples/index"))
a = Assistant(s); a.prepare()
convs = [
 ["Were there problems with Birmingham's pre-proceedings work in 2016?", "Is anything being done about it?"],
 ["Do Bristol children coming into care get their initial health assessments on time?", "Are leaders doing anything about it?"],
 ["Are caseloads in Medway's contact, referral and assessment team too high?", "Has it been sorted?"],
 ["What did Ofsted say about the Isles of Scilly's electronic recording system?", "Is anything being done about it?"],
 ["Did Kent's arrangements for young people moving to the 18-plus service start early enough?", "Was that already known?"],
 ["Does Sunderland know whether statutory visits to children happen, according to the 2015 report?", "What's being done about it?"],
 ["Were there delays for children awaiting child protection conferences in Leeds?", "Has anything been done about it?"],
 ["Are Lewisham's pre-proceedings timely?", "Are leaders doing anything about that?"],
 ["Does Barnsley get good information from the police at the front door?", "Is anyone doing anything about it?"],
 ["What did inspectors find about Kent's private fostering in 2017?", "Has it been fixed?"],
]
for turns in convs:
    row = []
    for w in (0.0, 2.0):
        b = Assistant(replace(s, follow_up_response_weight=w), embedder=a.embedder)
        c = Conversation("x")
        ans = [b.ask(t, conversation=c) for t in turns]
        row.append((ans[0].citations[0].text[:70] if ans[0].citations else "-", ans[-1].citations[0].text[:110] if ans[-1].citations else "ABSTAIN"))
    print("##", turns[0][:60], "|", turns[1]); print("  Q1:", row[0][0]); print("  0:", row[0][1]); print("  2:", row[1][1])
