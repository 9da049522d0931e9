"""Questions won and lost, runs of 64 (b64) against runs of 8 (b8), per set: usage python diff_batch.py OUTDIR"""
import glob, json, sys
out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/s13/out"
def load(p): return {json.loads(l)["id"]: json.loads(l) for l in open(p)}
for s in ["oftune", "shipped", "convof", "convsh", "sqtune", "dev", "para", "hoof"]:
    files = sorted(glob.glob(f"{out}/b64-{s}/per_question.model*.jsonl"), key=lambda f: "context" not in f)
    fa = files[0]; fb = fa.replace("b64-", "b8-")  # a conversation set: the last turn with its context
    a, b = load(fa), load(fb)
    up = {"cit": 0, "r5": 0}; down = {"cit": 0, "r5": 0}
    for i in a:
        if not a[i]["answerable"]:
            continue
        for key, f in (("cit", "cited_gold"), ("r5", "hit_at_5")):
            x, y = a[i]["scores"].get(f), b[i]["scores"].get(f)
            up[key] += bool(y and not x); down[key] += bool(x and not y)
    same = sum(a[i]["answer"] == b[i]["answer"] for i in a) / len(a)
    print(f"{s:8s} n={len(a):4d} cited +{up['cit']}/-{down['cit']}  recall@5 +{up['r5']}/-{down['r5']}  same answer {same:.2f}  ({fa.split('/')[-1]})")
