import json, re, sys
def norm(s): return re.sub(r"\W+", " ", s.lower()).strip()
def holds(c, g):
    a, b = norm(c), norm(g)
    return b in a or (len(a) > 30 and a in b)
def load(f):
    return {(r.get("set","x"), r["id"]): r for r in map(json.loads, open(f))}
A, B = load(sys.argv[1]), load(sys.argv[2])
tot = {}
for k in A:
    a, b = A[k], B[k]
    oka = any(holds(c[3], g["quote"]) for c in a["turns"][-1]["cites"] for g in a["gold"])
    okb = any(holds(c[3], g["quote"]) for c in b["turns"][-1]["cites"] for g in b["gold"])
    t = tot.setdefault(k[0], [0, 0, 0]); t[0] += oka; t[1] += okb; t[2] += 1
    for i, (ta, tb) in enumerate(zip(a["turns"], b["turns"])):
        if [c[:3] for c in ta["cites"]] != [c[:3] for c in tb["cites"]]:
            print(f"{k[1]} turn {i+1}/{len(a['turns'])} {'OK' if oka else '--'}->{'OK' if okb else '--'} | {ta['q']}")
            print("    A:", [c[3][:80] for c in ta["cites"]])
            print("    B:", [c[3][:80] for c in tb["cites"]])
for k, v in tot.items(): print(k, v)
