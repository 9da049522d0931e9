"""Review documents in every format, written by the tests themselves, with known structure."""

from __future__ import annotations

import io
from pathlib import Path

PDF_PAGES = [
    ("Contents", ["Summary of the review and its findings."]),
    ("Introduction", ["1.1 The review began in March 2023 after the harbour incident.", "1.2 The panel met twelve times."]),
    ("Findings", ["4.12 The panel found that the pier inspection on 3 May 2022 was never recorded.", "4.13 Staff were not told who owned the inspection log."]),
    ("Recommendations", ["Recommendation 7: The harbour authority should keep one inspection log with a named owner."]),
]


def write_pdf(path: Path, pages=PDF_PAGES, labels: bool = True, outline: bool = True, password: str | None = None) -> Path:
    """Page 1 is labelled 'i'; pages 2+ are labelled 1, 2, 3 (as printed reviews number them)."""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import PageLabelStyle

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for heading, paragraphs in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", style="B", size=14)
        pdf.multi_cell(0, 8, heading)
        pdf.ln(4)
        pdf.set_font("Helvetica", size=12)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 7, paragraph)
            pdf.ln(5)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    if labels:
        writer.set_page_label(0, 0, PageLabelStyle.LOWERCASE_ROMAN, start=1)
        writer.set_page_label(1, len(pages) - 1, PageLabelStyle.DECIMAL, start=1)
    if outline:
        for number, (heading, _) in enumerate(pages):
            writer.add_outline_item(heading, number)
    if password:
        writer.encrypt(password)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A page with a picture of text but no text layer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(30, 30, 30)
    for row in range(10):
        pdf.rect(20, 20 + row * 12, 150, 6, style="F")
    pdf.output(str(path))
    return path


def write_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Ferry Safety Review"
    document.add_heading("Ferry Safety Review", 0)
    document.add_heading("Background", 1)
    document.add_paragraph("2.1 The ferry service began in 1998 and carries ninety passengers.")
    document.add_heading("Findings", 1)
    document.add_paragraph("5.3 The review found the lifeboat drill was skipped on 14 June 2021.")
    document.add_paragraph("This happened because the rota had no deputy.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Year"
    table.cell(0, 1).text = "Drills held"
    table.cell(1, 0).text = "2021"
    table.cell(1, 1).text = "Three"
    document.add_heading("Recommendations", 1)
    document.add_paragraph("Recommendation 2: Name a deputy for every drill.")
    document.save(str(path))
    return path


HTML = """<!doctype html>
<html><head><title>Bridge Review</title><style>p { color: red }</style>
<script>var secret = "tracking code";</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<header>Site banner</header>
<main>
<h1>Bridge Review</h1>
<h2>Conclusions</h2>
<p>3.4 The bridge was closed on 9 September 2020 because a cable snapped.</p>
<ul><li>The council was told <b>twice</b> before the closure.</li></ul>
</main>
<footer>Cookie notice</footer></body></html>
"""


def write_html(path: Path) -> Path:
    path.write_text(HTML, encoding="utf-8")
    return path


def write_mixed_corpus(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    write_pdf(root / "harbour-review.pdf")
    write_docx(root / "ferry-review.docx")
    write_html(root / "bridge-review.html")
    (root / "notes.md").write_text("# Notes\n\n## Lighthouse\n\nThe lighthouse keeper retired in 2019.\n", encoding="utf-8")
    (root / "press.txt").write_text("Press report\n\nThe mayor praised the harbour staff in 2023.\n", encoding="utf-8")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff not really a photo")
    return root
