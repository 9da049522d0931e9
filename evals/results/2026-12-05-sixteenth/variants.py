"""Two variants of evals/compare.jsonl, written mechanically (no question chosen by hand):

- lower: each question typed in lower case, gold unchanged;
- absent: each two-council question with its second council's name replaced by a council the
  library has no report on (Norfolk, Suffolk, …, in turn), gold kept for the first council only.

usage: variants.py OUT_DIR   (the library index at /tmp/ofsted-index)"""
import json
import os
import sys
from pathlib import Path

os.environ["ASSISTANT_ENCODER"] = "onnx"
from assistant.core import Assistant
from assistant.settings import Settings

ABSENT = ["Norfolk", "Suffolk", "Devon", "Cornwall", "Derbyshire", "Somerset", "Dorset", "Hampshire", "Oxfordshire", "Staffordshire", "Cumbria", "Essex"]
out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
a = Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/ofsted-index")))
a.prepare(build=False)
router = a.load_index().router
rows = [json.loads(line) for line in open("/work/main/evals/compare.jsonl")]
with open(out / "compare-lower.jsonl", "w") as f:
    for row in rows:
        f.write(json.dumps({**row, "question": row["question"].lower()}) + "\n")
k = 0
with open(out / "compare-absent.jsonl", "w") as f:
    for row in rows:
        groups = router.compared(row["question"])
        if row.get("kind") != "two-councils" or len(groups) != 2 or len(groups[1].mentions) != 1:
            continue
        start, end = groups[1].mentions[0]
        absent = ABSENT[k % len(ABSENT)]
        k += 1
        question = row["question"][:start] + absent + row["question"][end:]
        gold = [g for g in row["gold"] if g["doc"] in groups[0].doc_ids]
        if not gold:
            continue
        f.write(json.dumps({**row, "id": row["id"] + "-absent", "question": question, "gold": gold, "keywords": [], "absent": absent}) + "\n")
print(sum(1 for _ in open(out / "compare-lower.jsonl")), sum(1 for _ in open(out / "compare-absent.jsonl")))
