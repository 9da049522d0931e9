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
from typing import Callable, Collection, Iterable

from assistant.search.keyword import content_terms
from assistant.search.names import CALENDAR_WORDS
from assistant.search.places import (
    COUNCIL_FIRST_WORDS,
    COUNCIL_IN_LOWER_CASE,
    COUNCIL_NAMES,
    ORGANISATION_WORDS as _ORGANISATION_WORDS,
    PLACE_PREFIXES as _PLACE_PREFIXES,
    council_words,
    councils_in,
)

OPENING_CHARS = 400  # where the first line is looked for
FIRST_LINE_CHARS = 120
MIN_DOCUMENTS = 3  # in a smaller library, every document is in play anyway
_SEPARATORS = re.compile(r"[-_./]+")
_NAMING_WORD = re.compile(r"\b(?:[A-Z][\w'’-]*|\w*\d\w*)")
RARE_DF = 2
MIN_TERMS_LEFT = 3  # a question's words besides those naming its report, for those to be set aside
# ... for a question asking how good something was ("What was Bristol doing well for children in
# 2023?"): there the year says which report even beside two words ("doing well", "children"; kept,
# the model quoted "Inspection dates: 16 to 27 January 2023"), and so does the council's name
# ("Are children safe in Barnsley?": counted, it drew "Staff enjoy working in Barnsley."). Beside
# one alone they are kept, as for any question that says little else: a caution, not a measured
# gain (the templates answered the same with the year left out there too). least_terms_left() picks.
MIN_TERMS_LEFT_HOW_GOOD = 2
# ... by keyword search within the report: "Who led the Ofsted team in Bristol?" has three others, and
# without "Bristol" they matched the licence boilerplate at every report's end ("Information Policy Team")
MIN_TERMS_LEFT_TO_SEARCH = 4


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
        self.file_name_terms = {d: set(content_terms(_SEPARATORS.sub(" ", d.rsplit(".", 1)[0]))) for d in names}
        self.file_terms = set().union(*self.file_name_terms.values()) if names else set()
        # The same words as a council's name is matched against them (places.council_words).
        self._file_name_words = {d: council_words(_SEPARATORS.sub(" ", d)) for d in names}
        self._council_words = {t for t in self.file_terms if sum(t in terms for terms in self.file_name_terms.values()) <= MAX_GROUP} - _CALENDAR_TERMS
        # The documents whose file name holds an English council's name: one council's reports.
        self._council_reports = {d for d, words in self._file_name_words.items() if any(name <= words for name in COUNCIL_NAMES)}
        df: dict[str, int] = {}
        for terms in self.terms.values():
            for term in terms:
                df[term] = df.get(term, 0) + 1
        n = len(self.terms)
        self.df = df
        self.idf = {term: math.log(1 + (n - count + 0.5) / (count + 0.5)) for term, count in df.items()}

    def naming_terms(self, question: str) -> set[str]:
        """The question's terms that can name a document (see the module docstring). A month or a
        day names none: "What happened in June?" is not about the reports whose file names are
        dated June (publication dates, not what they are about)."""
        capitalised = {t for t in content_terms(" ".join(_NAMING_WORD.findall(question))) if t in self.df} - _CALENDAR_TERMS
        # (Not a capitalised word in most documents' names: "What did Ofsted say about redcar care
        # leavers?" named no report by "Ofsted", and "redcar" was not looked at: Redbridge's was quoted.)
        if any(self.df[t] <= self.max_df for t in capitalised):
            return capitalised
        return {t for t in content_terms(question) if t in self.file_terms and self.df[t] <= RARE_DF} - _CALENDAR_TERMS

    def scores(self, question: str) -> dict[str, float]:
        wanted = self.naming_terms(question)
        out = {}
        for doc_id, terms in self.terms.items():
            score = sum(self.idf[t] for t in wanted & terms)
            if score > 0:
                out[doc_id] = score
        return out

    def report_year_words(self, question: str, documents: Collection[str]) -> frozenset[str]:
        """The year closing the question ("… in 2017?", ``WHICH_REPORT``) when every one of
        ``documents``, a council's report or a few, is a report of that year: it says which report,
        not what to find in it. Kept where the question would say little else ("What happened in
        Bradford in 2014?": fewer than ``MIN_TERMS_LEFT`` words besides the council and the year),
        ``MIN_TERMS_LEFT_HOW_GOOD`` when it asks how good something was (``ASKS_HOW_GOOD``: "What was
        Bristol doing well for children in 2023?" quoted the report's "Inspection dates: 16 to 27
        January 2023"), and where the year alone named the documents
        (more than ``MAX_GROUP``: "what did ofsted find about leeds care leavers in 2022?" named
        every report of 2022)."""
        if not documents or len(documents) > MAX_GROUP:
            return frozenset()
        years = {found.group("year") for found in WHICH_REPORT.finditer(question)}
        years = {year for year in years if all(self.report_year_of(d) == year for d in documents)}
        left = len(set(content_terms(question)) - self.naming_words(question, documents) - years)
        if not years or left < least_terms_left(question):
            return frozenset()
        return frozenset(years)

    def report_year_of(self, doc_id: str) -> str | None:
        """The year of the date a file name gives ("ofsted-leeds-09-may-2022.pdf": 2022): a report's
        date. Not a year in a title ("1973_oil_crisis.txt"), which is what the text is about."""
        return self.year_of(doc_id) if self._file_name_words.get(doc_id, frozenset()) & CALENDAR_WORDS else None

    def search_naming_words(self, question: str, documents: Collection[str], report_year: bool = False) -> frozenset[str]:
        """The naming words (:meth:`naming_words`) that keyword search within ``documents`` leaves
        out: those every one of their file names holds ("sunderland" for Sunderland's 2015 and
        2025 reports; not "leeds" and "bristol" when both councils are named: there each tells
        its report's passages from the other's), with ``report_year`` the year closing the
        question when it is theirs (:meth:`report_year_words`), and none when the question would
        keep fewer than ``MIN_TERMS_LEFT_TO_SEARCH`` other words."""
        naming = self.naming_words(question, documents)
        shared = set.intersection(*(self.file_name_terms.get(d, set()) for d in documents)) if documents else set()
        naming = frozenset(naming & shared)
        if report_year:
            naming |= self.report_year_words(question, documents)
        return naming if naming and len(set(content_terms(question)) - naming) >= MIN_TERMS_LEFT_TO_SEARCH else frozenset()

    def naming_words(self, question: str, documents: Collection[str]) -> frozenset[str]:
        """The question's capitalised words that name ``documents`` by their file names (few
        documents' names hold them): they pick the report, not the sentence within it ("Were
        Bristol practitioners overloaded in early 2023?": "bristol"). Left out: a word typed in
        lower case ("What do most online pharmacies do?" names the article *Pharmacy* by its
        topic, which its sentences must still hold); numbers and the calendar ("31 March 2015",
        "since its 2017 inspection": a file name's date is the report's, a question's is often
        what it asks about); a title's words ("Slough Children's Services Trust": the trust is
        what the answer is about); and every word when the question would keep fewer than
        ``least_terms_left`` others ("How did Stoke-on-Trent's services compare?"; two suffice for
        "Are children safe in Barnsley?")."""
        if not documents:
            return frozenset()
        names = set().union(*(self.file_name_terms.get(d, set()) for d in documents))
        written = set(content_terms(" ".join(w for w in _NAMING_WORD.findall(question) if not any(c.isdigit() for c in w))))
        naming = frozenset(t for t in (written & names) - _CALENDAR_TERMS if self.df.get(t, 0) <= self.max_df)
        return naming if len(set(content_terms(question)) - naming) >= least_terms_left(question) else frozenset()

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
        councils = self._named_councils_reports(question, self.terms.keys() if within is None else allowed)
        if councils:
            # Each named council's reports that the scores named (the year picks one), else all of them.
            named = set().union(*(self._dated(reports & named or reports, question) for reports in councils)) | (named - self._council_reports)
        return named if len(named) < len(self.terms) else set()

    def _dated(self, reports: set[str] | frozenset[str], question: str) -> set[str]:
        """Of one council's reports, the one whose file name's year the question asks about, where
        exactly one is ("When did Ofsted inspect Stoke on Trent in 2022?"); else all of them. A
        council named in several words outweighs a year in the scores ("stoke" and "trent" each
        count, and the year is in 17 file names), so its other report stayed named beside it. A
        year measured from ("Has Stoke improved since 2019?") picks nothing."""
        if len(reports) < 2:
            return set(reports)
        asked = {m.group() for m in re.finditer(rf"\b{YEAR}\b", question) if not MEASURED_FROM.search(question[max(0, m.start() - 40) : m.start()])}
        dated = {d for d in reports if self.year_of(d) in asked}
        return dated if len(dated) == 1 else set(reports)

    def _named_councils_reports(self, question: str, allowed: Iterable[str]) -> list[frozenset[str]]:
        """The reports of each English council the question names by a capitalised name. A report
        of another council is not named by a title's words beside them: "How effective was the
        Local Safeguarding Children Board in Bradford?" is about Bradford's report, not the one
        whose title is "Surrey Safeguarding Children Board" (it outscored Bradford's on
        "Safeguarding" and "Board" and took the question away from it). A council's whole name
        typed in lower case counts too ("is the board in hartlepool good?"): the "LSCB" read
        beside its spelt-out name took that question to Surrey's review."""
        if not self._council_reports:
            return []
        found = [
            documents
            for label, documents, _ in self.council_names(question, allowed)
            if any(name <= council_words(label) for name in COUNCIL_NAMES)  # "Surrey Safeguarding Children Board" too
        ]
        allowed = set(allowed)
        for words in councils_in(question):
            reports = frozenset(self.council_reports(words) & allowed)
            if reports and not any(reports <= documents for documents in found):
                found.append(reports)
        return found

    def compared(
        self,
        question: str,
        within: Iterable[str] | None = None,
        unknown: Collection[str] = (),
        proper: Callable[[str], bool] | None = None,
        full_names_only: bool = False,
        name_others: bool = False,
    ) -> list[NamedGroup]:
        """The documents of each thing the question compares, in the order it names them: two or
        more councils joined by "and", "or", "vs", "compared with" ("How do Leeds and Bristol
        compare on care leavers?"), or one council's reports at two dates ("Leeds's care leavers
        in 2015 and 2022"). Empty when it compares nothing: one name, or names not joined ("Did
        Leeds's director come from Bristol?").

        Asked together, the two councils' passages compete and the answer quotes whichever wins
        (Leeds's placement figures and nothing of Bristol); each is answered from its own reports.
        A name is a run of capitalised words ("North East Lincolnshire", "City of London") that
        picks out at most ``MAX_GROUP`` documents; of documents it fits equally, those whose file
        name adds no other distinctive word win ("North Lincolnshire" is not North East's).

        A question typed in lower case ("how do leeds and bristol compare …") names councils by the
        words of their file names that ``proper`` says are proper nouns, when capitals name fewer
        than two and the question holds two such words; ``full_names_only``: only an English
        council's whole name counts in lower case ("kirklees", "brighton and hove"; not "sussex",
        for a question that does not ask to compare). ``unknown``: names the
        question gives that no report is about ("Norfolk" in a library without it); one joined to a
        council is a group with no documents, so the answer can say there is no report on it
        rather than leave it out; ``name_others``: so is a body ("North Yorkshire Police") or a
        longer place ("Sutton Coldfield", "New York") in place of a council, which would otherwise
        be dropped and leave the question to the council its words name.
        """
        if len(self.terms) < MIN_DOCUMENTS:
            return []
        groups = self._compared(question, within, unknown, name_others=name_others)
        if len(groups) < 2 and proper is not None:
            # Places without a report typed in lower case ("norfolk") are names too.
            as_capitals = self._typed_in_lower_case(question, proper) | {t for name in unknown if name.islower() for t in content_terms(name)}
            if as_capitals:
                groups = self._compared(question, within, unknown, as_capitals, full_names_only, name_others)
        return groups

    def _typed_in_lower_case(self, question: str, proper: Callable[[str], bool]) -> set[str]:
        """The terms of the question's lower-case words that name a council ("leeds"): words of
        file names that ``proper`` says are proper nouns. Only words that could name a council are
        looked up ("ofsted" is in every file name)."""
        lower = [w for w in _LOWER_CASE_WORD.findall(question) if content_terms(w) and set(content_terms(w)) <= self._council_words]
        # Each word of "stoke-on-trent" long enough to name something must be a proper noun.
        terms = {t for w in lower if all(proper(part) for part in w.split("-") if len(part) > 3) for t in content_terms(w)}
        # A council's whole name holding such a word counts whole ("city of london": "city" too).
        whole = (set(content_terms(found.group())) for found in COUNCIL_IN_LOWER_CASE.finditer(question))
        return terms | {t for name in whole if name & terms for t in name}

    def _compared(
        self,
        question: str,
        within,
        unknown: Collection[str],
        as_capitals: Collection[str] = frozenset(),
        full_names_only: bool = False,
        name_others: bool = False,
    ) -> list[NamedGroup]:
        allowed = set(within) if within is not None else set(self.terms)
        tokens = [(m.start(), m.end(), m.group(), set(content_terms(m.group()))) for m in _QUESTION_WORD.finditer(question)]
        years = [t for t in tokens if re.fullmatch(YEAR, t[2])]
        found: list[list] = []  # [label, documents, mentions]
        for label, documents, span in self._council_names(question, tokens, allowed, as_capitals, unknown, name_others):
            typed = re.sub(r"['’]s$", "", question[span[0] : span[1]])
            if documents and typed.islower() and council_words(typed) not in COUNCIL_NAMES:
                # "sea", "london", "wight": a word of a file name, not a council's name as people type it
                if full_names_only or typed.split()[0].split("-")[0] not in COUNCIL_FIRST_WORDS:
                    continue
            same = next((g for g in found if g[1] == documents and (documents or g[0] == label)), None)  # places without reports stay apart
            if same is None:
                found.append([label, documents, [span]])
            else:
                same[2].append(span)  # "Leeds" named twice
        groups: list[NamedGroup] = []
        for label, documents, spans in found:
            dated = {t[2]: {d for d in documents if t[2] in self.terms[d]} for t in years}
            dated = {year: docs for year, docs in dated.items() if docs}
            if len(dated) >= 2 and sum(len(docs) for docs in dated.values()) == len(set().union(*dated.values())):
                for year, docs in dated.items():  # one council, two dates
                    marks = tuple((t[0], t[1]) for t in years if t[2] == year)
                    groups.append(NamedGroup(f"{label} {year}", frozenset(docs), marks[0][0], marks, (year,)))
            else:
                narrowed = set().union(*dated.values()) if dated else documents  # "Leeds in 2022"
                groups.append(NamedGroup(label, frozenset(narrowed), spans[0][0], tuple(spans), tuple(dated)))
        if len(groups) < 2 or not any(g.doc_ids for g in groups):
            return []
        mentions = sorted((span, number) for number, g in enumerate(groups) for span in g.mentions)
        for ((_, end), a), ((start, _), b) in zip(mentions, mentions[1:]):
            gap = question[end:start]
            if a != b and (len(gap.split()) > MAX_JOINING_WORDS or not _JOINING.search(gap)):
                return []
        return sorted(groups, key=lambda g: g.first)

    def council_names(
        self, question: str, within: Iterable[str] | None = None, proper: Callable[[str], bool] | None = None
    ) -> list[tuple[str, frozenset[str], tuple[int, int]]]:
        """Each council the question names, as (its words, the documents it picks out, its span);
        with ``proper``, those typed in lower case too ("what about wigan?")."""
        if len(self.terms) < MIN_DOCUMENTS:
            return []
        allowed = set(within) if within is not None else set(self.terms)
        tokens = [(m.start(), m.end(), m.group(), set(content_terms(m.group()))) for m in _QUESTION_WORD.finditer(question)]
        as_capitals = self._typed_in_lower_case(question, proper) if proper is not None else frozenset()
        return [(label, frozenset(docs), span) for label, docs, span in self._council_names(question, tokens, allowed, as_capitals)]

    def _council_names(
        self,
        question: str,
        tokens: list,
        allowed: set[str],
        as_capitals: Collection[str] = frozenset(),
        unknown: Collection[str] = (),
        name_others: bool = False,
    ):
        """A council is a run of capitalised words ("North East Lincolnshire", "City of London")
        holding a word of some file name and picking out at most ``MAX_GROUP`` documents: (its
        words, its documents, its span). ``as_capitals``: terms of words typed in lower case that
        count as capitalised ("leeds"); ``unknown``: runs that name no report but are one of these
        names are kept, with no documents.

        An English council's name never picks out another council's reports: "Somerset" is not
        North Somerset (search/places.py)."""
        found: list[tuple[str, set[str], tuple[int, int]]] = []
        named_by_files = self.file_terms - _CALENDAR_TERMS
        bodies = self._bodies(tokens, as_capitals)
        for run in _capitalised_runs(question, tokens, as_capitals):
            if run[0] == 0 and len(run) > 1 and not (tokens[0][3] & self.df.keys()):
                run = run[1:]  # "Compare Leeds …", "Is Essex …": the question's first word is no name
            text = re.sub(r"['’]s$", "", question[tokens[run[0]][0] : tokens[run[-1]][1]])
            run_span = (tokens[run[0]][0], tokens[run[-1]][1])
            body = next(((a, b) for a, b in bodies if a <= run[-1] and run[0] <= b), None)
            if body is not None:  # "North Yorkshire Police", "Devon and Cornwall Police": a body, not a council
                span = (tokens[body[0]][0], tokens[body[1]][1])
                if name_others and not any(f[2] == span for f in found):
                    found.append((_as_typed_name(question[span[0] : span[1]]), set(), span))
                continue
            if run[0] > 0 and tokens[run[0] - 1][2].lower() in _PLACE_PREFIXES:
                span = (tokens[run[0] - 1][0], tokens[run[-1]][1])  # "New York", "Greater Manchester": another place
                if name_others:
                    found.append((_as_typed_name(question[span[0] : span[1]]), set(), span))
                continue
            if not any(tokens[k][3] & named_by_files for k in run):
                # "Local Safeguarding Children Board": words of titles, not of a council's file name
                if text in unknown:
                    found.append((_as_typed_name(text), set(), run_span))
                continue
            if any(tokens[k][3] and not (tokens[k][3] & self.df.keys()) for k in run):
                if name_others:  # "Sutton Coldfield", "North East Ambulance Service": a longer name than any report's
                    found.append((_as_typed_name(text), set(), run_span))
                continue
            terms = set().union(*(tokens[k][3] for k in run)) - _CALENDAR_TERMS
            if not terms - _SHARED_NAME_WORDS:
                continue  # "East", "West": part of several councils' names
            documents = self._not_anothers(self._fitting(terms, allowed), question[run_span[0] : run_span[1]])
            if not documents and text in unknown:
                found.append((_as_typed_name(text), set(), run_span))  # "Somerset" of a library with North Somerset's
                continue
            if not documents or len(documents) > MAX_GROUP:
                continue
            span = run_span
            if found and found[-1][1] == documents and re.fullmatch(r"\s+and\s+", question[found[-1][2][1] : span[0]]):
                span = (found[-1][2][0], span[1])  # "Brighton and Hove", "Redcar and Cleveland": one name
                found.pop()
            label = re.sub(r"['’]s$", "", question[span[0] : span[1]])
            found.append((label if any(c.isupper() for c in label) else heading_case(label), documents, span))
        return found

    def _bodies(self, tokens: list, as_capitals: Collection[str]) -> list[tuple[int, int]]:
        """The token spans of bodies' names: capitalised words (and "and", "of" between them) before
        a word such as "Police" or "Trust", that word included ("Devon and Cornwall Police")."""

        def named(k: int) -> bool:
            return tokens[k][2][:1].isupper() or (bool(tokens[k][3]) and tokens[k][3] <= as_capitals)

        bodies = []
        for end, token in enumerate(tokens):
            if token[2].lower() not in _ORGANISATION_WORDS or end == 0:
                continue
            start = end
            while start > 0 and (
                named(start - 1)
                # "Avon and Somerset Police"; not "Leeds and North Yorkshire Police", where Leeds is a report's
                or (tokens[start - 1][2].lower() in _BODY_CONNECTORS and start > 1 and named(start - 2) and not tokens[start - 2][3] & self.file_terms)
            ):
                start -= 1
            if start == 0 and not (tokens[0][3] & self.df.keys()):
                start = 1  # "Compare Devon and Cornwall Police …": the opening word is no name
            if start < end:
                bodies.append((start, end))
        return bodies

    def council_reports(self, name_words: frozenset[str]) -> set[str]:
        """The reports of the English council whose name has these words (places.council_words):
        those whose file name holds them all, and not as part of another council's name
        (Somerset's, not North Somerset's)."""
        holding = {d for d, words in self._file_name_words.items() if name_words <= words}
        return self._not_anothers(holding, " ".join(name_words))

    def _not_anothers(self, documents: set[str], name: str) -> set[str]:
        """Of the documents a name fits, those not of another council whose name holds it: a name
        that is a council's own ("Somerset") does not pick out North Somerset's report."""
        words = council_words(name)
        if words not in COUNCIL_NAMES:
            return documents
        return {d for d in documents if not any(words < other <= self._file_name_words.get(d, frozenset()) for other in COUNCIL_NAMES)}

    def year_of(self, doc_id: str) -> str | None:
        """The year a document's file name gives ("ofsted-leeds-09-may-2022.pdf": 2022), if one."""
        years = {t for t in self.file_name_terms.get(doc_id, ()) if re.fullmatch(YEAR, t)}
        return next(iter(years)) if len(years) == 1 else None

    def newest(self, doc_ids: Iterable[str]) -> str | None:
        """Of one council's reports, the one whose file name gives the latest year; None unless
        every one gives a year and the latest is one report's alone."""
        dated = {doc_id: self.year_of(doc_id) for doc_id in doc_ids}
        if not dated or None in dated.values():
            return None
        latest = max(dated.values())
        newest = [doc_id for doc_id, year in dated.items() if year == latest]
        return newest[0] if len(newest) == 1 else None

    def report_of_year(self, doc_ids: Iterable[str], year: str) -> str | None:
        """Of the reports on the council ``doc_ids`` are about (file names alike but for their
        dates), the one whose file name gives ``year``: "And in 2022?" after a question on Leeds's
        2015 report. None unless exactly one fits, and ``doc_ids`` are one council's."""
        found = set()
        for doc_id in doc_ids:
            own = self._undated_terms(doc_id)
            found |= {d for d in self._reports_alike(own) if self.year_of(d) == year}
        councils = {frozenset(self._undated_terms(d)) for d in doc_ids}
        return next(iter(found)) if len(found) == 1 and len(councils) == 1 else None

    def sibling_reports(self, doc_ids: Iterable[str]) -> set[str]:
        """Every report on the one council ``doc_ids`` are about (file names alike but for their
        dates), when each of them is dated; empty when they are about several or are undated."""
        councils = {frozenset(self._undated_terms(d)) for d in doc_ids}
        if len(councils) != 1:
            return set()
        siblings = set(self._reports_alike(next(iter(councils))))
        return siblings if siblings and all(self.year_of(d) for d in siblings) else set()

    def _reports_alike(self, undated_terms) -> list[str]:
        """The reports whose file names, dates aside, are ``undated_terms``: one council's."""
        return [d for d in self.file_name_terms if self._undated_terms(d) == undated_terms]

    def _undated_terms(self, doc_id: str) -> set[str]:
        """A file name's words without its date: what one council's reports share."""
        return {t for t in self.file_name_terms.get(doc_id, set()) - _CALENDAR_TERMS if not t.isdigit()}

    def other_report(self, doc_id: str, which: str) -> str | None:
        """Of the reports on one council (file names alike but for their dates), the one a
        follow-up points to from ``doc_id``: "newer", the newest; "next", the first after it; "older", the latest before it;
        "oldest", the first. None when there is no such other report."""
        own = self._undated_terms(doc_id)
        siblings = self._reports_alike(own)
        dated = sorted((self.year_of(d) or "", d) for d in siblings)
        if len(dated) < 2 or any(not year for year, _ in dated) or len({year for year, _ in dated}) < len(dated):
            return None
        position = [d for _, d in dated].index(doc_id)
        if which == "newer":
            return dated[-1][1] if position < len(dated) - 1 else None
        if which == "oldest":
            return dated[0][1] if position > 0 else None
        if which == "next":  # "the next inspection", "two years later": the one right after it
            return dated[position + 1][1] if position < len(dated) - 1 else None
        return dated[position - 1][1] if position > 0 else None

    def newest_asked(
        self, question: str, proper: Callable[[str], bool] | None = None, within: Iterable[str] | None = None, always: bool = False
    ) -> tuple[str, str, bool] | None:
        """The one council a question names, its newest report, and whether the question asks
        about the latest ("When was Sunderland last inspected?", "Wirral's most recent grade for
        care leavers", "What is Sunderland's current judgement?"); None when it names a year or an
        earlier inspection, or (unless ``always``) does not ask about the latest. Asked of all
        three Sunderland reports, the model quoted the 2015 report's "previous inspection … in
        April 2012"."""
        latest = bool(_ASKS_LATEST.search(question) or (_ASKS_NOW.search(question) and _ASKS_GRADE.search(question)))
        # "Was Havering's latest inspection better or worse than the one before?": the newest report
        # says how it compares; "What was Leeds rated before its latest inspection?" asks another.
        earlier = _ASKS_EARLIER.search(question) and not (latest and _SET_AGAINST_EARLIER.search(question))
        if not (latest or always) or earlier or re.search(rf"\b{YEAR}\b", question):
            return None
        # Typed in capitals, every word is capitalised: read it as typed in lower case.
        councils = self.council_names(question.lower() if question.isupper() else question, within, proper)
        if len(councils) != 1 or len(councils[0][1]) < 2:
            return None
        newest = self.newest(councils[0][1])
        return (councils[0][0], newest, latest) if newest else None

    def _distinctive_file_words(self, doc_id: str) -> set[str]:
        """Words of a file name that few names share, dates left out ("east" of north-east-lincolnshire)."""
        words = self.file_name_terms.get(doc_id, set())
        return {t for t in words if self.df.get(t, 0) <= MAX_GROUP and not any(c.isdigit() for c in t)} - _CALENDAR_TERMS

    def _fitting(self, terms: set[str], allowed: set[str]) -> set[str]:
        """The documents a name's words pick out: those whose file name holds every word of it that
        some file name holds ("West Yorkshire" is no council here: none holds both); of those, the
        ones scoring at least ``share`` of the best on their whole name, and of those, the ones whose
        file name adds the fewest distinctive words of its own ("North Lincolnshire" is not North East's)."""
        in_file_names = terms & self.file_terms
        holding = {d for d in allowed if in_file_names <= self.file_name_terms.get(d, set())}
        scores = {d: sum(self.idf.get(t, 0.0) for t in terms & self.terms[d]) for d in holding}
        if not scores:
            return set()
        best = max(scores.values())
        kept = [d for d, score in scores.items() if score >= self.share * best]
        extra = {d: len(self._distinctive_file_words(d) - terms) for d in kept}
        fewest = min(extra.values())
        return {d for d in kept if extra[d] == fewest}


