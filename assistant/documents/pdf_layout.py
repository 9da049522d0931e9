"""A PDF's text laid out from pypdf's positioned fragments: the text a review's reader sees.

pypdf gives each page's text as a stream of printed lines. Read with its visitor function,
every fragment also comes with a position, a font and a size, which is what this module uses to:

- drop running headers and footers (lines repeated at the top or bottom of most pages, page
  numbers and dates allowed to change) and join a sentence broken by a page break;
- find headings on the page (larger or bold lines, numbered heading lines, the usual report
  headings) for PDFs without bookmarks;
- recognise contents pages (titles followed by leader dots or page numbers) and leave them out;
- keep a table's rows together ("Children in care | Good");
- move footnotes at the foot of a page out of the sentence they would break, and drop the
  superscript markers that point to them.

Everything here works on one document in memory; ``assemble`` returns the kept text, the page
offsets into it (exact: page N's text starts at its offset), the headings and some counts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.documents.spans import BULLET_GLYPHS

# A heading a report uses without numbering or styling it (compared lower-case, ? and : dropped).
KNOWN_HEADINGS = {
    "recommendations", "recommendation", "what needs to improve", "what needs to improve in this local authority",
    "summary for children and young people", "summary of findings", "summary of key findings", "key findings",
    "findings", "executive summary", "summary", "introduction", "background", "conclusion", "conclusions",
    "methodology", "terms of reference", "areas for improvement", "areas for development", "next steps",
    "overall effectiveness", "summary of judgements", "information about this inspection",
    "information about this local authority area", "information about this local authority",
    "the local authority", "local authority arrangements", "contents", "glossary", "appendix", "annex",
    "lessons learned", "learning", "the review", "acknowledgements", "what the local authority needs to improve",
}
_BULLET = re.compile(rf"^[{BULLET_GLYPHS}o-](?=\s)|^[\uf000-\uf8ff\ue000-\uefff]")
_NUMBERED_START = re.compile(r"^\d{1,2}\.(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?)?\s+\S")
_NUMBERED_HEADING = re.compile(r"^(?:(?:Section|Part|Chapter)\s+)?\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+[A-Z][^.!:]{1,90}\??$")
_CONTENTS_ENTRY = re.compile(r"^(?P<title>\D.{1,150}?)(?:\s*(?:\.\s?){3,}\s*|\s+|\s*\u2026+\s*)(?P<page>\d{1,3})$")
_PAGE_NUMBER_ONLY = re.compile(r"^(?:page\s+)?[-\u2013 ]*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-\u2013 ]*$|^\d{1,4}\s*\|\s*p\s?a\s?g\s?e$", re.I)
_MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I)
_SENTENCE_CLOSED = re.compile(r"[.!?:;\u2026][\"'\u201d\u2019)\]]*$")


@dataclass
class Line:
    text: str
    x: float | None = None
    y: float | None = None
    size: float = 0.0
    bold: float = 0.0  # share of the line's characters set in a bold face
    cells: list[str] | None = None  # a table row, when the line is one

    @property
    def positioned(self) -> bool:
        return self.y is not None


def _is_bold(font: str) -> bool:
    font = font.lower()
    return any(word in font for word in ("bold", "black", "heavy", "semibold", "demi"))


def page_lines(page) -> list[Line]:
    """The page's printed lines, each with its position, main font size and boldness.

    A line holding far-apart pieces on one baseline (table cells) is split into one line per
    piece; superscript digits (footnote markers) are left out of the text.
    """
    pieces: list[tuple[str, float, float, float, bool]] = []

    def visit(text, cm, tm, font, size):
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (abs(tm[3] * cm[3]) + abs(tm[2] * cm[1])) or 1.0
        name = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
        pieces.append((text, x, y, float(size or 0) * scale, _is_bold(name)))

    plain = page.extract_text(visitor_text=visit) or ""
    if "".join(p[0] for p in pieces) != plain:  # never seen on real files; keep the plain lines
        return [Line(line) for line in (_clean(raw) for raw in plain.split("\n")) if line]
    raw: list[list[tuple[str, float, float, float, bool]]] = [[]]
    for text, x, y, size, bold in pieces:
        for i, part in enumerate(text.split("\n")):
            if i:
                raw.append([])
            if part:
                raw[-1].append((part, x, y, size, bold))
    first = [line for group in raw for line in _make_lines(group)]
    # Where several lines start: a piece starting there after a gap is a table cell.
    starts = Counter(round(line.x) for line in first)
    columns = {x for x, count in starts.items() if count >= 2}
    return [line for group in raw for line in _make_lines(group, columns)]


def _clean(text: str) -> str:
    return re.sub(r"[ \t\u00a0\r\f\v]+", " ", text).strip()


def _make_lines(pieces, columns: set[int] = frozenset()) -> list[Line]:
    solid = [p for p in pieces if p[0].strip()]
    if not solid:
        return []
    weights = Counter()
    for text, _, y, size, _ in solid:
        weights[(round(y), round(size, 1))] += len(text.strip())
    (base_y, base_size), _ = weights.most_common(1)[0]
    groups: list[list] = [[]]
    previous_end = None
    for piece in pieces:
        text, x, y, size, bold = piece
        if not text.strip():
            groups[-1].append(piece)
            continue
        if size <= base_size * 0.8 and y > base_y + 1 and re.fullmatch(r"\s*[\d,*\u2020]{1,5}\s*", text):
            continue  # a raised, smaller footnote marker
        if previous_end is not None and groups[-1]:
            gap = x - previous_end
            wide = gap > 4 * max(size, base_size)
            at_column = gap > 1.2 * max(size, base_size) and any(abs(round(x) - c) <= 3 for c in columns)
            if (wide or at_column) and re.search(r"\w", text):  # a lone ":" belongs to its line
                groups.append([])  # a gap on one baseline before another table cell
        groups[-1].append(piece)
        previous_end = x + len(text.rstrip()) * size * (0.52 if bold else 0.45)
    out = []
    for group in groups:
        text = _clean("".join(p[0] for p in group))
        solid = [p for p in group if p[0].strip()]
        if not text or not solid:
            continue
        chars = sum(len(p[0].strip()) for p in solid)
        bold = sum(len(p[0].strip()) for p in solid if p[4]) / chars
        sizes = Counter()
        for p in solid:
            sizes[round(p[3], 1)] += len(p[0].strip())
        out.append(Line(text, solid[0][1], float(base_y), sizes.most_common(1)[0][0], bold))
    return out


def _key(line: Line) -> tuple[str, int]:
    text = _MONTHS.sub("M", line.text.lower())
    text = re.sub(r"\d+", "#", text)
    text = re.sub(r"[\s|.\-\u2013]+", " ", text).strip()
    return text, round(line.size)


def _edge_lines(lines: list[Line], depth: int = 3) -> list[int]:
    """Indexes of the top and bottom ``depth`` lines of a page (by position where known)."""
    if not lines:
        return []
    if all(line.positioned for line in lines):
        order = sorted(range(len(lines)), key=lambda i: -lines[i].y)
        rows = sorted({round(lines[i].y) for i in order}, reverse=True)
        edge_rows = set(rows[:depth]) | set(rows[-depth:])
        return [i for i in order if round(lines[i].y) in edge_rows]
    return sorted(set(range(min(depth, len(lines)))) | set(range(max(0, len(lines) - depth), len(lines))))


def running_lines(pages: list[list[Line]]) -> list[set[int]]:
    """Per page, the indexes of lines that are running headers or footers."""
    counts: Counter = Counter()
    edges = [_edge_lines(lines) for lines in pages]
    for lines, edge in zip(pages, edges):
        counts.update({_key(lines[i]) for i in edge})
    n = len(pages)
    needed = n if n <= 2 else max(3, int(n * 0.4 + 0.999))
    # A list marker ("1.", a bullet) opening many pages is body text, not a running line.
    running = {key for key, count in counts.items() if count >= needed and key[0]
               and (re.search(r"[a-z]", key[0]) or _PAGE_NUMBER_ONLY.match(key[0].replace("#", "1")))}
    out = []
    for lines, edge in zip(pages, edges):
        drop = set()
        for i in edge:
            key, text = _key(lines[i]), lines[i].text
            if key in running and (re.search(r"[^\W\d_]", text) or _PAGE_NUMBER_ONLY.match(text)):
                drop.add(i)  # not a list marker ("1.") that happens to open many pages
            elif n >= 2 and _PAGE_NUMBER_ONLY.match(lines[i].text) and _alone(lines, i):
                drop.add(i)
        out.append(drop)
    return out


def _alone(lines: list[Line], i: int) -> bool:
    """Whether nothing else is printed on the line's baseline (a page number, not a table cell)."""
    y = lines[i].y
    return y is None or not any(j != i and line.y is not None and abs(line.y - y) <= 2 for j, line in enumerate(lines))


