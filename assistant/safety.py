"""The one boundary for text shown to a person: no escape sequences, no control characters.

Everything that came from a file, a file name or a user (document text, titles, headings,
locations, file names, questions, error messages) passes ``strip_control`` (or ``one_line``)
before it reaches a terminal, a widget or an export, and ``safe_json`` before it is printed as
JSON. One rule everywhere:

* ESC sequences (CSI, OSC such as ``ESC ] 52`` clipboard writes and ``ESC ] 2`` title changes,
  DCS/APC/PM/SOS strings, two-byte escapes) and their C1 forms are removed with their payload;
* every other C0 control except tab and newline, DEL and every C1 control is removed;
* bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make a file name
  read differently from what it is, are removed;
* a question or argument that was not valid UTF-8 (surrogate escapes) is decoded with
  replacement characters (``repair_text``).
"""

from __future__ import annotations

import json
import re

# CSI; OSC and the other string sequences (DCS, SOS, PM, APC) up to BEL or ST, or the end;
# two-byte escapes; the C1 forms of CSI and of the string sequences.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
)
# C0 except tab and newline, DEL, C1, bidirectional embeddings/overrides/isolates.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What JSON output escapes beyond what json.dumps does (it escapes C0 only).
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def strip_control(text: str) -> str:
    """Escape sequences and control characters removed; carriage returns become nothing."""
    return _CONTROL.sub("", _ESCAPES.sub("", text))


def strip_escapes(text: str) -> str:
    """Escape sequences removed with their payload (``\x1b[31m``, ``\x1b]0;title\x07``), the rest kept."""
    return _ESCAPES.sub("", text)


def one_line(text: str) -> str:
    """``strip_control``, then tabs and newlines as spaces: for names, titles, headings, locations."""
    return " ".join(strip_control(str(text)).split())


def has_control(text: str) -> bool:
    """Whether ``text`` holds anything ``strip_control`` would remove (tests and checks)."""
    return bool(_CONTROL.search(text))


def repair_text(text: str) -> str:
    """Text decoded from bytes that were not UTF-8 (surrogate escapes) made valid, with U+FFFD."""
    return _SURROGATES.sub(_repair_run, text)


_SURROGATES = re.compile(r"[\ud800-\udfff]+")


def _repair_run(match: re.Match) -> str:
    run = match.group()
    try:  # bytes smuggled in by surrogateescape: decode them for real
        return run.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # lone surrogates of another kind
        return "\ufffd" * len(run)


def safe_json(value, **kwargs) -> str:
    """``json.dumps`` for output a terminal may show: C0 escaped by json, DEL, C1 and bidi too."""
    kwargs.setdefault("ensure_ascii", False)
    text = repair_text(json.dumps(value, **kwargs))
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
