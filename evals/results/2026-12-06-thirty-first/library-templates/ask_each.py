"""Ask one question, or one conversation, of every report of the library and check the first
citation: from the report asked about, and matching the kind's pattern (or, where the pattern is
None, its section heading matching ``present``). ``present`` marks (H) a report whose text holds
what is asked. Prints one line per report and a total per kind (read by cmp_t.py).

Each kind: (turns, check, present), turns formatted with {c} the council and {y} the year."""
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("ASSISTANT_ENCODER", "onnx")
sys.path.insert(0, os.environ.get("CODE", "/work/main"))
LIBRARY, INDEX = Path("/tmp/ofsted-lib"), Path("/tmp/s28/lib-index")


def run(kinds: dict, which: list[str]) -> None:
    from assistant.answers.conversation import Conversation
    from assistant.core import Assistant
    from assistant.settings import Settings

    a = Assistant(Settings.from_env(corpus_dir=LIBRARY, index_dir=INDEX))
    which = which or list(kinds)
    totals = {k: [0, 0, 0, 0, 0] for k in which}  # ok, asked, holds, ok and holds, abstained
    for f in sorted(os.listdir(LIBRARY)):
        m = re.match(r"ofsted-(.+)-(\d\d)-([a-z]+)-(\d{4})\.pdf", f)
        council = " ".join(w.capitalize() if w not in ("on", "and", "of", "upon") else w for w in m.group(1).split("-"))
        year = m.group(4)
        doc = " ".join((a.document_text(f) or "").split())
        for k in which:
            turns, check, present = kinds[k]
            turns = [turns] if isinstance(turns, str) else turns
            has = bool(re.search(present, doc, re.I))
            conversation = Conversation(k + f)
            for turn in turns:
                ans = a.ask(turn.format(c=council, y=year), conversation=conversation)
            text = " ".join(ans.citations[0].text.split()) if ans.citations else ""
            from_report = bool(ans.citations) and ans.citations[0].source == f
            fits = re.search(check, text, re.I) if check else re.search(present, ans.citations[0].heading or "", re.I)
            ok = from_report and bool(fits)
            for i, hit in enumerate((ok, True, has, ok and has, ans.abstained)):
                totals[k][i] += hit
            asked = ans.read_as or turns[-1].format(c=council, y=year)
            print("OK " if ok else ("-- " if from_report else "XX "), "H" if has else ".", k, "|", council, year, "|", asked, "|",
                  "ABST" if ans.abstained else text[:140], flush=True)
    for k in which:
        ok, n, has, both, abstained = totals[k]
        print(k, "ok", ok, "of", n, "has", has, "ok&has", both, "abst", abstained)
