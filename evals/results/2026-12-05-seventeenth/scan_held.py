"""Which questions of the sets change when a longer name is held through one of its words only if
the texts hold that word as a name (README, Answers, step 0c): each question's names and the
names refused, under the rule before (any held word that is not generic) and now."""
import json
import os
from pathlib import Path

os.environ["ASSISTANT_ENCODER"] = "onnx"
from assistant.core import Assistant
from assistant.search import names as names_module
from assistant.settings import Settings


def loaded(corpus, index):
    a = Assistant(Settings.from_env(corpus_dir=Path(corpus), index_dir=Path(index)))
    a.prepare(build=False)
    return a.load_index()


now_rule = names_module.NameChecker._names_something


def before_rule(self, word, resolved):
    return not all(self.is_generic(held) for held, _ in resolved)


lib = loaded("/tmp/ofsted-lib", "/tmp/ofsted-index")
sq = loaded("/tmp/squad-corpus", "/tmp/squad-index")
shipped = loaded("/work/main/corpus", "/tmp/s11/shipped-index")
E = "/work/main/evals/"
extra = [(p, lib if "ofsted" in p else shipped) for p in os.environ.get("EXTRA", "").split()]
for name, index in [("ofsted.jsonl", lib), ("ofsted-dev.jsonl", lib), ("ofsted-paraphrase.jsonl", lib), ("absent-names.jsonl", lib),
                    ("conversations.jsonl", lib), ("conversations-heldout.jsonl", lib), ("sections.jsonl", lib), ("sections-heldout.jsonl", lib),
                    ("compare.jsonl", lib), ("shipped.jsonl", shipped), ("conversations.jsonl", shipped), ("absent-names-shipped.jsonl", shipped),
                    ("squad/squad-tune-400.jsonl", sq), ("squad/squad-test-1000.jsonl", sq)] + extra:
    n = changed = 0
    for line in open(name if name.startswith("/") else E + name):
        q = json.loads(line)
        for turn in q.get("turns") or [q["question"]]:
            n += 1
            names_module.NameChecker._names_something = before_rule
            before = index.names.names(turn)
            names_module.NameChecker._names_something = now_rule
            now = index.names.names(turn)
            if now != before:
                changed += 1
                print("  ", name, "|", q.get("answerable", True), "|", turn, "|", [(x.text, x.held) for x in before], "->",
                      [(x.text, x.held) for x in now], "| refused now:", names_module.absent(now))
    print(name, n, changed)
