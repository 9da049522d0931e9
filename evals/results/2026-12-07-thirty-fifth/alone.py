"""For each last turn read with context for want of own words: the model's probability that the
turn before's lead quote answers the follow-up typed alone; with whether that quote holds the gold."""
import json, re, sys, glob
sys.path.insert(0, "/work/main")
import numpy as np
from assistant.answers.model import AnswerModel, candidate_text
from assistant.answers.conversation import says_enough_alone
def norm(s): return re.sub(r"\W+", " ", s.lower()).strip()
def holds(c, g):
    a, b = norm(c), norm(g)
    return b in a or (len(a) > 30 and a in b)
m = AnswerModel()
kinds = {json.loads(l)["id"]: json.loads(l)["kind"] for l in open("probe/short-followups.jsonl")}
for f in sys.argv[1:]:
    for l in open(f):
        r = json.loads(l)
        prev, last = r["turns"][-2], r["turns"][-1]
        if says_enough_alone(last["q"]) or not prev["cites"]:
            continue
        lead = prev["cites"][0]
        lg = m.logits(last["q"], [candidate_text(lead[3])])[0]
        p = 1 / (1 + np.exp(-(lg / m.temperature + m.bias)))
        lgc = m.logits(prev["q"] + " " + last["q"], [candidate_text(lead[3])])[0]
        pc = 1 / (1 + np.exp(-(lgc / m.temperature + m.bias)))
        gold = any(holds(lead[3], g["quote"]) for g in r["gold"])
        print(f"{p:.3f} ctx {pc:.3f} leadHoldsGold={'Y' if gold else 'n'} {kinds.get(r['id'], r.get('set','')):22} {r['id'][:30]:31} | {last['q']} | {lead[3][:60]}")
