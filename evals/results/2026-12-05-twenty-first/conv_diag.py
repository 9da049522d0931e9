"""Per missed conversation: each turn's lead quote; for the last turn, where the gold sentence ranks."""
import json, os, sys
from pathlib import Path
os.environ["ASSISTANT_ENCODER"] = "onnx"; os.environ["ASSISTANT_MODEL_KIND_WEIGHT"] = "2"
sys.path.insert(0, sys.argv[1])
from assistant.core import Assistant
from assistant.settings import Settings
from assistant.answers.conversation import Conversation
setfile, corpus, index = sys.argv[2], sys.argv[3], sys.argv[4]
ids = set(sys.argv[5].split(",")) if len(sys.argv) > 5 else None
a = Assistant(Settings.from_env(corpus_dir=Path(corpus), index_dir=Path(index))); a.prepare(build=False)
def norm(s): return " ".join(s.split()).lower()
for line in open(setfile):
    d = json.loads(line)
    if "turns" not in d or (ids and d["id"] not in ids): continue
    c = Conversation(d["id"])
    print("=" * 100); print(d["id"])
    for i, t in enumerate(d["turns"]):
        ans = a.ask(t, conversation=c)
        q = ans.citations[0].text[:160] if ans.citations else "(abstained)"
        print(f"  T{i+1}: {t}\n      -> {q}")
    gold = [norm(g["quote"]) for g in d["gold"]]
    ex = ans.explanation
    print("  threshold", round(ex.threshold, 3), ex.decision, "| read_as:", ans.read_as if hasattr(ans, "read_as") else "")
    for n in ex.notes: print("   note:", n[:200])
    found = False
    for r, cand in enumerate(ex.candidates):
        if any(g[:60] in norm(cand.text) or norm(cand.text)[:60] in g for g in gold):
            print(f"  GOLD rank {r+1}/{len(ex.candidates)} p={cand.probability:.3f}: {cand.text[:120]}"); found = True; break
    if not found: print("  GOLD not among", len(ex.candidates), "candidates; passages", len(ex.passages))
    for cand in ex.candidates[:3]: print(f"    top p={cand.probability:.3f}: {cand.text[:140]}")
