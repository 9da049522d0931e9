"""Which documents a question names: the council, the inquiry, the year in a file name or title.

In a library of a hundred similar reports, "How did inspectors rate Barnsley's care leavers?"
is about one document, and its passages compete with ninety-nine others that say much the
same about other councils. A document's *name* is what identifies it: its file name, its title
and its first line (where a review usually states whom it is about). A question term that occurs
in few documents' names (weighted by inverse document frequency over names) names them;
terms every name shares ("inspection", "children") weigh nothing. Only words that can name
something count: capitalised words and numbers ("Barnsley", "2016"), or, when none of those is in any name, a
word of a file name that occurs in the names of at most two documents (a council typed in
lower case); "young people" in one
report's opening lines must not pull the question there.
"""

from __future__ import annotations

import math
import re
from typing import Iterable

from assistant.search.keyword import content_terms

OPENING_CHARS = 400  # where the first line is looked for
FIRST_LINE_CHARS = 120
MIN_DOCUMENTS = 3  # in a smaller library, every document is in play anyway
_SEPARATORS = re.compile(r"[-_./]+")
_NAMING_WORD = re.compile(r"\b(?:[A-Z][\w'’-]*|\w*\d\w*)")
RARE_DF = 2


def name_text(doc_id: str, title: str, text: str) -> str:
    """What identifies a document: file name (separators as spaces), title, first line.

    Only the first line of the text: further opening lines name other things too (places,
    people, programmes), and routing on them sent SQuAD questions to the wrong article
    (tune half, recall@5 0.875 with titles and file names, 0.820 with 400 opening characters;
    the Ofsted set unchanged)."""
    stem = doc_id.rsplit(".", 1)[0]
    first_line = next((line.strip() for line in text[:OPENING_CHARS].splitlines() if line.strip()), "")
    return f"{_SEPARATORS.sub(' ', stem)} {title} {first_line[:FIRST_LINE_CHARS]}"


class DocumentRouter:
    def __init__(self, names: dict[str, str], share: float = 0.75, max_df_share: float = 0.3):
        """``names``: document id -> its name text. A document is named when its score is at
        least ``share`` of the best one, and the best one holds a term found in the names of at
        most ``max_df_share`` of the documents (one, in a small library)."""
        self.share = share
        self.max_df = max(2, int(max_df_share * len(names)))
        self.terms = {doc_id: set(content_terms(text)) for doc_id, text in names.items()}
        # Words of the file names themselves: the only names trusted when typed in lower case.
        self.file_terms = set().union(*(content_terms(_SEPARATORS.sub(" ", d.rsplit(".", 1)[0])) for d in names)) if names else set()
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
        return {t for t in content_terms(question) if t in self.file_terms and self.df[t] <= RARE_DF}

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
        top_terms = {t for d, s in scores.items() if s == best for t in wanted & self.terms[d]}
        if min((self.df[t] for t in top_terms), default=len(self.terms)) > self.max_df:
            return set()
        named = {d for d, s in scores.items() if s >= self.share * best}
        return named if len(named) < len(self.terms) else set()
