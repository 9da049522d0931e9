"""Acronyms the documents define, so a question may use either form.

Staff write "What did Ofsted say about PEPs?" where the report says "personal education plans",
or ask about "the multi-agency safeguarding hub" where it says "the MASH". Reports define each
acronym once, "personal education plans (PEPs)", and use the short form after that. The
definitions are found in the documents themselves (the Schwartz–Hearst rule: the letters of the
short form, in order, in the words just before the bracket, the first at the start of a word),
so nothing is hand-listed and any review's own vocabulary is covered. A question that uses one
form is searched and read with the other beside it: "PEPs (personal education plans)".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

# "(MASH)", "(PEPs)", "(CAMHS)", "(LSCB)", "(B&B)": two to ten characters, mostly capitals.
_DEFINED = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A glossary's line: the acronym first, then a dash, a colon, an equals sign or a tab, then its long
# form and nothing else ("CSPR – Child Safeguarding Practice Review"); a review's list of
# abbreviations, which it does not define in brackets again.
_GLOSSARY_LINE = re.compile(r"^[ \t]*([A-Z][A-Za-z&]{1,9})s?(?:[ \t]*[-–—:=][ \t]*|\t+[ \t]*)([A-Za-z][A-Za-z'’ ,-]{3,80}?)[ \t.]*$", re.MULTILINE)
_SHORT_IN_QUESTION = re.compile(r"\b([A-Z][A-Z&]{1,8})(s?)\b")
# Words that link a long form's words and never start one; narrower than the keyword stopwords, which
# would refuse "her majesty's inspectors (HMI)" and "not in education, employment or training (NEET)".
_LINKING = {"and", "of", "for", "the", "in", "to", "on", "with", "a", "an", "or", "at", "by"}
MAX_ADDED = 6  # forms added to one question: a pasted list of acronyms stays a question


def _key(short: str) -> str | None:
    """The acronym without a plural "s"; None when it is not one (too few capitals)."""
    if short.endswith("s") and short[:-1].isupper():
        short = short[:-1]
    if sum(c.isupper() for c in short) < 2 or not short.replace("&", "").isalpha():
        return None
    return short.upper()


def _starts_word(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "'’")


def long_form(short: str, before: str) -> str | None:
    """The words of ``before`` that ``short`` abbreviates, or None (Schwartz & Hearst, 2003).

    Each letter of the short form, right to left, is found in the text right to left; the first
    letter must start a word. The long form may not be longer than the short form allows."""
    letters = [c.lower() for c in short if c.isalnum()]
    words = _WORD.findall(before)
    limit = min(len(letters) + 5, len(letters) * 2)
    candidate = " ".join(words[-limit:])
    s, t = len(letters) - 1, len(candidate) - 1
    while s >= 0:
        c = letters[s]
        while t >= 0 and (candidate[t].lower() != c or (s == 0 and not _starts_word(candidate, t))):
            t -= 1
        if t < 0:
            return None
        if s == 0 and candidate[t:].split()[0].lower() in _LINKING:
            t -= 1  # "and supported year in employment (ASYE)": the first letter is the word before
            continue
        t -= 1
        s -= 1
    start = candidate.rfind(" ", 0, t + 1) + 1
    found = candidate[start:].strip(" -'’")
    found_words = found.split()
    if len(found_words) < 2 or len(found_words) > len(letters) + 2:
        return None
    initials = sum(1 for w in found_words if w[0].lower() in letters)
    if initials < max(2, len(found_words) - 2):  # "hub" in "safeguarding hub (MASH)", not letters mid-word only
        return None
    if short.lower() in found.lower():
        return None
    return found


def definitions(text: str) -> Iterable[tuple[str, str]]:
    """(acronym, long form) for each "long form (ACRONYM)" in a text, and each line of a glossary
    ("CSPR – Child Safeguarding Practice Review", "LADO: Local Authority Designated Officer")."""
    for match in _DEFINED.finditer(text):
        key = _key(match.group(1))
        if key is None:
            continue
        before = text[max(0, match.start() - 200) : match.start()]
        before = re.split(r"[.;:!?()\n]", before)[-1]  # the long form lies in the same clause
        found = long_form(match.group(1), before)
        if found:
            yield key, " ".join(found.lower().split())
    for match in _GLOSSARY_LINE.finditer(text):
        key = _key(match.group(1))
        # The whole rest of the line must be the long form: its words, and nothing after them.
        found = long_form(match.group(1), match.group(2)) if key else None
        if found and len(found.split()) == len(match.group(2).split()):
            yield key, " ".join(found.lower().split())


@dataclass(frozen=True)
class Expansion:
    """A question with each acronym's other form beside it, and what was added."""

    question: str  # both ways: what retrieval searches
    added: tuple[tuple[str, str], ...]  # (as asked, added beside it)
    # Only acronyms spelt out: what the answer model reads. An acronym added after a long form
    # ("children with disabilities (CWD)") lowered its scores (development set: 9 of the 65
    # answerable questions it touched more refused), a long form added after an acronym did not.
    spelt_out: str
    spelt: tuple[tuple[str, str], ...] = ()  # (acronym as asked, its long form): those spelt_out adds


