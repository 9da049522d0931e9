import json, math, sys
import numpy as np
# Reads dump_candidates.py's full output (OUT.jsonl per set, named oftune/sqtune/dev/shipped) from $DUMPS.
import os
def load(n): return [json.loads(l) for l in open(os.path.join(os.environ.get("DUMPS", "."), f"{n}.jsonl"))]
def logit(p): p=min(max(p,1e-6),1-1e-6); return math.log(p/(1-p))
def feats(d):
    c=d["cands"]
    if not c: return None
    p1=c[0]["p"]; p2=c[1]["p"] if len(c)>1 else 1e-4; p3=c[2]["p"] if len(c)>2 else 1e-4
    same = sum(1 for x in c[1:5] if x["src"]==c[0]["src"])
    return [logit(p1), logit(p1)-logit(p2), logit(p2), c[0]["pre"], max(x["pre"] for x in c), math.log(c[0]["rank"]), same, sum(x["p"] for x in c[:5])]
NAMES="l1 gap l2 pre1 premax logrank same mass5".split()
def table(rows):
    X=[];y=[];ans=[]
    for d in rows:
        f=feats(d)
        if f is None: continue
        X.append(f); ans.append(d["answerable"]); y.append(d["answerable"] and d["cands"][0]["hit"])
    return np.array(X), np.array(y), np.array(ans)
def rates(score, ans, cited, t):
    a = score < t
    fa = a[ans].mean(); ua = a[~ans].mean(); cr = (cited & ~a)[ans].mean()
    return fa, ua, cr
sets = [s for s in sys.argv[1].split(",") if s != "none"]
for s in sets:
    X,y,ans = table(load(s))
    cited = y
    print(s, "n", len(X), "answerable", ans.sum(), "top-1 hit", y[ans].mean().round(3))
    from sklearn.metrics import roc_auc_score
    for i,n in enumerate(NAMES):
        try: print("  AUC ans-vs-unans", n, round(roc_auc_score(ans, X[:,i]),3), " correct-vs-rest", round(roc_auc_score(y, X[:,i]),3))
        except Exception as e: print(n, e)

from sklearn.linear_model import LogisticRegression
def pick(cols): return [NAMES.index(c) for c in cols]
def run(cols, fit_sets, eval_sets, target="ans"):
    idx = pick(cols)
    Xs=[];ys=[]
    for s in fit_sets:
        X,y,ans = table(load(s)); Xs.append(X[:,idx]); ys.append(ans if target=="ans" else y)
    m = LogisticRegression(C=1.0, max_iter=1000).fit(np.vstack(Xs), np.concatenate(ys))
    # threshold: highest t with mean FA over fit sets <= 0.10
    best=None
    for t in np.linspace(0.0,1.0,201):
        fas=[]
        for s in fit_sets:
            X,y,ans = table(load(s)); sc = m.predict_proba(X[:,idx])[:,1]; fas.append(rates(sc,ans,y,t)[0])
        if np.mean(fas) <= 0.10: best=t
    out=[]
    for s in eval_sets:
        X,y,ans = table(load(s)); sc = m.predict_proba(X[:,idx])[:,1]
        fa,ua,cr = rates(sc,ans,y,best); out.append(f"{s}: cit {cr:.3f} FA {fa:.3f} UA {ua:.3f}")
    print(cols, target, "t=%.3f"%best, m.coef_.round(2), " | ".join(out))
if len(sys.argv) > 2:
    ev = sys.argv[2].split(",")
    fit = ["oftune","sqtune"]
    for cols in (["l1"], ["l1","gap"], ["l1","mass5"], ["l1","gap","mass5"], ["l1","gap","same"], ["l1","gap","l2"]):
        run(cols, fit, ev)
        run(cols, fit, ev, target="y")
