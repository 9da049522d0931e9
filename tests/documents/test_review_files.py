"""What real review files do to extraction, on files made here with known answers:
running headers and footers, headings without bookmarks, contents pages, tables, footnotes,
sentences across page breaks (PDF); automatic numbering and footnotes (Word)."""

from __future__ import annotations

import io
import zipfile

from assistant.documents.chunking import Chunker
from assistant.documents.formats import extract_docx, extract_pdf
from assistant.documents.locations import Locator
from assistant.domain import Document
from assistant.settings import ChunkerSettings

HEADER = "Harbour Safety Review: Southend Council"
BODY = (
    "The panel read the harbour master's log for every day of 2022 and spoke to the crews of both ferries. "
    "It found that checks were made but not written down, so nobody could tell which pier had been seen. "
)


def _review_pdf() -> bytes:
    """Six pages with a running header and a page footer, no bookmarks, a contents page, a
    table, a footnote and a sentence running over a page break."""
    from fpdf import FPDF

    class Review(FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, HEADER, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, f"12 to 16 June 2023    Page {self.page_no()} of 6", align="R")

    pdf = Review()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=20)
    pdf.multi_cell(0, 10, "Harbour safety review", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Inspection dates: 12 to 16 June 2023", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.multi_cell(0, 8, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for title, page in (("Summary", 3), ("Judgements", 3), ("4. Findings", 4), ("Recommendations", 6)):
        pdf.cell(0, 7, f"{title} {'.' * 60} {page}", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.multi_cell(0, 8, "Summary", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "The review looked at ferry safety from 2020 to 2023.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", style="B", size=11)
    pdf.cell(90, 7, "Judgement")
    pdf.cell(60, 7, "Grade", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for area, grade in (("Children who need help and protection", "Requires improvement"), ("Harbour patrols", "Good")):
        pdf.cell(90, 7, area)
        pdf.cell(60, 7, grade, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=11)
    pdf.multi_cell(0, 7, "4. Findings", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "4.12 The panel found that the pier inspection on 3 May 2022 was never recorded.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 6, BODY * 9 + "The last paragraph of this page runs on to the next page, where the", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-24)
    pdf.set_font("Helvetica", size=7)
    pdf.multi_cell(0, 4, "1 The log is kept by the harbour master.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "sentence ends with the duty officer's name.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.multi_cell(0, 8, "Recommendations", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "1. The harbour authority should keep one inspection log with a named owner.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_pdf_review_running_lines_headings_contents_tables_and_page_breaks():
    extracted = extract_pdf(_review_pdf())
    text = extracted.text
    stats = dict(extracted.stats)
    assert HEADER not in text and "Page " not in text and "12 to 16 June 2023 " not in text.replace("dates: 12 to 16 June 2023", "")
    assert stats["running_lines"] >= 10
    # Page offsets stay exact: each page's first words start at its offset.
    starts = {index: text[offset:offset + 30] for offset, index, _ in extracted.pages}
    assert starts[3].startswith("Summary") and starts[4].startswith("4. Findings") and starts[6].startswith("Recommendations")
    assert starts[5].startswith("sentence ends with")
    # The sentence broken by the page break (and by the footnote at the page's foot) is whole again.
    assert "runs on to the next page, where the sentence ends with the duty officer's name." in text
    assert "1 The log is kept by the harbour master." in text
    # Headings from the page, no bookmarks needed.
    names = [h for _, h in extracted.headings]
    assert {"Summary", "4. Findings", "Recommendations"} <= set(names)
    # The contents page is left out; its page stays in the page list.
    assert "....." not in text and "Contents" not in text and [i for _, i, _ in extracted.pages] == [1, 2, 3, 4, 5, 6]
    assert stats["contents_lines"] >= 4
    # Table rows stay rows.
    assert "Children who need help and protection | Requires improvement" in text
    assert "Judgement | Grade" in text
    doc = Document("r.pdf", "r", text, "0", "pdf", tuple(extracted.headings), tuple(extracted.pages))
    locator = Locator(doc)
    where = locator.locate(text.index("The panel found that the pier"))
    assert (where.heading, where.paragraph, where.page_index) == ("4. Findings", "4.12", 4)
    rec = locator.locate(text.index("The harbour authority should keep"))
    assert (rec.heading, rec.paragraph) == ("Recommendations", "1")
    chunks = Chunker(ChunkerSettings()).chunk(doc)
    assert all(c.heading for c in chunks[1:])
    assert not any("...." in c.text for c in chunks)


def _docx_with_numbering_and_footnote() -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("Findings", 1)
    numbering = document.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.append(parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>'
        '</w:abstractNum>'
    ))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {w} w:numId="91"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    ))

    def numbered(text: str, num: int, level: int):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
        ))
        return paragraph

    numbered("Findings about the pier.", 90, 0)  # 4.
    for i in range(11):
        numbered(f"Finding {i} about the log.", 90, 1)  # 4.1 .. 4.11
    numbered("The pier inspection on 3 May 2022 was never recorded.", 90, 1)  # 4.12
    numbered("First detail.", 90, 2)  # (a)
    numbered("Second detail.", 90, 2)  # (b)
    numbered("Findings about the crews.", 90, 0)  # 5.
    numbered("The crews were not told.", 90, 1)  # 5.1
    numbered("A new list starts again.", 91, 0)  # 1. (override)
    for i in range(3):
        document.add_paragraph(f"Step {i} of the drill.", style="List Number")
    cited = document.add_paragraph("The drill was skipped on 14 June 2021")
    cited.add_run().element.append(parse_xml(f'<w:footnoteReference {w} w:id="1"/>'))
    cited.add_run(" because the rota had no deputy.")
    buffer = io.BytesIO()
    document.save(buffer)
    # python-docx cannot write footnotes: add the part by hand.
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            target.writestr(item, data)
        target.writestr("word/footnotes.xml", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:id="1"><w:p><w:r><w:t>The rota is kept by the ferry operator.</w:t></w:r></w:p></w:footnote>'
            '</w:footnotes>'
        ))
    return out.getvalue()