# A name picks out at most this many reports ("Lincolnshire": two of its own; "Leeds": two); one
# fitting more ("Ofsted", "London") names no one council.
MAX_GROUP = 4
# Words a name shares with others' ("North Lincolnshire", "West Sussex"): alone, they name no council.
_SHARED_NAME_WORDS = frozenset(content_terms("north south east west central upon greater royal borough city county"))
_CALENDAR_TERMS = frozenset(content_terms(" ".join(CALENDAR_WORDS)))
_QUESTION_WORD = re.compile(r"[^\W_][\w'’-]*")
# "leeds", "lambeth's", "stoke-on-trent"; not "Leeds" or "17"
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}(?:-[a-z]+)*(?=(?:['’]s)?(?![\w'’-]))")
YEAR = r"(?:19|20)\d\d"  # a year as report file names and questions give it
# Words before a year that make it one measured from, not asked about: "since 2015", "better than in
# 2015", "compared with 2018" (answers/conversation.py reads follow-ups' years with it too).
MEASURED_FROM = re.compile(r"\b(?:since|after|before|from|until|till|than|with|to|versus|vs)\W+(?:(?:in|the|its|their)\W+)*$", re.IGNORECASE)
# "in 2024", "in its 2020 report", "at the 2015 inspection", "according to the 2019 report", closing
# a question (or a clause): which report, when it is the year of a report the question is about
# (routing has read it). Left in, the answer model preferred the report's "Inspection dates: …
# 2024" line to any finding, and keyword search within the report its passages holding "2024".
# Another year dates what is asked about ("Channel in 2015", "judged inadequate in 2013"), and is kept.
WHICH_REPORT = re.compile(
    r"\s+(?:in|at|during|from|by|according\s+to)\s+(?:(?:the|its|their)\s+)?(?P<year>(?:19|20)\d\d)"
    r"(?:\s+(?:ofsted\s+)?(?:report|inspection|review|visit))?(?=\W*$|,)",
    re.IGNORECASE,
)
# "How well …?", "How effective …?": the lead of a question asking how good something was.
HOW_GOOD_LEAD = r"how\s+(?:well|effective(?:ly)?|good|strong|robust|timely|consistent(?:ly)?|safe(?:ly)?|poor|weak)\b"
# A question asking how good something was ("How well were disabled children supported …?",
# "Was early help effective …?", "What was Bristol doing well …?"): its closing year says which
# report beside fewer words than another question's (MIN_TERMS_LEFT_HOW_GOOD), and the answer
# model reads it in the report's present (answers/topic_questions.py). "Were children safe in Torbay
# in 2018?" is one (read as asked, it quoted "Inspection date: …" or abstained for most reports),
# and so are "protected", "listened to", "high", "quickly", "promptly", "thorough", "stable", "met"
# and "up to date" ("Were assessments thorough in Kent in 2017?"), but only closing what is
# asked: "safe from lead paint", "safe for staff", "safe to close", "a safe house" ask about
# something a report may never mention, and read in the present, a hostile probe's such questions
# quoted the report's verdicts on children's safety.
ASKS_HOW_GOOD = re.compile(
    rf"\b{HOW_GOOD_LEAD}"
    r"|\b(?:well|effective(?:ly)?|good|strong|robust|poor|weak(?:ness|nesses)?|strengths?|adequate(?:ly)?|enough|sufficient(?:ly)?"
    r"|manageable|timely|improv(?:e|es|ed|ing)|inconsistent(?:ly)?|any\s+good|up\s+to\s+scratch|struggl(?:e|es|ed|ing)|overloaded"
    r"|too\s+(?:many|much|high|slow|few)|rated|graded|judged)\b"
    r"|\b(?:safe(?:ly)?|protected|listened\s+to|high|quickly|promptly|thorough|stable|met|up\s+to\s+date)(?=\s*(?:[?!.,;]|$|(?:in|at|during|by|according|when|while|and|or)\b))",
    re.IGNORECASE,
)


