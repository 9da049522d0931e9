"""Which questions of the other sets a comparison now takes (lower-case names, names no report is
about): usage: scan_sets.py (the library at /tmp/ofsted-lib, /tmp/ofsted-index; SQuAD at /tmp/squad-*)."""
import json
import os
from pathlib import Path

os.environ["ASSISTANT_ENCODER"] = "onnx"
from assistant.answers.comparison import asks_to_compare
from assistant.core import _BETTER, Assistant
from assistant.search.names import absent
from assistant.settings import Settings


def loaded(corpus, index):
    a = Assistant(Settings.from_env(corpus_dir=Path(corpus), index_dir=Path(index)))
    a.prepare(build=False)
    return a, a.load_index()


lib = loaded("/tmp/ofsted-lib", "/tmp/ofsted-index")
sq = loaded("/tmp/squad-corpus", "/tmp/squad-index")
E = "/work/main/evals/"
for name, (a, index) in [("ofsted.jsonl", lib), ("ofsted-dev.jsonl", lib), ("ofsted-paraphrase.jsonl", lib), ("absent-names.jsonl", lib),
                         ("conversations.jsonl", lib), ("conversations-heldout.jsonl", lib), ("sections.jsonl", lib), ("sections-heldout.jsonl", lib),
                         ("compare.jsonl", lib), ("squad/squad-tune-400.jsonl", sq), ("squad/squad-test-1000.jsonl", sq)]:
    n = hit = 0
    for line in open(E + name):
        q = json.loads(line)
        for turn in q.get("turns") or [q["question"]]:
            n += 1
            asks = asks_to_compare(turn) or bool(_BETTER.search(turn))
            unknown = a._unknown_names(turn, index, lower_case=True)
            groups = index.router.compared(turn, None, unknown, index.names.written_capitalised, full_names_only=not asks, name_others=asks)
            names, _, _, named = a._asked_names(turn, None)
            refused = absent(names, names_documents=bool(named))  # refused before: "None of them mentions …"
            without = not refused and a._councils_without_report(turn, index, follow_up="turns" in q and turn != q["turns"][0])
            if without:
                hit += 1
                print("   NO REPORT", name, "|", turn, "|", without)
            if groups:
                hit += 1
                print("  ", name, "|", turn, "|", [(g.label, len(g.doc_ids)) for g in groups])
    print(name, n, hit)
