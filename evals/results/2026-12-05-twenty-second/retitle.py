"""Copy an index built at CHUNKER_VERSION 2 and give it what version 3 extraction stores: the display
title (a working title field gives way to the first line), the file's own title kept as file_title.
usage: retitle.py SRC DST"""
import json, glob, shutil, sys
sys.path.insert(0, "/work/main")
from assistant.documents.loading import usable_title, make_title
src, dst = sys.argv[1], sys.argv[2]
shutil.rmtree(dst, ignore_errors=True); shutil.copytree(src, dst)
g = glob.glob(dst + "/gen-*")[0]
docs = [json.loads(l) for l in open(g + "/documents.jsonl")]
new = {}
with open(g + "/documents.jsonl", "w") as f:
    for d in docs:
        raw = d["title"]
        # the stored title was (field.strip() or first line)[:160]; when it equals the first line, the field was empty or the same
        shown = (usable_title(raw) or make_title(d["text"], d["id"]))[:160]
        d["title"] = shown
        d["file_title"] = raw if raw != shown else ""
        new[d["id"]] = shown
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
m = json.load(open(g + "/manifest.json"))
for k, v in m["files"].items():
    if k in new: v["title"] = new[k]
m["chunker"]["version"] = 3
json.dump(m, open(g + "/manifest.json", "w"), ensure_ascii=False, indent=2)
print(dst, sum(1 for d in docs if d["file_title"]), "retitled")
