"""Extract text and structure from PDF, Word, HTML, Markdown and plain text.

For every format the result is one string (the document's text as the index keeps it) plus
where its pages and headings begin in that string, so citations can say "p. 14, para 4.12,
Findings" and still point at an exact, checkable span.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
}


class ExtractionError(Exception):
    """The file cannot give text; the message is one line saying why."""


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None
    headings: tuple[tuple[int, str], ...] = ()
    pages: tuple[tuple[int, int, str], ...] = ()  # (offset, 1-based page index, printed label)
    stats: tuple[tuple[str, int], ...] = ()  # what extraction removed or found, for measuring


def _tidy(text: str) -> str:
    """Collapse runs of spaces and trailing blanks that extraction leaves; keep line structure."""
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    out, blank = [], False
    for line in lines:
        if not line:
            if not blank and out:
                out.append("")
            blank = True
            continue
        out.append(line)
        blank = False
    return "\n".join(out).strip()


def _unwrap_pdf_lines(text: str) -> str:
    """Join visual lines that continue a sentence; other line breaks become paragraph breaks.

    PDF text comes as one string per printed line; sentences must be whole for citations.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    out = ""
    for i, line in enumerate(lines):
        if i:
            previous = lines[i - 1]
            continues = line[:1].islower() or previous.endswith(("-", ",", ";")) and not previous.endswith(" -")
            if previous.endswith("-") and line[:1].islower() and not previous.endswith(" -"):
                out = out[:-1]  # a word hyphenated across lines
                out += line
                continue
            out += " " if continues else "\n\n"
        out += line
    return out


def extract_pdf(data: bytes) -> Extracted:
    import logging

    from pypdf import PdfReader

    from assistant.documents.pdf_layout import assemble, page_lines

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ExtractionError("encrypted PDF that needs a password; not indexed")
            except ExtractionError:
                raise
            except Exception:
                raise ExtractionError("encrypted PDF that cannot be opened; not indexed") from None
        labels = list(reader.page_labels)
        layout = assemble([page_lines(page) for page in reader.pages], labels)
        text, pages = layout.text, layout.pages
        # Bookmarks win where the PDF has them; otherwise the headings found on the page.
        headings = _pdf_outline(reader, pages) or tuple(layout.headings)
        title = (reader.metadata.title if reader.metadata else None) or None
    except ExtractionError:
        raise
    except Exception as exc:
        raise ExtractionError(f"not a readable PDF ({type(exc).__name__}: {str(exc)[:80]})") from None
    if not text.strip():
        raise ExtractionError(f"PDF of {len(pages)} page(s) has no text layer (scanned? OCR is not supported)")
    return Extracted(text, title, headings, tuple(pages), tuple(sorted(layout.stats.items())))


def _pdf_outline(reader, pages) -> tuple[tuple[int, str], ...]:
    """Bookmarks as headings at the start of their page (the best a PDF says of its sections)."""
    found = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
                continue
            try:
                number = reader.get_destination_page_number(item)
                found.append((pages[number][0], str(item.title).strip()))
            except Exception:
                continue

    try:
        walk(reader.outline)
    except Exception:
        return ()
    return tuple(sorted(found))


def extract_docx(data: bytes) -> Extracted:
    import zipfile

    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractionError(f"not a readable Word file ({type(exc).__name__})") from None
    except Exception as exc:
        raise ExtractionError(f"not a readable Word file ({type(exc).__name__}: {str(exc)[:80]})") from None
    from assistant.documents.docx_numbering import Numbering, footnote_ids, footnotes

    numbering, notes = Numbering(document), footnotes(document)
    noted = 0
    text, headings = "", []

    def add(block: str, heading: bool = False) -> None:
        nonlocal text
        block = " ".join(block.split())
        if not block:
            return
        if text:
            text += "\n\n"
        if heading:
            headings.append((len(text), block))
        text += block

    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            # Word's automatic number ("4.12") is not in the text; put it where the reader sees it.
            label = numbering.label(element)  # counted even when empty, as Word counts it
            add(f"{label} {paragraph.text}" if label and paragraph.text.strip() else paragraph.text, heading=style.startswith("Heading") or style == "Title")
            # Footnotes follow the paragraph that cites them, as blocks of their own.
            for note in footnote_ids(element):
                if note in notes:
                    noted += 1
                    add(f"Footnote {noted}: {notes[note]}")
        elif tag == "tbl":
            for row in Table(element, document).rows:
                cells = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):
                        cells.append(value)
                add(" | ".join(cells))
    if not text:
        raise ExtractionError("Word file holds no text")
    title = document.core_properties.title or (headings[0][1] if headings else None)
    return Extracted(text, title, tuple(headings))


_HTML_DROP = ["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "template", "svg", "iframe", "button"]
_HTML_BLOCKS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "th", "dt", "dd", "figcaption", "caption"]


def extract_html(data: bytes) -> Extracted:
    import logging

    from bs4 import BeautifulSoup

    if b"\x00" in data:
        raise ExtractionError("not readable HTML: looks binary (holds NUL bytes)")
    logging.getLogger("bs4.dammit").setLevel(logging.ERROR)  # its guesses are ours to report, in one line
    try:
        soup = BeautifulSoup(data, "html.parser")
    except Exception as exc:
        raise ExtractionError(f"not readable HTML ({type(exc).__name__})") from None
    if getattr(soup, "contains_replacement_characters", False):
        # No text encoding reads these bytes: binary data named .html, not a page.
        raise ExtractionError("not readable HTML: its bytes are in no text encoding")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup(_HTML_DROP):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    text, headings = "", []
    blocks = root.find_all(_HTML_BLOCKS)
    for block in blocks:
        if block.find(_HTML_BLOCKS):
            continue  # an outer block; its inner blocks are taken one by one
        value = " ".join(block.get_text(" ").split())
        if not value:
            continue
        if text:
            text += "\n\n"
        if block.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            headings.append((len(text), value))
        text += value
    if not text:
        loose = _tidy(root.get_text("\n"))
        if not loose:
            raise ExtractionError("HTML page holds no text")
        text = loose
    return Extracted(text, title or (headings[0][1] if headings else None), tuple(headings))


EXTRACTORS = {"pdf": extract_pdf, "docx": extract_docx, "html": extract_html}
