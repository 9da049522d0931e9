"""Word's automatic numbering and footnotes, read from the document's XML.

A numbered paragraph in Word holds only its text; the "4.12" a reader sees is computed from the
paragraph's ``numPr`` (a numbering instance and a level, on the paragraph or its style), the
instance's abstract numbering (each level's start, format and text such as ``%1.%2``), level
overrides and restarts. ``Numbering.label(paragraph)`` gives that number, in document order.
"""

from __future__ import annotations

import re

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(element, name: str = "val"):
    return None if element is None else element.get(f"{W}{name}")


def _roman(number: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += digits
            number -= value
    return out


def _letters(number: int) -> str:
    # Word repeats the letter past z: a..z, aa..zz, aaa..
    if number <= 0:
        return str(number)
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return _letters(number)
    if fmt in ("upperLetter",):
        return _letters(number).upper()
    if fmt == "lowerRoman":
        return _roman(number)
    if fmt == "upperRoman":
        return _roman(number).upper()
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)  # decimal and the formats this reader does not spell out


class _Level:
    def __init__(self, element):
        self.start = int(_val(element.find(f"{W}start")) or 1)
        self.fmt = _val(element.find(f"{W}numFmt")) or "decimal"
        self.text = _val(element.find(f"{W}lvlText"))
        restart = _val(element.find(f"{W}lvlRestart"))
        self.restart = int(restart) if restart is not None and restart.isdigit() else None
        self.legal = element.find(f"{W}isLgl") is not None and _val(element.find(f"{W}isLgl")) not in ("0", "false")


class Numbering:
    """Counters for one document, advanced paragraph by paragraph in document order."""

    def __init__(self, document):
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._num_abstract: dict[str, str] = {}
        self._overrides: dict[str, dict[int, tuple[int | None, _Level | None]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        self._styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # id -> (numId, ilvl, basedOn)
        try:
            root = document.part.numbering_part.element
        except Exception:  # no numbering part: nothing is numbered
            root = None
        if root is not None:
            for abstract in root.findall(f"{W}abstractNum"):
                levels = {int(_val(lvl, "ilvl") or 0): _Level(lvl) for lvl in abstract.findall(f"{W}lvl")}
                self._abstract[_val(abstract, "abstractNumId")] = levels
            for num in root.findall(f"{W}num"):
                num_id = _val(num, "numId")
                self._num_abstract[num_id] = _val(num.find(f"{W}abstractNumId"))
                overrides = {}
                for override in num.findall(f"{W}lvlOverride"):
                    start = _val(override.find(f"{W}startOverride"))
                    lvl = override.find(f"{W}lvl")
                    overrides[int(_val(override, "ilvl") or 0)] = (int(start) if start else None, _Level(lvl) if lvl is not None else None)
                self._overrides[num_id] = overrides
        try:
            styles = document.styles.element
            for style in styles.findall(f"{W}style"):
                num_pr = style.find(f"{W}pPr/{W}numPr")
                self._styles[_val(style, "styleId")] = (
                    _val(num_pr.find(f"{W}numId")) if num_pr is not None else None,
                    _val(num_pr.find(f"{W}ilvl")) if num_pr is not None else None,
                    _val(style.find(f"{W}basedOn")),
                )
        except Exception:
            pass

    def _num_pr(self, paragraph_element) -> tuple[str | None, int]:
        num_id = ilvl = None
        num_pr = paragraph_element.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id, ilvl = _val(num_pr.find(f"{W}numId")), _val(num_pr.find(f"{W}ilvl"))
        style_id = _val(paragraph_element.find(f"{W}pPr/{W}pStyle"))
        seen = set()
        while style_id and style_id not in seen and (num_id is None or ilvl is None):
            seen.add(style_id)
            s_num, s_lvl, based_on = self._styles.get(style_id, (None, None, None))
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_lvl
            style_id = based_on
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0

    def _level(self, num_id: str, ilvl: int) -> _Level | None:
        override = self._overrides.get(num_id, {}).get(ilvl)
        if override and override[1] is not None:
            return override[1]
        return self._abstract.get(self._num_abstract.get(num_id), {}).get(ilvl)

    def label(self, paragraph_element) -> str | None:
        """The number Word shows before this paragraph ("4.12", "12.", "b)"), or None."""
        num_id, ilvl = self._num_pr(paragraph_element)
        if not num_id or num_id == "0" or num_id not in self._num_abstract:
            return None
        level = self._level(num_id, ilvl)
        if level is None:
            return None
        key = self._num_abstract[num_id]
        counters = self._counters.setdefault(key, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl, (start, _) in self._overrides.get(num_id, {}).items():
                if start is not None:  # a restart: this list instance begins again
                    counters[lvl] = start - 1
                    for deeper in [d for d in counters if d > lvl]:
                        del counters[deeper]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [d for d in counters if d > ilvl]:
            deeper_level = self._level(num_id, deeper)
            restart = deeper_level.restart if deeper_level is not None else None
            if restart is None or (restart != 0 and restart > ilvl):
                del counters[deeper]  # a lower level restarts after a higher one
        if level.fmt in ("bullet", "none") or not level.text:
            return None

        def number(match: re.Match) -> str:
            lvl = int(match.group(1)) - 1
            lvl_def = self._level(num_id, lvl)
            value = counters.get(lvl, lvl_def.start if lvl_def else 1)
            fmt = "decimal" if level.legal and lvl != ilvl else (lvl_def.fmt if lvl_def else "decimal")
            return format_number(value, fmt)

        text = re.sub(r"%([1-9])", number, level.text).strip()
        return text or None


def footnotes(document) -> dict[str, str]:
    """Footnote id -> its text, from the Word file's footnotes part (separators left out)."""
    from lxml import etree

    out: dict[str, str] = {}
    try:
        for rel in document.part.rels.values():
            if rel.reltype.endswith("/footnotes") and not rel.is_external:
                root = etree.fromstring(rel.target_part.blob)
                for note in root.findall(f"{W}footnote"):
                    if _val(note, "type") in ("separator", "continuationSeparator", "continuationNotice"):
                        continue
                    text = " ".join("".join(t.text or "" for t in note.iter(f"{W}t")).split())
                    if text:
                        out[_val(note, "id")] = text
    except Exception:
        return out
    return out


def footnote_ids(paragraph_element) -> list[str]:
    return [_val(ref, "id") for ref in paragraph_element.iter(f"{W}footnoteReference")]
