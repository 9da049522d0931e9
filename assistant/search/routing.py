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
from dataclasses import dataclass
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

    def compared(self, question: str, within: Iterable[str] | None = None) -> list[NamedGroup]:
        """The documents of each thing the question compares, in the order it names them: two or
        more councils joined by "and", "or", "vs", "compared with" ("How do Leeds and Bristol
        compare on care leavers?"), or one council's reports at two dates ("Leeds's care leavers
        in 2015 and 2022"). Empty when it compares nothing: one name, or names not joined ("Did
        Leeds's director come from Bristol?").

        Asked together, the two councils' passages compete and the answer quotes whichever wins
        (Leeds's placement figures and nothing of Bristol); each is answered from its own reports.
        """
        if len(self.terms) < MIN_DOCUMENTS:
            return []
        allowed = set(within) if within is not None else set(self.terms)
        wanted = self.naming_terms(question)
        seeds = {
            term: {d for d in allowed if term in self.terms.get(d, ())}
            for term in wanted
            if not any(ch.isdigit() for ch in term) and self.df[term] <= SEED_DF and term not in _SHARED_NAME_WORDS | _CALENDAR_TERMS
        }
        found: list[tuple[set[str], set[str]]] = []  # (the question's words for it, its documents)
        for words, documents in _groups_of_seeds({t: d for t, d in seeds.items() if d}):
            scores = {d: sum(self.idf[t] for t in wanted & self.terms[d]) for d in documents}
            best = max(scores.values())
            kept = {d for d, score in scores.items() if score >= self.share * best}
            narrowing = {t for t in wanted - words if all(t in self.terms[d] for d in kept) and not t.isdigit()}
            years = sorted(t for t in wanted if re.fullmatch(r"(19|20)\d\d", t))
            by_year = {y: {d for d in kept if y in self.terms[d]} for y in years}
            by_year = {y: docs for y, docs in by_year.items() if docs}
            if len(by_year) >= 2 and all(not (a & b) for a in by_year.values() for b in by_year.values() if a is not b):
                found.extend((words | narrowing | {y}, docs) for y, docs in by_year.items())  # one council, two dates
            else:
                found.append((words | narrowing, kept))
        if len(found) < 2:
            return []
        tokens = [(m.start(), m.end(), m.group(), set(content_terms(m.group()))) for m in _QUESTION_WORD.finditer(question)]
        groups, mentions = [], []  # mentions: (position, end, group number)
        for number, (words, documents) in enumerate(found):
            own = words - set().union(*(w for k, (w, _) in enumerate(found) if k != number))  # "2015", not "Leeds"
            own_tokens = [t for t in tokens if t[3] & own]
            if not own_tokens or not any(t[2][:1].isupper() for t in tokens if t[3] & words):
                return []  # a name written as one ("Leeds"), not words of a file name typed in lower case
            runs = [_name_run(question, tokens, words, t) for t in own_tokens]
            spans = tuple(sorted({span for _, span in runs}))
            year = own_tokens[0][2] if own_tokens[0][2].isdigit() else ""
            name = runs[0][0] or next((run for run in (_name_run(question, tokens, words, t) for t in tokens) if run[0]), ("", None))[0]
            groups.append(NamedGroup(" ".join(p for p in (name, year) if p), frozenset(documents), spans[0][0], spans))
            mentions.extend((t[0], t[1], number) for t in own_tokens)
        mentions.sort()
        for (_, end, a), (start, _, b) in zip(mentions, mentions[1:]):
            gap = question[end:start]
            if a != b and (len(gap.split()) > MAX_JOINING_WORDS or not _JOINING.search(gap)):
                return []
        return sorted(groups, key=lambda g: g.first)


# A council's own word is in the names of at most this many reports ("Lincolnshire": four, with
# North and North East Lincolnshire); commoner naming words only narrow a group ("City", "2022").
SEED_DF = 4
# Words a name shares with names of other places: they narrow a group, never found one.
_SHARED_NAME_WORDS = frozenset(content_terms("north south east west central upon greater royal borough city county"))
_CALENDAR_TERMS = frozenset(
    content_terms("january february march april may june july august september october november december")
)
_QUESTION_WORD = re.compile(r"[^\W_][\w'’-]*")
# What joins names that are compared: "Leeds and Bristol", "Wigan or Trafford", "Leeds vs Bristol",
# "Leeds compared with Bristol", "A, B and C", "between 2015 and 2022".
_JOINING = re.compile(r"\b(and|or|vs|versus|v|compared?|comparing|against|than|whereas|while|between|with)\b|[&/]|,(?!\d)", re.IGNORECASE)
MAX_JOINING_WORDS = 4  # "in Southwark and in Sandwell", "Leeds's care leavers and Bristol's"
_NAME_CONNECTORS = frozenset({"of", "on", "upon"})  # inside a name: "Isle of Wight", "Newcastle upon Tyne"


@dataclass(frozen=True)
class NamedGroup:
    """Documents one name of the question picks out ("Leeds": both Leeds reports; "Leeds 2015": one)."""

    label: str  # the question's own words for it
    doc_ids: frozenset[str]
    first: int  # where the question first names it (characters)
    mentions: tuple[tuple[int, int], ...] = ()  # the spans of the question's words naming only it


def _groups_of_seeds(seeds: dict[str, set[str]]) -> list[tuple[set[str], set[str]]]:
    """Seed words whose documents overlap name one thing ("Tower", "Hamlets"): (words, documents)."""
    groups: list[tuple[set[str], set[str]]] = []
    for term, docs in seeds.items():
        joined = [g for g in groups if g[1] & docs]
        words, documents = {term}, set(docs)
        for g in joined:
            words |= g[0]
            documents |= g[1]
            groups.remove(g)
        groups.append((words, documents))
    return groups


def _name_run(question: str, tokens: list, words: set[str], token: tuple) -> tuple[str, tuple[int, int]]:
    """The run of capitalised words naming a group around one of its words ("Isle of Wight", "North
    Lincolnshire") and its span; a year is its own span, with no name."""
    at = tokens.index(token)

    def part(k: int) -> bool:
        return 0 <= k < len(tokens) and bool(tokens[k][3] & words) and tokens[k][2][:1].isupper()

    def continues(k: int, step: int) -> int | None:
        """The token after (or before) ``k`` that carries the name on, over "of" / "on" / "upon"."""
        j = k + step
        if 0 <= j < len(tokens) and tokens[j][2] in _NAME_CONNECTORS:
            j += step
        if not part(j):
            return None
        a, b = sorted((k, j))
        return j if re.fullmatch(r"[\s-]+(?:(?:of|on|upon)[\s-]+)?", question[tokens[a][1] : tokens[b][0]]) else None

    if not part(at):
        return "", (token[0], token[1])
    start = end = at
    while (j := continues(start, -1)) is not None:
        start = j
    while (j := continues(end, 1)) is not None:
        end = j
    return re.sub(r"['’]s$", "", question[tokens[start][0] : tokens[end][1]]), (tokens[start][0], tokens[end][1])