def _merge_close(row: list[Line]) -> list[Line]:
    """Pieces of one baseline that are not far apart (a bullet and its text) are one line."""
    out = [row[0]]
    for line in row[1:]:
        last = out[-1]
        end = last.x + len(last.text) * (last.size or 10) * 0.45
        marker = len(last.text) <= 3 and not last.text.isalpha()
        if marker or line.x - end < max(line.size, last.size, 1):
            out[-1] = Line(f"{last.text} {line.text}", last.x, last.y, last.size, (last.bold + line.bold) / 2)
        else:
            out.append(line)
    return out


def contents_lines(lines: list[Line]) -> set[int]:
    """Indexes of a contents list on this page: titles with leader dots or page numbers."""
    entries = [i for i, line in enumerate(lines) if _CONTENTS_ENTRY.match(line.text) and line.cells is None
               or line.cells and len(line.cells) == 2 and line.cells[1].isdigit()]
    titled = next((i for i, line in enumerate(lines) if line.text.strip().lower().rstrip(":") in ("contents", "table of contents")), None)
    dotted = sum(1 for i in entries if re.search(r"(?:\.\s?){3,}|\u2026", lines[i].text))
    if len(entries) < 3 or not (titled is not None or dotted >= 3 or len(entries) >= 0.6 * len(lines)):
        return set()
    numbers = [int(_page_of(lines[i])) for i in entries]
    rising = sum(1 for a, b in zip(numbers, numbers[1:]) if b >= a)
    if rising < 0.8 * (len(numbers) - 1):
        return set()
    first = titled if titled is not None and titled < entries[0] else entries[0]
    return set(range(first, entries[-1] + 1))


