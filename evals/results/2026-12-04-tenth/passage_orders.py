"""Evidence recall@5 / @10 under other passage orderings, from passage_dump.py's rows.
usage: passage_orders.py DUMP.jsonl [...]"""
import json
import sys


def best_in(p, sentences, top=1):
    ps = sorted((s["p"] for s in sentences if s["doc"] == p["doc"] and p["start"] <= s["start"] and s["end"] <= p["end"] + 1), reverse=True)
    return sum(ps[:top]) if ps else 0.0


def order(row, how):
    passages, sentences = row["passages"], row["sentences"]
    n = max(len(passages), 1)
    kind, w = how
    keyed = []
    for p in passages:
        prior = 1.0 - (p["first"] - 1) / n
        if kind == "linear":
            key = best_in(p, sentences) + w * prior
        elif kind == "top2":
            key = best_in(p, sentences, 2) + w * prior
        elif kind == "rrf":
            key = None
        keyed.append([key, p])
    if kind == "rrf":
        by_model = sorted(passages, key=lambda p: (-best_in(p, sentences), p["first"]))
        model_rank = {id(p): r for r, p in enumerate(by_model, 1)}
        keyed = [[1 / (w + model_rank[id(p)]) + 1 / (w + p["first"]), p] for p in passages]
    keyed.sort(key=lambda kp: (-kp[0], kp[1]["first"]))
    return [p for _, p in keyed]


def recall(rows, how, k):
    return sum(any(p["gold"] for p in order(r, how)[:k]) for r in rows) / len(rows)


if __name__ == "__main__":
    sets = {path: [json.loads(l) for l in open(path)] for path in sys.argv[1:]}
    hows = [("linear", w) for w in (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0, 100.0)] + [("top2", w) for w in (0.15, 0.3)] + [("rrf", k) for k in (1, 5, 20, 60)]
    print("ordering        " + "  ".join(f"{p.split('/')[-1]:>22}" for p in sets))
    bound = "  ".join(f"{'any of 40: %.3f' % (sum(any(p['gold'] for p in r['passages']) for r in rows) / len(rows)):>22}" for rows in sets.values())
    print(f"{'':16}{bound}")
    for how in hows:
        print(f"{how[0]:>7} {how[1]:<7} " + "  ".join(f"{'r@5 %.3f r@10 %.3f' % (recall(rows, how, 5), recall(rows, how, 10)):>22}" for rows in sets.values()))