def least_terms_left(question: str) -> int:
    """The words a question must keep besides those naming its report (council, closing year) for
    those to be set aside: ``MIN_TERMS_LEFT``, or ``MIN_TERMS_LEFT_HOW_GOOD`` when it asks how good
    something was ("Were children safe in Barnsley?": "children" and "safe" say what to look for)."""
    return MIN_TERMS_LEFT_HOW_GOOD if ASKS_HOW_GOOD.search(question) else MIN_TERMS_LEFT


# The latest of a council's reports: "latest", "most recent(ly)", "newest", "last inspected"; not
# "current" or "now", which questions use of the time of the report asked about ("When did
# Wokingham's current director start?" is answered by its 2016 report of three).
_ASKS_LATEST = re.compile(
    r"\b(?:latest|most\s+recent(?:ly)?|newest|up[\s-]to[\s-]date|last\s+(?:inspect\w*|visit\w*|rated|graded|judged|assessed|ofsted))\b",
    re.IGNORECASE,
)
# "Current" and "now" are said of the time of the report asked about ("When did Wokingham's current
# director start?"), except of a grade: "How is Leeds rated now?" asks the newest report's.
_ASKS_NOW = re.compile(r"\b(?:current(?:ly)?|now|at present|presently|these days|today)\b", re.IGNORECASE)
_ASKS_GRADE = re.compile(r"\b(?:judge?ments?|judged|grades?|graded|ratings?|rated|verdict|effectiveness)\b", re.IGNORECASE)
_SET_AGAINST_EARLIER = re.compile(
    r"\b(?:than|since|compared\s+(?:with|to)|against|from)\s+(?:the|its|their)\s+(?:one\s+)?(?:before|previous|prior|earlier)\b", re.IGNORECASE
)
_ASKS_EARLIER = re.compile(r"\b(?:before|previous(?:ly)?|prior|earlier|first)\b", re.IGNORECASE)
# The words that join names compared ("Leeds and Bristol", "Wigan or Trafford", "Leeds vs Bristol",
# "Leeds, unlike Bristol"); answers/comparison.py cuts them out with the other council's name.
JOINING_WORDS = "and|or|vs|versus|v|against|than|whereas|while|unlike|with"
# What may stand between names compared: those, "compared with", "between 2015 and 2022", "A, B
# and C", "2015 → 2025".
_JOINING = re.compile(rf"\b(?:{JOINING_WORDS}|compared?|comparing|between)\b|[&/→–]|->|,(?!\d)", re.IGNORECASE)
MAX_JOINING_WORDS = 4  # "in Southwark and in Sandwell", "Leeds's care leavers and Bristol's"
# A name holding or followed by one of these is a body's, not a council's ("Kent Police", "the Sutton Trust").
_BODY_CONNECTORS = frozenset({"and", "of"})  # inside a body's name: "Avon and Somerset Constabulary"
_NAME_CONNECTORS = frozenset({"of", "on", "upon"})  # inside a name: "Isle of Wight", "Newcastle upon Tyne"


