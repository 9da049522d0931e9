"""Which questions of the sets the council-name guard changes (a word of an English council's name
no longer read as another name): each question's names with the guard and without it."""
import json
import os
from pathlib import Path

os.environ["ASSISTANT_ENCODER"] = "onnx"
import assistant.search.names as names_module
from assistant.core import Assistant
from assistant.settings import Settings


def loaded(corpus, index):
    a = Assistant(Settings.from_env(corpus_dir=Path(corpus), index_dir=Path(index)))
    a.prepare(build=False)
    return a.load_index()


lib = loaded("/tmp/ofsted-lib", "/tmp/ofsted-index")
sq = loaded("/tmp/squad-corpus", "/tmp/squad-index")
shipped = loaded("/work/main/corpus", "/tmp/s11/shipped-index")
E = "/work/main/evals/"
guard = names_module.COUNCIL_WORDS
for name, index in [("ofsted.jsonl", lib), ("ofsted-dev.jsonl", lib), ("ofsted-paraphrase.jsonl", lib), ("absent-names.jsonl", lib),
                    ("conversations.jsonl", lib), ("conversations-heldout.jsonl", lib), ("sections.jsonl", lib), ("sections-heldout.jsonl", lib),
                    ("compare.jsonl", lib), ("shipped.jsonl", shipped), ("conversations.jsonl", shipped), ("absent-names-shipped.jsonl", shipped),
                    ("squad/squad-tune-400.jsonl", sq), ("squad/squad-test-1000.jsonl", sq)]:
    n = changed = 0
    for line in open(E + name):
        q = json.loads(line)
        for turn in q.get("turns") or [q["question"]]:
            n += 1
            names_module.COUNCIL_WORDS = guard
            now = index.names.names(turn)
            names_module.COUNCIL_WORDS = frozenset()
            before = index.names.names(turn)
            if now != before:
                changed += 1
                print("  ", name, "|", turn, "|", [(x.text, x.held, x.corrections) for x in before], "->", [(x.text, x.held, x.corrections) for x in now])
    print(name, n, changed)
