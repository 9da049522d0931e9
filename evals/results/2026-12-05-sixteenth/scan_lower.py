"""Every question of the library's other sets typed in lower case: which of them a comparison takes
(none of them compares councils, so each one listed is a false comparison)."""
import json
import os
from pathlib import Path

os.environ["ASSISTANT_ENCODER"] = "onnx"
from assistant.answers.comparison import asks_to_compare
from assistant.core import _BETTER, Assistant
from assistant.search.names import absent
from assistant.settings import Settings

a = Assistant(Settings.from_env(corpus_dir=Path("/tmp/ofsted-lib"), index_dir=Path("/tmp/ofsted-index")))
a.prepare(build=False)
index = a.load_index()
for name in ["ofsted.jsonl", "ofsted-dev.jsonl", "ofsted-paraphrase.jsonl", "absent-names.jsonl", "conversations.jsonl", "conversations-heldout.jsonl", "sections.jsonl"]:
    n = hit = 0
    for line in open("/work/main/evals/" + name):
        q = json.loads(line)
        for turn in q.get("turns") or [q["question"]]:
            turn = turn.lower()
            n += 1
            asks = asks_to_compare(turn) or bool(_BETTER.search(turn))
            groups = index.router.compared(turn, None, a._unknown_names(turn, index, lower_case=True), index.names.written_capitalised, full_names_only=not asks, name_others=asks)
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