@dataclass(frozen=True)
class NamedGroup:
    """Documents one name of the question picks out ("Leeds": both Leeds reports; "Leeds 2015": one)."""

    label: str  # the question's own words for it
    doc_ids: frozenset[str]
    first: int  # where the question first names it (characters)
    mentions: tuple[tuple[int, int], ...] = ()  # the spans of the question's words naming only it
    years: tuple[str, ...] = ()  # the years of the question that picked its reports ("Leeds in 2022")


def _as_typed_name(name: str) -> str:
    """A name as typed, written as a heading writes it when typed in lower case, without "the" or a possessive."""
    name = re.sub(r"^(?:the)\s+|['’]s$", "", name, flags=re.IGNORECASE)
    return name if not name.islower() else heading_case(name)


def heading_case(name: str) -> str:
    """A name typed in lower case as a heading writes it: "north east lincolnshire" -> "North East Lincolnshire"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group() if m.group() in _NAME_CONNECTORS | {"and"} else m.group().capitalize(), name)


def _capitalised_runs(question: str, tokens: list, as_capitals: Collection[str] = frozenset()) -> list[list[int]]:
    """Runs of capitalised words written as one name: "North East Lincolnshire", "Isle of Wight"
    (over "of", "on", "upon"), "Stoke-on-Trent"; each a list of token positions, connectors left out.
    A word whose terms are all in ``as_capitals`` counts as capitalised (file-name words, for a
    question typed in lower case)."""

    def capitalised(token) -> bool:
        return token[2][:1].isupper() or (bool(token[3]) and token[3] <= as_capitals)

    runs: list[list[int]] = []
    k = 0
    while k < len(tokens):
        if not capitalised(tokens[k]):
            k += 1
            continue
        run = [k]
        while True:
            j = run[-1] + 1
            if j < len(tokens) and tokens[j][2] in _NAME_CONNECTORS:
                j += 1
            # "Barnsley's MASH", "Leeds MASH": a possessive ends a name, and an acronym joins none.
            if (
                j < len(tokens)
                and capitalised(tokens[j])
                and not re.search(r"['’]s$", tokens[run[-1]][2])
                and not (len(tokens[j][2]) > 1 and tokens[j][2].isupper() and not tokens[run[-1]][2].isupper())
                and re.fullmatch(r"[\s-]+(?:(?:of|on|upon)[\s-]+)?", question[tokens[run[-1]][1] : tokens[j][0]])
            ):
                run.append(j)
            else:
                break
        runs.append(run)
        k = run[-1] + 1
    return runs
