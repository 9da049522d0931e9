"""Which questions of the other sets a comparison now takes (lower-case names, names no report is
about), or the refusal of a council the library has no report on: usage: scan_sets.py [lower]
(the library at /tmp/ofsted-lib, /tmp/ofsted-index; SQuAD at /tmp/squad-*). With "lower", the
library's sets only, every question typed in lower case: none of them compares councils, so each
comparison listed is a false one."""
import json
import os
import sys
from pathlib import Path

os.environ["ASSISTANT_ENCODER"] = "onnx"
from assistant.answers.comparison import asks_to_compare
from assistant.core import Assistant
from assistant.search.names import absent
from assistant.settings import Settings


def loaded(corpus, index):
    a = Assistant(Settings.from_env(corpus_dir=Path(corpus), index_dir=Path(index)))
    a.prepare(build=False)
    return a, a.load_index()


lower = sys.argv[1:] == ["lower"]
lib = loaded("/tmp/ofsted-lib", "/tmp/ofsted-index")
E = "/work/main/evals/"
sets = [("ofsted.jsonl", lib), ("ofsted-dev.jsonl", lib), ("ofsted-paraphrase.jsonl", lib), ("absent-names.jsonl", lib),
        ("conversations.jsonl", lib), ("conversations-heldout.jsonl", lib), ("sections.jsonl", lib)]
if not lower:
    sq = loaded("/tmp/squad-corpus", "/tmp/squad-index")
    sets += [("sections-heldout.jsonl", lib), ("compare.jsonl", lib), ("squad/squad-tune-400.jsonl", sq), ("squad/squad-test-1000.jsonl", sq)]
for name, (a, index) in sets:
    n = hit = 0
    for line in open(E + name):
        q = json.loads(line)
        for typed in q.get("turns") or [q["question"]]:
            turn = typed.lower() if lower else typed
            n += 1
            asks = asks_to_compare(turn, which_is_better=True)
            unknown = a._councils_not_in_library(turn, index)
            groups = index.router.compared(turn, None, unknown, index.names.written_capitalised, full_names_only=not asks, name_others=asks)
            names, _, _, named = a._asked_names(turn, None)
            refused = absent(names, names_documents=bool(named))  # refused before: "None of them mentions …"
            without = not refused and a._councils_without_report(turn, index, follow_up="turns" in q and typed != q["turns"][0])
            if without:
                hit += 1
                print("   NO REPORT", name, "|", turn, "|", without)
            if groups:
                hit += 1
                print("  ", name, "|", turn, "|", [(g.label, len(g.doc_ids)) for g in groups])
    print(name, n, hit)
