"""Run dump.py with the answer model's logits averaged over two views of each candidate."""
import os, sys, runpy
import numpy as np
from assistant.answers import model as m
VIEW = os.environ.get("TTA_VIEW", "bare")
W = float(os.environ.get("TTA_W", "0.5"))
orig = m.AnswerModel.logits
def logits(self, question, candidates, batch_size=64):
    full = orig(self, question, candidates, batch_size)
    if VIEW == "bare":
        alt = [c.split(" [SEP] ", 1)[0] for c in candidates]
    elif VIEW == "noprev":  # title only
        alt = []
        for c in candidates:
            s, _, tail = c.partition(" [SEP] ")
            alt.append(f"{s} [SEP] {tail.split('. ', 1)[0]}" if tail else s)
    other = orig(self, question, alt, batch_size)
    return (1 - W) * full + W * other
m.AnswerModel.logits = logits
sys.argv = ["dump.py"] + sys.argv[1:]
from pathlib import Path
runpy.run_path(str(Path(__file__).resolve().parent.parent / "headings" / "dump_candidates.py"), run_name="__main__")
