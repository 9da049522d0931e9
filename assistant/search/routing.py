"""Which documents a question names: the council, the inquiry, the year in a file name or title.

In a library of a hundred similar reports, "How did inspectors rate Barnsley's care leavers?"
is about one document, and its passages compete with ninety-nine others that say much the
same about other councils. A document's *name* is what identifies it: its file name, its title
and its opening lines (where reviews state whom they are about). A question term that occurs
in few documents' names (weighted by inverse document frequency over names) names them;
terms every name shares ("inspection", "children") weigh nothing. Only words that can name
something count: capitalised words and numbers ("Barnsley", "2016"), or, when none of those is in any name, a
word that occurs in the names of at most two documents (a council typed in lower case); "young people" in one
report's opening lines must not pull the question there.
"""

from __future__ import annotations

import math
import re
from typing import Iterable

from assistant.search.keyword import content_terms

OPENING_CHARS = 400  # the opening lines that state whom a review is about
MIN_DOCUMENTS = 3  # in a smaller library, every document is in play anyway
_SEPARATORS = re.compile(r"[-_./]+")
_NAMING_WORD = re.compile(r"\b(?:[A-Z][\w'’-]*|\w*\d\w*)")
RARE_DF = 2


def name_text(doc_id: str, title: str, text: str) -> str:
    """What identifies a document: file name (separators as spaces), title, opening lines."""
    stem = doc_id.rsplit(".", 1)[0]
    return f"{_SEPARATORS.sub(' ', stem)} {title} {text[:OPENING_CHARS]}"


class DocumentRouter:
    def __init__(self, names: dict[str, str], share: float = 0.75, min_idf: float = 1.5):
        """``names``: document id -> its name text. A document is named when its score is at
        least ``share`` of the best one, and the best one holds a term rarer than ``min_idf``."""
        self.share = share
        self.min_idf = min_idf
        self.terms = {doc_id: set(content_terms(text)) for doc_id, text in names.items()}
        df: dict[str, int] = {}
        for terms in self.terms.values():
            for term in terms:
                df[term] = df.get(term, 0) + 1
        n = len(self.terms)
        self.df = df
        self.idf = {term: math.log(1 + (n - count + 0.5) / (count + 0.5)) for term, count in df.items()}

    def naming_terms(self, question: str) -> set[str]:
        """The question's terms that can name a document (see the module docstring)."""
        capitalised = {t for t in content_terms(" ".join(_NAMING_WORD.findall(question))) if t in self.df}
        if capitalised:
            return capitalised
        return {t for t in content_terms(question) if t in self.df and self.df[t] <= RARE_DF}

    def scores(self, question: str) -> dict[str, float]:
        wanted = self.naming_terms(question)
        out = {}
        for doc_id, terms in self.terms.items():
            score = sum(self.idf[t] for t in wanted & terms)
            if score > 0:
                out[doc_id] = score
        return out

    def named(self, question: str, within: Iterable[str] | None = None) -> set[str]:
        """The documents the question names (empty when it names none, or all would be named)."""
        if len(self.terms) < MIN_DOCUMENTS:
            return set()
        scores = self.scores(question)
        if within is not None:
            allowed = set(within)
            scores = {d: s for d, s in scores.items() if d in allowed}
        if not scores:
            return set()
        best = max(scores.values())
        wanted = self.naming_terms(question)
        rarest = max((self.idf[t] for terms in (self.terms[d] for d, s in scores.items() if s == best) for t in wanted & terms), default=0.0)
        if rarest < self.min_idf:
            return set()
        named = {d for d, s in scores.items() if s >= self.share * best}
        return named if len(named) < len(self.terms) else set()