def _page_of(line: Line) -> str:
    if line.cells:
        return line.cells[-1]
    match = _CONTENTS_ENTRY.match(line.text)
    return match.group("page") if match else "0"


@dataclass
class _Block:
    lines: list[Line]
    table: bool = False
    heading: bool = False
    footnote: bool = False

    @property
    def text(self) -> str:
        if self.table:
            return self.lines[0].text
        return _join_lines(line.text for line in self.lines)


def _join_lines(texts) -> str:
    """Printed lines as one paragraph; a line ending in a hyphen ("non-") runs straight on."""
    out = ""
    for text in texts:
        if out:
            out += "" if out.endswith("-") and not out.endswith(" -") and text[:1].isalpha() else " "
        out += text
    return out


def _tables(lines: list[Line]) -> list[Line]:
    """Lines in reading order, rows of a table merged into one line with ``cells``."""
    if not lines or not all(line.positioned for line in lines):
        return lines
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: (-round(line.y), line.x)):
        if rows and abs(rows[-1][0].y - line.y) <= 2:
            rows[-1].append(line)
        else:
            rows.append([line])
    for row in rows:
        row.sort(key=lambda line: line.x)
        row[:] = _merge_close(row)
    wide = [row for row in rows if len(row) >= 2]
    if len(wide) >= 3 and sum(1 for row in wide if all(len(line.text) > 40 for line in row)) >= 0.5 * len(wide):
        return lines  # text in columns, not a table: keep pypdf's order
    out: list[Line] = []
    table: list[list[list[Line]]] | None = None  # rows of cells of lines
    columns: list[float] = []
    last_y = 0.0

    def close():
        nonlocal table
        for cells in table or []:
            texts = [_join_lines(line.text for line in cell) for cell in cells]
            texts = [t for t in texts if t]
            first = next(line for cell in cells for line in cell)
            out.append(Line(" | ".join(texts), first.x, first.y, first.size, first.bold, texts))
        table = None

    for row in rows:
        size = max(line.size for line in row) or 10.0
        if len(row) >= 2:
            if table is not None and row[0].text[:1].islower() and last_y - row[0].y <= 1.5 * size and table:
                for line in row:  # the row above, its cells wrapping onto this line
                    column = min(range(len(columns)), key=lambda c: abs(columns[c] - line.x))
                    table[-1][column].append(line)
                last_y = row[0].y
                continue
            if table is None or last_y - row[0].y > 3.5 * size:
                close()
                table, columns = [], [line.x for line in row]
                above = out[-1] if out else None
                if (above is not None and above.cells is None and above.positioned and abs(above.x - row[0].x) <= 4
                        and 0 < above.y - row[0].y <= 1.5 * size and not _SENTENCE_CLOSED.search(above.text)):
                    out.pop()  # the first cell's text began on the line above
                    row[0] = Line(_join_lines([above.text, row[0].text]), row[0].x, row[0].y, row[0].size, min(above.bold, row[0].bold))
            else:
                for line in row:
                    if not any(abs(line.x - c) <= 4 for c in columns):
                        columns.append(line.x)
                columns.sort()
            cells: list[list[Line]] = [[] for _ in columns]
            for line in row:
                cells[min(range(len(columns)), key=lambda c: abs(columns[c] - line.x))].append(line)
            table.append(cells)
            last_y = row[0].y
            continue
        line = row[0]
        if table is not None and last_y - line.y <= 1.5 * size and any(abs(line.x - c) <= 4 for c in columns):
            column = min(range(len(columns)), key=lambda c: abs(columns[c] - line.x))
            table[-1][column].append(line)  # a cell's text wrapping onto the next line
            last_y = line.y
            continue
        if table is not None and last_y - line.y <= 3.5 * size and any(abs(line.x - c) <= 4 for c in columns):
            cells = [[] for _ in columns]
            cells[min(range(len(columns)), key=lambda c: abs(columns[c] - line.x))].append(line)
            table.append(cells)  # a row whose first cell is empty
            last_y = line.y
            continue
        close()
        out.append(line)
    close()
    return out


