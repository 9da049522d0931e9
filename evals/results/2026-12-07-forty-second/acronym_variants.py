"""Write evals/ofsted-acronyms.jsonl: the questions of the Ofsted tune half, the development set and
the paraphrase set that use a long form the library defines an acronym for, with that long form
typed as the acronym ("children with disabilities" -> "CWD", "child protection" -> "CP"), as staff
type them. Gold and answerability are the originals'. Seeded order.

usage: ASSISTANT_CORPUS=/tmp/ofsted-lib ASSISTANT_INDEX=<library index> ASSISTANT_ENCODER=onnx \
       .venv/bin/python evals/results/2026-12-07-forty-second/acronym_variants.py evals/ofsted-acronyms.jsonl
"""

import json
import random
import re
import sys

from assistant.core import Assistant
from assistant.settings import Settings

table = Assistant(Settings.from_env()).load_index().acronyms
variants = []
for path, split in (("evals/ofsted.jsonl", "tune"), ("evals/ofsted-dev.jsonl", None), ("evals/ofsted-paraphrase.jsonl", None)):
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        if split and row.get("split") != split:
            continue
        question = row["question"]
        found = table._long_pattern.search(question) if table._long_pattern else None
        if not found:
            continue
        short = table._by_long[found.group(1).lower()]
        if re.search(rf"\b{re.escape(short)}s?\b", question):
            continue  # typed with its acronym already
        variant = {**row, "id": row["id"] + "-acr", "question": question[: found.start()] + short + question[found.end() :]}
        variant.pop("split", None)
        variants.append(variant)
random.seed(7)
random.shuffle(variants)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for row in variants:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(variants), "questions")
