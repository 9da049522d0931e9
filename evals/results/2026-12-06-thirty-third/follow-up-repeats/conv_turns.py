"""Each conversation's every turn: citations per turn, gold of the last; JSON lines to stdout."""
import json, os, sys
os.environ.setdefault("ASSISTANT_ENCODER", "onnx")
sys.path.insert(0, os.environ.get("CODE", "/work/main"))
from pathlib import Path
from assistant.settings import Settings
from assistant.core import Assistant
from assistant.answers.conversation import Conversation
kind = sys.argv[1]  # ofsted or shipped
corpus, index = {"ofsted": ("/tmp/ofsted-lib", "/tmp/s28/lib-index"), "shipped": ("/work/main/corpus", "/tmp/s28/shipped-index")}[kind]
a = Assistant(Settings.from_env(corpus_dir=Path(corpus), index_dir=Path(index)))
for f in sys.argv[2:]:
    for line in open(f):
        c = json.loads(line)
        if c.get("corpus", "ofsted") != kind:
            continue
        conv = Conversation(c["id"])
        turns = []
        for t in c["turns"]:
            ans = a.ask(t, conversation=conv)
            turns.append({"q": t, "read_as": ans.read_as, "abstained": ans.abstained,
                          "cites": [[x.source, x.start, x.end, x.text] for x in ans.citations]})
        print(json.dumps({"set": Path(f).stem, "id": c["id"], "gold": c["gold"], "turns": turns}), flush=True)
