"""Offline sweep of the two abstention thresholds from per-question eval rows.

Each row records the best sentence's probability (``best_score``), the answerable head's
probability of it (``best_answerable``), whether it holds the gold (``best_holds_gold``) and
whether the run answered with a citation holding the gold. A run at model threshold T0 and
answerable threshold 0 answers every question whose best clears T0; raising either threshold
only turns answers into abstentions, so each pair of thresholds can be scored from that run.
usage: sweep.py RUN_DIR [RUN_DIR ...]  (each holding per_question.model.jsonl)
"""
import json
import sys
from pathlib import Path


def load(run: str) -> list[dict]:
    return [json.loads(line) for line in (Path(run) / "per_question.model.jsonl").read_text().splitlines() if line.strip()]


def score(rows: list[dict], t0: float, t1: float) -> dict:
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]

    def abstains(r: dict) -> bool:
        s = r["scores"]
        if r["abstained"]:
            return True
        best, head = s.get("best_score"), s.get("best_answerable")
        return (best is not None and best < t0) or (head is not None and head < t1)

    cited = sum(1 for r in answerable if not abstains(r) and r["scores"].get("cited_gold"))
    return {
        "cit": cited / max(len(answerable), 1),
        "FA": sum(abstains(r) for r in answerable) / max(len(answerable), 1),
        "UA": sum(abstains(r) for r in unanswerable) / max(len(unanswerable), 1),
    }


T0 = (0.02, 0.05, 0.08, 0.10, 0.12, 0.15, 0.20)
T1 = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)

if __name__ == "__main__":
    # usage: sweep.py TUNE_RUN [TUNE_RUN ...] -- OTHER_RUN ...: the rule (as for the model threshold): the
    # pair with the most unanswerable abstained, averaged over the tune runs, whose false abstention
    # averaged over them stays at or under 0.10; ties to the lower thresholds.
    args = sys.argv[1:]
    tune = args[: args.index("--")] if "--" in args else args
    others = args[args.index("--") + 1 :] if "--" in args else []
    runs = {run: load(run) for run in tune + others}
    print("t0    t1   tune FA/UA   " + "  ".join(f"{Path(r).name[-20:]:>20}" for r in runs))
    best = None
    for t0 in T0:
        for t1 in T1:
            metrics = {run: score(rows, t0, t1) for run, rows in runs.items()}
            fa = sum(metrics[r]["FA"] for r in tune) / len(tune)
            ua = sum(metrics[r]["UA"] for r in tune) / len(tune)
            cells = "  ".join(f"{m['cit']:.3f}/{m['FA']:.3f}/{m['UA']:.3f}".rjust(20) for m in metrics.values())
            print(f"{t0:.2f}  {t1:.2f}  {fa:.3f}/{ua:.3f}  {cells}")
            if fa <= 0.10 and (best is None or ua > best[0] + 1e-9):
                best = (ua, t0, t1)
    print("chosen (cit/FA/UA per run):", best)