def read_long(text: str, spelt: Iterable[tuple[str, str]]) -> str:
    """``text`` (``spelt_out``, or a reading made from it) with each acronym it spelt out read as its
    long form alone: "Are EHCPs (education health and care plans) in Bury any good?" -> "Are
    education health and care plans in Bury any good?"."""
    for short, long in spelt:
        text = text.replace(f"{short} ({long})", long)
    return text


def _most_used(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each acronym with the long form defined for it most often (one definition is enough)."""
    counts: dict[str, Counter] = {}
    for short, long in pairs:
        counts.setdefault(short, Counter())[long] += 1
    return {short: forms.most_common(1)[0][0] for short, forms in counts.items()}


def document_long_forms(text: str) -> dict[str, str]:
    """The acronyms one document defines, each with the long form it uses most. A document's own
    are the ones its sentences mean: "SSCB" is Sunderland's board in Sunderland's report and
    Shropshire's in Shropshire's, where the library's table has one of them for both."""
    return _most_used(definitions(text))


def read_in_full(text: str, long_forms: Mapping[str, str]) -> str:
    """``text`` with each acronym in ``long_forms`` read as its long form, and a definition's
    bracket dropped: "The MASH is busy." -> "The multi-agency safeguarding hub is busy.";
    "… placement panel (CAPP) in May 2013" -> "… placement panel in May 2013"."""
    if not long_forms:
        return text

    def bracket(match: re.Match) -> str:
        return "" if _key(match.group(1)) in long_forms else match.group(0)

    def word(match: re.Match) -> str:
        long = long_forms.get(match.group(1))
        if long is None:
            return match.group(0)
        if match.group(2) and not long.endswith("s"):
            long += "s"  # "IROs": "independent reviewing officers"
        before = text[: match.start()].rsplit(None, 1)
        if before and long.split()[0].lower() == before[-1].lower():
            long = long.split(" ", 1)[1] if " " in long else long  # "the local LSCB": not "local local …"
        return long

    text = re.sub(r"\s*" + _DEFINED.pattern, bracket, text)
    return _SHORT_IN_QUESTION.sub(word, text)


def _insert(question: str, inserts: list[tuple[int, str]]) -> str:
    out, last = [], 0
    for at, text in sorted(inserts):
        out.append(question[last:at])
        out.append(text)
        last = at
    out.append(question[last:])
    return "".join(out)


class AcronymTable:
    """The library's acronyms: for each, the long form its documents use most often."""

    def __init__(self, long_forms: Mapping[str, str]):
        self.long_forms = dict(long_forms)
        self._by_long = {long: short for short, long in self.long_forms.items()}
        self._long_pattern = (
            re.compile(r"\b(" + "|".join(re.escape(l) for l in sorted(self._by_long, key=len, reverse=True)) + r")\b", re.IGNORECASE)
            if self._by_long
            else None
        )

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> "AcronymTable":
        # A definition seen once is enough (reports define each acronym once); the most common wins.
        return cls(_most_used(pair for text in texts for pair in definitions(text)))

    def short_form(self, long: str) -> str | None:
        """The acronym the documents define for ``long`` ("LSCB" for "local safeguarding children board"), if any."""
        return self._by_long.get(" ".join(long.lower().split()))

    def expand(self, question: str) -> Expansion:
        """``question`` with "(long form)" after each defined acronym it uses, and "(ACRONYM)"
        after each defined long form; unchanged when it uses neither."""
        lowered = question.lower()
        spelt: list[tuple[int, str, tuple[str, str]]] = []  # (where, what is inserted, (as asked, added))
        abbreviated: list[tuple[int, str, tuple[str, str]]] = []
        seen: set[str] = set()  # each acronym once, at its first use
        for match in _SHORT_IN_QUESTION.finditer(question):
            long = self.long_forms.get(match.group(1))
            if long and long not in lowered and match.group(1) not in seen:
                seen.add(match.group(1))
                spelt.append((match.end(), f" ({long})", (match.group(0), long)))
        if self._long_pattern is not None:
            for match in self._long_pattern.finditer(question):
                short = self._by_long[match.group(1).lower()]
                if short not in seen and not re.search(rf"\b{re.escape(short)}s?\b", question):
                    seen.add(short)
                    abbreviated.append((match.end(), f" ({short})", (match.group(0), short)))
        kept = (spelt + abbreviated)[:MAX_ADDED]  # acronyms spelt out first
        return Expansion(
            _insert(question, [(at, text) for at, text, _ in kept]),
            tuple(pair for _, _, pair in kept),
            _insert(question, [(at, text) for at, text, _ in spelt[:MAX_ADDED]]),
            tuple(pair for _, _, pair in spelt[:MAX_ADDED]),
        )
