"""PDF, Word and HTML extraction: pages and labels, headings, numbered paragraphs, offsets, bad input."""

import random

import pytest

from assistant.documents.formats import ExtractionError, extract_docx, extract_html, extract_pdf
from assistant.documents.loading import DocumentError, LoadProblem, iter_documents, scan_corpus
from assistant.documents.locations import Locator, paragraph_label
from tests.fixtures_formats import PDF_PAGES, write_docx, write_html, write_mixed_corpus, write_pdf, write_scanned_pdf


def doc_of(tmp_path, name):
    sources, _ = scan_corpus(tmp_path)
    [item] = [d for d in iter_documents([s for s in sources if s.doc_id == name])]
    return item


def test_pdf_pages_labels_outline_and_numbered_paragraphs(tmp_path):
    write_pdf(tmp_path / "r.pdf")
    doc = doc_of(tmp_path, "r.pdf")
    assert doc.format == "pdf" and [p[1:] for p in doc.pages] == [(1, "i"), (2, "1"), (3, "2"), (4, "3")]
    assert [h for _, h in doc.headings] == [h for h, _ in PDF_PAGES]
    locator = Locator(doc)
    for offset, index, label in doc.pages:
        assert locator.locate(offset).page == label and locator.locate(offset).page_index == index
    # Page text lies between its offset and the next page's.
    finding = "The panel found that the pier inspection on 3 May 2022 was never recorded."
    at = doc.text.index("The panel found that the pier inspection")
    where = locator.locate(at)
    assert (where.page, where.page_index, where.heading, where.paragraph) == ("2", 3, "Findings", "4.12")
    assert " ".join(doc.text[at : at + 200].split()).startswith(finding)
    recommendation = locator.locate(doc.text.index("The harbour authority should keep"))
    assert recommendation.paragraph == "Recommendation 7" and recommendation.page == "3"


def test_docx_headings_numbered_paragraphs_and_tables(tmp_path):
    write_docx(tmp_path / "f.docx")
    doc = doc_of(tmp_path, "f.docx")
    assert doc.title == "Ferry Safety Review" and doc.format == "docx"
    assert [h for _, h in doc.headings] == ["Ferry Safety Review", "Background", "Findings", "Recommendations"]
    locator = Locator(doc)
    skipped = locator.locate(doc.text.index("The review found the lifeboat drill"))
    assert (skipped.heading, skipped.paragraph) == ("Findings", "5.3")
    because = locator.locate(doc.text.index("This happened because"))
    assert because.paragraph == "5.3"  # an unnumbered paragraph belongs to the numbered one above it
    assert "Year | Drills held" in doc.text and "2021 | Three" in doc.text
    assert locator.locate(doc.text.index("Name a deputy")).paragraph == "Recommendation 2"


def test_html_keeps_main_text_and_headings_and_drops_the_rest(tmp_path):
    write_html(tmp_path / "b.html")
    doc = doc_of(tmp_path, "b.html")
    assert doc.title == "Bridge Review"
    for gone in ("tracking code", "color: red", "Home", "Site banner", "Cookie notice"):
        assert gone not in doc.text
    assert "The council was told twice before the closure." in doc.text
    assert [h for _, h in doc.headings] == ["Bridge Review", "Conclusions"]
    where = Locator(doc).locate(doc.text.index("The bridge was closed"))
    assert (where.heading, where.paragraph) == ("Conclusions", "3.4")


@pytest.mark.parametrize(
    "text, label",
    [("4.12 The panel", "4.12"), ("12. The panel", "12"), ("Recommendation 7: do", "Recommendation 7"),
     ("Finding 3 - x", "Finding 3"), ("17 January 2015 was", None), ("2015 was a year", None), ("Para 2.1 text", "2.1")],
)
def test_paragraph_numbers(text, label):
    assert paragraph_label(text) == label


def test_bad_documents_are_one_line_each(tmp_path):
    write_pdf(tmp_path / "locked.pdf", password="secret")
    (tmp_path / "corrupt.pdf").write_bytes(b"%PDF-1.7\n this is not a pdf at all")
    write_scanned_pdf(tmp_path / "scanned.pdf")
    (tmp_path / "zero.pdf").write_bytes(b"")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 broken zip")
    (tmp_path / "latin.txt").write_bytes("na\xefve".encode("latin-1"))
    (tmp_path / "big.html").write_text("<p>" + "word " * 5000 + "</p>")
    noise = random.Random(7).randbytes(6000)
    (tmp_path / "noise.html").write_bytes(noise)  # random bytes named .html: no page at all
    (tmp_path / "noise-without-nul.html").write_bytes(noise.replace(b"\x00", b"a"))
    (tmp_path / "latin.html").write_bytes("<title>Caf\xe9</title><p>The caf\xe9 reopened in May.</p>".encode("latin-1"))
    sources, _ = scan_corpus(tmp_path)
    problems = {p.doc_id: p.reason for p in iter_documents(sources, max_bytes=20_000) if isinstance(p, LoadProblem)}
    assert "needs a password" in problems["locked.pdf"]
    assert "not a readable PDF" in problems["corrupt.pdf"]
    assert "no text layer" in problems["scanned.pdf"] and "OCR" in problems["scanned.pdf"]
    assert problems["zero.pdf"] == "empty file"
    assert "not a readable Word file" in problems["bad.docx"]
    assert "not valid UTF-8" in problems["latin.txt"]
    assert "too large" in problems["big.html"]
    assert problems["noise.html"] == "not readable HTML: looks binary (holds NUL bytes)"
    assert problems["noise-without-nul.html"] == "not readable HTML: its bytes are in no text encoding"
    assert "latin.html" not in problems  # an old page in Latin-1 is still a page
    assert all("\n" not in reason for reason in problems.values())


def test_other_file_kinds_are_listed_as_ignored(tmp_path):
    write_mixed_corpus(tmp_path)
    sources, ignored = scan_corpus(tmp_path)
    assert ignored == ["photo.jpg"]
    assert {s.doc_id for s in sources} == {"harbour-review.pdf", "ferry-review.docx", "bridge-review.html", "notes.md", "press.txt"}


def test_extractors_raise_only_extraction_errors_on_garbage():
    for extract in (extract_pdf, extract_docx):
        with pytest.raises(ExtractionError):
            extract(b"\x00\x01garbage")
    with pytest.raises(ExtractionError):
        extract_html(b"<html><script>x</script></html>")
