"""Regression set of real review files: 15 Ofsted inspection reports, 2013-2025 (tests/data/ofsted/,
Open Government Licence v3.0), checked on the text the index keeps."""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from assistant.documents.chunking import Chunker
from assistant.documents.formats import extract_pdf
from assistant.documents.locations import Locator
from assistant.domain import Document
from assistant.settings import ChunkerSettings

pytestmark = pytest.mark.real

FOLDER = Path(__file__).parent.parent / "data" / "ofsted"
GOLD = Path(__file__).parent.parent.parent / "evals" / "ofsted.jsonl"
FILES = sorted(p.name for p in FOLDER.glob("*.pdf"))
# Reports whose recommendations are numbered ("1. Strengthen the management oversight ...").
NUMBERED_RECOMMENDATIONS = {
    "ofsted-birmingham-25-november-2016.pdf", "ofsted-kent-13-june-2017.pdf",
    "ofsted-manchester-21-december-2017.pdf", "ofsted-sunderland-20-july-2015.pdf",
}
# Reports with a contents page.
CONTENTS = {
    "ofsted-birmingham-25-november-2016.pdf", "ofsted-kent-13-june-2017.pdf", "ofsted-manchester-21-december-2017.pdf",
    "ofsted-sunderland-20-july-2015.pdf", "ofsted-medway-23-august-2013.pdf", "ofsted-hillingdon-11-february-2014.pdf",
}
_ENTRY = re.compile(r"^\S.{2,120}?(?:\s*\|\s*|\s*(?:\.\s?){3,}\s*)\d{1,3}$")  # a title, then leader dots or a page cell


@functools.lru_cache(maxsize=None)
def _doc(name: str) -> tuple[Document, dict]:
    data = (FOLDER / name).read_bytes()
    e = extract_pdf(data)
    return Document(name, e.title or name, e.text, "0", "pdf", e.headings, e.pages), dict(e.stats)


def _running_lines(name: str) -> list[str]:
    """Lines that pypdf's plain text repeats at the top or bottom of at least half the pages."""
    from pypdf import PdfReader

    reader = PdfReader(FOLDER / name)
    counts: Counter = Counter()
    for page in reader.pages:
        lines = [" ".join(line.split()) for line in (page.extract_text() or "").split("\n") if line.strip()]
        counts.update(set(lines[:3] + lines[-3:]))
    return [line for line, n in counts.items() if n >= len(reader.pages) / 2 and re.search(r"[A-Za-z]{4}", line)]


def test_the_set_is_real_and_varied():
    assert len(FILES) >= 10
    years = {re.search(r"(\d{4})\.pdf$", name).group(1) for name in FILES}
    assert len(years) >= 8 and sum((FOLDER / n).stat().st_size for n in FILES) < 8_000_000


@pytest.mark.parametrize("name", FILES)
def test_no_running_header_or_footer_inside_the_kept_text(name):
    doc, stats = _doc(name)
    repeated = _running_lines(name)
    assert stats["running_lines"] >= len(doc.pages) - 2  # at least the page numbers
    for line in repeated:
        # A header may also be the title on the cover: at most that one occurrence stays.
        assert doc.text.count(line) <= 1, line
    assert not re.search(r"\bPage \d+ of \d+\b", doc.text)
    # Page offsets stay exact and in order.
    offsets = [o for o, _, _ in doc.pages]
    assert offsets == sorted(offsets) and offsets[0] == 0 and [i for _, i, _ in doc.pages] == list(range(1, len(doc.pages) + 1))


@pytest.mark.parametrize("name", FILES)
def test_headings_found_and_chunks_carry_a_section(name):
    doc, _ = _doc(name)
    names = [h for _, h in doc.headings]
    assert len(names) >= 4
    assert any(re.match(r"(Recommendations|What needs to improve|Areas for improvement)", h) for h in names), names
    chunks = Chunker(ChunkerSettings()).chunk(doc)
    assert sum(1 for c in chunks if c.heading) >= 0.9 * len(chunks)


@pytest.mark.parametrize("name", sorted(NUMBERED_RECOMMENDATIONS))
def test_numbered_recommendations_found(name):
    doc, _ = _doc(name)
    start = next(o for o, h in doc.headings if h == "Recommendations")
    section = doc.text[start:]
    first = re.search(r"^1\. (\S.{20})", section, re.MULTILINE)
    second = re.search(r"^2\. (\S.{20})", section, re.MULTILINE)
    assert first and second
    locator = Locator(doc)
    assert locator.locate(start + first.start(1)).paragraph == "1"
    where = locator.locate(start + second.start(1))
    assert (where.paragraph, where.heading) == ("2", "Recommendations")


@pytest.mark.parametrize("name", sorted(CONTENTS))
def test_contents_page_is_not_kept_or_chunked(name):
    doc, stats = _doc(name)
    assert stats["contents_lines"] >= 5
    paragraphs = [p.strip() for p in doc.text.split("\n\n")]
    assert "Contents" not in paragraphs
    runs = [bool(_ENTRY.match(p)) for p in paragraphs]
    assert not any(all(runs[i:i + 3]) for i in range(len(runs) - 2))
    for chunk in Chunker(ChunkerSettings()).chunk(doc):
        assert not re.search(r"Executive summary \|? ?\d+\s+\S.*\|? ?\d+$", chunk.text, re.MULTILINE)


def test_judgement_tables_keep_their_rows():
    doc, _ = _doc("ofsted-barnsley-27-october-2023.pdf")
    assert "The experiences and progress of children who need help and protection | Requires improvement to be good" in doc.text
    assert "Overall effectiveness | Good" in doc.text
    doc, _ = _doc("ofsted-birmingham-25-november-2016.pdf")
    assert "2. Children looked after and achieving permanence | Requires improvement" in doc.text


def test_sentences_join_across_page_breaks():
    doc, stats = _doc("ofsted-barnsley-27-october-2023.pdf")
    assert stats["page_breaks_joined"] >= 3
    assert "Parental consent is appropriately considered and recorded." in doc.text


def test_footnote_at_the_foot_of_a_page_leaves_the_sentence_whole():
    doc, stats = _doc("ofsted-manchester-21-december-2017.pdf")
    assert stats["footnote_lines"] >= 1
    assert "1 These are residential special schools that look after children for 295 days or less per year." in doc.text.split("\n\n")


def test_gold_quotes_of_the_ofsted_question_set_are_in_the_kept_text():
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    checked = 0
    for row in rows:
        for gold in row.get("gold", []):
            if gold["doc"] in FILES:
                assert gold["quote"] in _doc(gold["doc"])[0].text, (row["id"], gold["quote"])
                checked += 1
    assert checked >= 150
