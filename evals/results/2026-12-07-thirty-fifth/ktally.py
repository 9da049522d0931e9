import json, re, sys
def norm(s): return re.sub(r"\W+", " ", s.lower()).strip()
def holds(c, g):
    a, b = norm(c), norm(g)
    return b in a or (len(a) > 30 and a in b)
kinds = {json.loads(l)["id"]: json.loads(l)["kind"] for l in open("probe/short-followups.jsonl")}
for f in sys.argv[1:]:
    t = {}
    for l in open(f):
        r = json.loads(l); last = r["turns"][-1]
        ok = any(holds(c[3], g["quote"]) for c in last["cites"] for g in r["gold"])
        ok1 = bool(last["cites"]) and any(holds(last["cites"][0][3], g["quote"]) for g in r["gold"])
        k = kinds[r["id"]]; x = t.setdefault(k, [0, 0, 0, 0]); x[0] += ok; x[1] += ok1; x[2] += not last["cites"]; x[3] += 1
    print(f, {k: f"cited {v[0]}/{v[3]} first {v[1]} abstained {v[2]}" for k, v in t.items()})