def test_docx_automatic_numbering_and_footnotes():
    extracted = extract_docx(_docx_with_numbering_and_footnote())
    text = extracted.text
    paragraphs = text.split("\n\n")
    assert "4. Findings about the pier." in paragraphs
    assert "4.1 Finding 0 about the log." in paragraphs and "4.11 Finding 10 about the log." in paragraphs
    assert "4.12 The pier inspection on 3 May 2022 was never recorded." in paragraphs
    assert "(a) First detail." in paragraphs and "(b) Second detail." in paragraphs
    assert "5. Findings about the crews." in paragraphs and "5.1 The crews were not told." in paragraphs
    assert "1. A new list starts again." in paragraphs  # a startOverride restarts the list
    assert [p for p in paragraphs if p.startswith(("1. Step", "2. Step", "3. Step"))] == [
        "1. Step 0 of the drill.", "2. Step 1 of the drill.", "3. Step 2 of the drill."]  # the built-in List Number style
    # The footnote leaves its sentence whole and follows it as a block of its own.
    assert "The drill was skipped on 14 June 2021 because the rota had no deputy." in paragraphs
    assert "Footnote 1: The rota is kept by the ferry operator." in paragraphs
    doc = Document("f.docx", "f", text, "0", "docx", tuple(extracted.headings))
    where = Locator(doc).locate(text.index("The pier inspection on 3 May"))
    assert (where.heading, where.paragraph) == ("Findings", "4.12")


def test_pdf_without_layout_information_still_reads(tmp_path):
    """A PDF whose pages carry no positions for some text still gives its text (plain lines)."""
    from assistant.documents.pdf_layout import Line, assemble

    pages = [[Line("Report title"), Line("The first page ends in the middle of a")],
             [Line("sentence that carries on here."), Line("Page 2")]]
    layout = assemble(pages, ["1", "2"])
    assert "the middle of a sentence that carries on here." in layout.text
    assert "Page 2" not in layout.text and layout.stats["running_lines"] == 1
