import json, re, sys
def norm(s): return re.sub(r"\W+", " ", s.lower()).strip()
def holds(c, g):
    a, b = norm(c), norm(g)
    return b in a or (len(a) > 30 and a in b)
kinds = {json.loads(l)["id"]: json.loads(l)["kind"] for l in open("probe/short-followups.jsonl")}
K = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
L = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2])}
for i in K:
    k, l = K[i]["turns"][-1], L[i]["turns"][-1]
    if [c[:3] for c in k["cites"]] == [c[:3] for c in l["cites"]]: continue
    g = K[i]["gold"][0]["quote"]
    f = lambda t: "".join("G" if holds(c[3], g) else "." for c in t["cites"])
    print(kinds[i], i, "|", K[i]["turns"][0]["q"][:70], "|", k["q"], "| A", f(k), "B", f(l))
    print("     t1:", [c[3][:70] for c in K[i]["turns"][0]["cites"]][:2])
    print("     A:", [c[3][:70] for c in k["cites"]])
    print("     B:", [c[3][:70] for c in l["cites"]])