@dataclass
class Layout:
    text: str
    pages: list[tuple[int, int, str]]
    headings: list[tuple[int, str]]
    stats: dict = field(default_factory=dict)


def _is_heading(block: _Block, body_size: float) -> bool:
    text = block.text
    if block.table:  # a heading set as a row: "Children in care | Good" in a larger, bold face
        line = block.lines[0]
        return bool(body_size) and len(text) <= 160 and line.size >= body_size + 1.5 and line.bold >= 0.8
    if not text or len(text) > 160 or _BULLET.match(text):
        return False
    plain = text.lower().rstrip("?:. ").strip()
    if plain in KNOWN_HEADINGS:
        return True
    if text.endswith(".") or text[0].islower() or len(text.split()) > 22:
        return False
    if _NUMBERED_HEADING.match(text) and len(text.split()) <= 10 and not re.search(r"\b(?:19|20)\d\d$", text):
        return True
    lines = block.lines
    if not all(line.positioned for line in lines) or not body_size or not re.search(r"[A-Za-z]{3}", text):
        return False
    larger = all(line.size >= body_size + 1.5 for line in lines)
    bold = all(line.bold >= 0.8 for line in lines) and all(line.size >= body_size - 0.5 for line in lines)
    return larger or bold


def _blocks(lines: list[Line], pitch: float) -> list[_Block]:
    blocks: list[_Block] = []
    previous: Line | None = None
    for line in lines:
        if line.cells is not None and len(line.cells) >= 2:
            blocks.append(_Block([line], table=True))
            previous = None
            continue
        if previous is not None and blocks and not blocks[-1].table and _continues(previous, line, pitch):
            blocks[-1].lines.append(line)
        else:
            blocks.append(_Block([line]))
        previous = line
    return blocks


def _continues(previous: Line, line: Line, pitch: float) -> bool:
    """Whether ``line`` carries on the paragraph that ``previous`` ends."""
    if _BULLET.match(line.text) or _NUMBERED_START.match(line.text):
        return False
    if previous.positioned and line.positioned:
        gap = previous.y - line.y
        if gap <= 0 or gap > max(pitch, previous.size) * 1.45:
            return False
        if abs(previous.size - line.size) > 1 or (previous.bold >= 0.8) != (line.bold >= 0.8):
            return False
        if _SENTENCE_CLOSED.search(previous.text) and previous.text.endswith(":"):
            return False
        return True
    return line.text[:1].islower() or previous.text.endswith(("-", ",", ";")) and not previous.text.endswith(" -")


