"""What the session's template scripts share: the assistant over the 120-report library (the code in
$CODE, default /work/main) and each report's council and year from its file name."""
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("ASSISTANT_ENCODER", "onnx")
sys.path.insert(0, os.environ.get("CODE", "/work/main"))
from assistant.core import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402

LIBRARY = Path(os.environ.get("LIB", "/tmp/ofsted-lib"))
assistant = Assistant(Settings.from_env(corpus_dir=LIBRARY, index_dir=Path(os.environ.get("LIBI", "/tmp/s28/lib-index"))))


def council_and_year(file_name: str) -> tuple[str, int]:
    """"ofsted-cheshire-west-and-chester-19-february-2016.pdf" -> ("Cheshire West and Chester", 2016)."""
    m = re.match(r"ofsted-(.+)-(\d\d)-([a-z]+)-(\d{4})\.pdf", file_name)
    words = (w.capitalize() if w not in ("on", "and", "of", "upon") else w for w in m.group(1).split("-"))
    return " ".join(words), int(m.group(4))


def reports() -> list[str]:
    return sorted(os.listdir(LIBRARY))
