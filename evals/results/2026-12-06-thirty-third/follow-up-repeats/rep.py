import json, re, sys
def norm(s): return re.sub(r"\W+", " ", s.lower()).strip()
def holds(cite_text, gold):
    a, b = norm(cite_text), norm(gold)
    return b in a or (len(a) > 30 and a in b)
stats = {}
for f in sys.argv[1:]:
    for l in open(f):
        r = json.loads(l)
        last = r["turns"][-1]
        prev = [tuple(c[:3]) for t in r["turns"][:-1] for c in t["cites"]]
        prev_first = [tuple(t["cites"][0][:3]) for t in r["turns"][:-1] if t["cites"]]
        ok = any(holds(c[3], g["quote"]) for c in last["cites"] for g in r["gold"])
        first_repeat = bool(last["cites"]) and tuple(last["cites"][0][:3]) in prev
        gold_in_prev = any(holds(c[3], g["quote"]) for t in r["turns"][:-1] for c in t["cites"] for g in r["gold"])
        key = (r["set"], ok, first_repeat, gold_in_prev)
        stats[key] = stats.get(key, 0) + 1
        if first_repeat:
            print(r["set"], r["id"], "OK" if ok else "FAIL", "goldInPrev" if gold_in_prev else "", "|", last["q"], "|", last["cites"][0][3][:90])
for k in sorted(stats): print(k, stats[k])