def assemble(page_texts: list[list[Line]], labels: list[str]) -> Layout:
    """The document's kept text from its pages' lines, with exact page offsets and headings."""
    drops = running_lines(page_texts)
    stats = Counter()
    sizes: Counter = Counter()
    gaps: Counter = Counter()
    for lines in page_texts:
        for a, b in zip(lines, lines[1:]):
            if a.positioned and b.positioned and abs(a.size - b.size) < 0.5 and 0 < a.y - b.y < 3 * a.size:
                gaps[round(a.y - b.y, 1)] += 1
        for line in lines:
            if line.size:
                sizes[line.size] += len(line.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 0.0
    pitch = gaps.most_common(1)[0][0] if gaps else body_size * 1.2

    page_blocks: list[list[_Block]] = []
    for lines, drop in zip(page_texts, drops):
        stats["running_lines"] += len(drop)
        kept = [line for i, line in enumerate(lines) if i not in drop]
        kept = _tables(kept)
        contents = contents_lines(kept)
        stats["contents_lines"] += len(contents)
        kept = [line for i, line in enumerate(kept) if i not in contents]
        body, notes = _footnotes(kept, body_size)
        stats["footnote_lines"] += sum(len(b.lines) for b in notes)
        blocks = _blocks(body, pitch)
        for block in blocks:
            block.heading = _is_heading(block, body_size)
        page_blocks.append(blocks + notes)

    text, pages, headings = "", [], []
    for index, blocks in enumerate(page_blocks):
        notes = [b for b in blocks if b.footnote]
        body = [b for b in blocks if not b.footnote]
        joined = False
        if text and body and page_blocks[index - 1] and _joins(previous_last, body[0]):
            text += "" if text.endswith("-") and not text.endswith(" -") and body[0].text[:1].isalpha() else " "
            joined = True
            stats["page_breaks_joined"] += 1
        elif text and blocks:
            text += "\n\n"
        pages.append((len(text), index + 1, labels[index] if index < len(labels) else str(index + 1)))
        # Footnotes go before the page's last paragraph when that paragraph runs on to the next page.
        order = body
        if notes and body and not body[-1].table and not _SENTENCE_CLOSED.search(body[-1].text):
            order = body[:-1] + notes + body[-1:] if len(body) > 1 or not joined else body + notes
        elif notes:
            order = body + notes
        for i, block in enumerate(order):
            if i and not (joined and i == 0):
                text += "\n\n"
            if block.heading and not (joined and i == 0):
                headings.append((len(text), " ".join(block.text.split())[:160]))
            text += block.text  # a private-use bullet (U+F0A7) stays as printed; a quote leaves it out (answering.cite)
        previous_last = order[-1] if order else None
    stats["headings"] = len(headings)
    return Layout(text, pages, headings, dict(stats))


def _joins(last: _Block | None, first: _Block) -> bool:
    """Whether the next page's first paragraph carries on the sentence this page ends."""
    if last is None or last.table or last.heading or first.table or first.heading or last.footnote:
        return False
    tail, head = last.text, first.text
    if _BULLET.match(head) or _NUMBERED_START.match(head):
        return False
    if _SENTENCE_CLOSED.search(tail):
        return head[:1].islower() and not tail.endswith(":")
    return bool(head[:1].isalnum() or head[:1] in "(\u2018\u201c'\"")


def _footnotes(lines: list[Line], body_size: float) -> tuple[list[Line], list[_Block]]:
    """Footnote lines at the foot of the page (smaller type under the body, opening with a
    number), as blocks of their own so they do not split the page's last sentence."""
    if not body_size or not lines or not all(line.positioned for line in lines):
        return lines, []
    start = len(lines)
    i = len(lines) - 1
    while i >= 0 and lines[i].cells is None and 0 < lines[i].size <= body_size - 1.5:
        if re.match(r"^\d{1,3}\s*\S", lines[i].text) or lines[i].text[:1] in "*\u2020":
            start = i
        i -= 1
    if start == len(lines) or start == 0:
        return lines, []
    if min(line.y for line in lines[:start]) < max(line.y for line in lines[start:]):
        return lines, []  # not below the body text
    notes: list[_Block] = []
    for line in lines[start:]:
        if re.match(r"^\d{1,3}\s*\S", line.text) or not notes:
            notes.append(_Block([line], footnote=True))
        else:
            notes[-1].lines.append(line)
    return lines[:start], notes
