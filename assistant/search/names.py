"""The names a question gives, and whether the texts hold them.

Asked "What grades did Norfolk get?" of a library without a Norfolk report, the search still
finds the likeliest passages, and the answer model, which judges whether a sentence answers the
*kind* of question asked, quoted Salford's grades at 0.5 ("When was the Essex inspection?": Luton's
dates): answers about the wrong council, with citations that check out. A name is the question's
most specific word, so two rules use it (README, Answers, step 0c):

- a name the texts never mention means they cannot answer: such a question is not searched;
- a name they mention only in passing (no document is about it) must be in the passage an answer
  quotes (or in its document's name): a sentence from a passage about something else is not quoted.

A *name* is a capitalised word inside the question (not its first word, nor the first after a
full stop or colon; a question typed in capitals or title case names nothing this way); runs of
them are one name ("Square Mile", "Ali Harbi Ali"). A word counts as held when its stemmed form is
in the index's vocabulary or a document's name, after accents are folded ("Celeron" for
"Céleron"); when it is a typing slip or a county-style short form of a word of a file name
("Sunderlnd", "Barnsly", "South Glos", "Notts"), searched then as the file name writes it; or when
it is one edit from a word the texts write capitalised, or shares its first six letters
("Mockingbrd", "Afghan"). A word of an English council's name is never read as another
("Herefordshire" is not Hertfordshire; search/places.py). Words of the calendar ("November",
"Sept") name nothing here, nor does shorthand with "&" ("B&B"); an acronym the documents define ("DCS") is no name: its passages may
write it in full.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from assistant.search.keyword import content_terms
from assistant.search.places import COUNCIL_WORDS

_TOKEN = re.compile(r"[^\W\d_][\w'’&-]*")
_SENTENCE_BREAK = re.compile(r"[.?!:;]\s*$")
_INNER_CAPITALISED = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{2,})")
_FIRST_PERSON = re.compile(r"I['’](?:ve|ll)$")  # "So I've been reading …": no name ("I'm", "I'd" are too short)
_LOWER_SLIP = re.compile(r"(?<![\w@./'’-])[a-z]{7,}(?![\w@/-]|\.\w)")  # a whole word in lower case, seven letters or more
_LOWER_WORD = re.compile(r"(?<![\w@./-])[a-z]{3,}(?![\w@/-]|\.\w)")  # not in web or email addresses ("www.leeds.gov.uk")
CALENDAR_WORDS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
TITLE_CASE_SHARE = 0.8  # of the words after the first capitalised: typed in title case or capitals, naming nothing by case
MIN_LETTERS = 3
COMMON_SHARE = 0.5  # a word in this share of the passages, or of the documents' names, singles nothing out
# A name in at most this share of any one document's passages is mentioned in passing: no document
# is about it, so a passage that does not mention it is about something else. Above it, some
# document is about the name ("Amess" in the press articles) and its passages need not repeat it.
PASSING_SHARE = 0.1
# A word in at least this many passages, and this share of them, is generic: "Dorset Council" is
# not held because "council" is. A small corpus (two articles) has no generic words by this rule.
GENERIC_PASSAGES, GENERIC_SHARE = 20, 0.01
LEAD_IN_CHARS = 400  # text before a passage that still counts as its own when it names what the passage is about


def folded(text: str) -> str:
    """Without accents: "Céleron" and "Celeron" are one name to a person typing."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def asked_names(question: str) -> list[str]:
    """The question's capitalised words and runs of them ("Square Mile"), in order, as typed."""
    tokens = list(_TOKEN.finditer(question))
    if not tokens:
        return []
    capitalised = [t for t in tokens[1:] if t.group(0)[0].isupper()]
    if len(tokens) > 3 and len(capitalised) >= TITLE_CASE_SHARE * (len(tokens) - 1):
        return []
    runs: list[list[str]] = []
    previous_end = None
    for position, token in enumerate(tokens):
        word = token.group(0)
        starts_sentence = position == 0 or bool(_SENTENCE_BREAK.search(question[: token.start()]))
        if not word[0].isupper() or starts_sentence:
            previous_end = None
            continue
        if previous_end is not None and not question[previous_end : token.start()].strip():
            runs[-1].append(word)
        else:
            runs.append([word])
        previous_end = token.end()
    return [" ".join(run) for run in runs]


def _is_subsequence(short: str, long: str) -> bool:
    remaining = iter(long)
    return all(letter in remaining for letter in short)


@dataclass(frozen=True)
class AskedName:
    """A name the question gives: as typed, the terms of its words the texts hold, whether they
    hold the name (NameChecker.names), and those of its terms that single out few passages."""

    text: str
    terms: frozenset[str]
    held: bool
    distinctive: frozenset[str]
    passages: int  # how many passages hold its rarest distinctive term
    in_passing: bool = False  # no document is about it (PASSING_SHARE)
    corrections: tuple[tuple[str, str], ...] = ()  # (as typed, as a document's name writes it)
    words: int = 1  # words long enough to name something


class NameChecker:
    """Which of a question's names the texts hold, from the index's vocabulary (stemmed terms and
    how many passages hold each), its documents' name terms (file name, title, first line) and the
    words its texts write capitalised inside a sentence (their proper nouns, found on first need)."""

    def __init__(
        self,
        vocabulary: Mapping[str, int],
        passages: int,
        document_names: Mapping[str, Iterable[str]],
        document_share: Callable[[str], float] = lambda term: 0.0,
        acronyms: Iterable[str] = (),
        texts: Callable[[], Iterable[str]] = tuple,
    ):
        """``document_names``: document id -> its name terms (the router's: file name, title,
        first line); ``document_share``:
        the largest share of one document's passages holding a term; ``acronyms``: those the
        documents define, which name a role or a thing their passages may write in full ("DCS");
        ``texts``: the documents' texts, read once when a name is neither in the vocabulary nor a
        document's name."""
        self.document_share = document_share
        self.acronyms = frozenset(acronyms)
        self.vocabulary = {folded(term): count for term, count in vocabulary.items()}
        self.passages = max(passages, 1)
        self.names_df: dict[str, int] = {}
        for terms in document_names.values():
            for term in {folded(t) for t in terms}:
                self.names_df[term] = self.names_df.get(term, 0) + 1
        self.documents = max(len(document_names), 1)
        # What a name typed with a slip or shortened may be read as: a word of a file name (the
        # surest name a document has; a PDF's embedded title may say "Microsoft Word - draft").
        self.spelling: dict[str, str] = {}
        for doc_id in document_names:
            for word in re.findall(r"[^\W\d_]+", doc_id.rsplit(".", 1)[0]):
                for term in content_terms(word)[:1]:
                    if not self.is_generic(folded(term)):
                        self.spelling.setdefault(folded(term), word.capitalize())
        self._texts = texts
        self._proper: list[str] | None = None
        self._case_counts: tuple[Counter[str], Counter[str]] | None = None

    def resolve(self, term: str, typed: str = "") -> tuple[str | None, str | None]:
        """The term as the texts hold it (None when they hold it nowhere), and the document name
        to search for it when it was typed with a slip or shortened (else None). ``typed``: the
        word as typed, lower case, for slips the stemmer would hide ("Barnsly" stems to "barnsli")."""
        term, typed = folded(term), folded(typed) or folded(term)
        if term in self.vocabulary or term in self.names_df:
            return term, None
        if typed in COUNCIL_WORDS:
            return None, None  # "Herefordshire" is a council of its own, not a slip for Hertfordshire
        target = self._document_name(typed)
        if target is not None:
            return target, self.spelling[target]
        near = self._near_a_proper_noun(typed)
        if near is not None:
            return near, None  # "Mockingbrd", "Afghan": held as the texts' word, but not rewritten
        return None, None

    def _document_name(self, typed: str) -> str | None:
        """The one file-name word the typed word is a slip for (one edit, same first letter, seven
        letters or more) or a county-style short form of ("Glos", "Notts": the first three
        letters, the rest in order, a final "s"), or a cut-short one ("Peterboro": six letters or
        more, at least 60% of the name's, its first four, the rest in order); None when none or
        several are."""
        from rapidfuzz.distance import OSA

        written = {self.spelling[name].lower(): name for name in self.spelling if name[0] == typed[0]}
        if len(typed) >= 7 and (near := self._one_edit_from_a_file_name(typed)) is not None:
            return near
        if 4 <= len(typed) <= 6 and typed.endswith("s"):
            short = [name for word, name in written.items() if len(word) > len(typed) and word.startswith(typed[:3]) and _is_subsequence(typed, word)]
            if len(short) == 1:
                return short[0]
        if len(typed) >= 6:
            # Cut short or with letters left out ("Peterboro", "Middlesbro"): most of one name's letters, in order.
            short = [
                name for word, name in written.items()
                if len(word) > len(typed) >= 0.6 * len(word) and word.startswith(typed[:4]) and _is_subsequence(typed, word)
            ]
            if len(short) == 1:
                return short[0]
        return None

    def lower_case_slips(self, question: str) -> list[tuple[str, str]]:
        """The question's words typed in lower case with a slip for a council's file-name word
        ("middlesborough", "wolverhamton": one edit, seven letters or more), each with that word as
        the file name writes it. A word the texts hold ("warring") or a council's own name
        ("herefordshire") is no slip. Typed in capitals, such a word is read by :meth:`names`."""
        from assistant.search.places import COUNCIL_WORDS

        slips = []
        for word in dict.fromkeys(_LOWER_SLIP.findall(question)):
            terms = content_terms(word)
            if len(terms) != 1 or folded(word) in COUNCIL_WORDS or folded(terms[0]) in self.vocabulary or folded(terms[0]) in self.names_df:
                continue
            target = self._one_edit_from_a_file_name(folded(word))
            if target is not None and self.spelling[target].lower() in COUNCIL_WORDS:
                slips.append((word, self.spelling[target]))
        return slips

    def _one_edit_from_a_file_name(self, typed: str) -> str | None:
        from rapidfuzz.distance import OSA

        near = [name for name in self.spelling if name[0] == typed[0] and OSA.distance(typed, self.spelling[name].lower()) <= 1]
        return near[0] if len(near) == 1 else None

    def _near_a_proper_noun(self, typed: str) -> str | None:
        """The term of a word the texts write capitalised that is one edit from the typed word
        (same first letter, four letters or more), or shares its first six letters ("Afghan",
        "Ukrainian"); None when there is none."""
        if len(typed) < 4:
            return None
        if self._proper is None:
            found = set()
            for text in self._texts():
                found.update(m.group(1).lower() for m in _INNER_CAPITALISED.finditer(text))
            self._proper = sorted(folded(word) for word in found)
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        choices = [word for word in self._proper if word[0] == typed[0]]
        match = process.extractOne(typed, choices, scorer=OSA.distance, score_cutoff=1)
        word = match[0] if match is not None else next((w for w in choices if len(typed) >= 6 and w[:6] == typed[:6]), None)
        if word is None:
            return None
        terms = content_terms(word)
        return folded(terms[0]) if terms else None

    def written_capitalised(self, word: str) -> bool:
        """Whether the texts write this word capitalised inside a sentence more often than in lower
        case: a proper noun ("leeds", typed in lower case), not a word of a file name that is also
        an everyday one ("engines" of Steam_engine). Counted over the texts on first need."""
        if self._case_counts is None:
            upper: Counter[str] = Counter()
            lower: Counter[str] = Counter()
            for text in self._texts():
                upper.update(word.lower() for word in _INNER_CAPITALISED.findall(text))
                lower.update(_LOWER_WORD.findall(text))
            self._case_counts = (upper, lower)
        upper, lower = self._case_counts
        word = word.lower()
        return upper.get(word, 0) > lower.get(word, 0)

    def _names_something(self, word: str, resolved: list[tuple[str, str | None]]) -> bool:
        """Whether a held word of a longer name can stand for it: not generic, and, in a library, a
        name in the texts too (a document's name, an acronym or a word they write capitalised):
        "Amess" of "Sir Dave Amess", "Essex" of "Essex Constabulary"; not "Amanda" of "Amanda
        Spielman", which the reports hold only after "Lead inspector:". In a small corpus every
        word is rare and people capitalise the texts' lower-case phrases in their own form ("the
        Twelve Month Review", "the Security Minster"), so there any word that is not generic does."""
        if all(self.is_generic(held) for held, _ in resolved):
            return False
        if GENERIC_SHARE * self.passages < GENERIC_PASSAGES:
            return True  # a small corpus: no word is generic, nor is a lower-case one telling
        bare = _bare(word)
        if bare.isupper() or any(held in self.names_df or corrected_to is not None for held, corrected_to in resolved):
            return True  # an acronym ("NHS"), a document's name or a slip for one
        return self.written_capitalised(bare)

    def is_generic(self, term: str) -> bool:
        """A word many passages hold ("Council", "County", "Board"): it cannot stand for a name."""
        return self.vocabulary.get(term, 0) >= max(GENERIC_PASSAGES, GENERIC_SHARE * self.passages)

    def is_distinctive(self, term: str) -> bool:
        """A word that singles out few passages: not generic ("England", "Council": the rule of
        a passage that must mention it would drop answers that need not), in under half of the
        passages and of the documents' names ("Ofsted" names every report)."""
        return (
            not self.is_generic(term)
            and self.vocabulary.get(term, 0) < COMMON_SHARE * self.passages
            and self.names_df.get(term, 0) <= COMMON_SHARE * self.documents
        )

    def names(self, question: str) -> list[AskedName]:
        """The question's names. A name of several words is held when all are, or one that is not
        generic and that the texts hold as a name is ("Sir Dave Amess", "Essex Constabulary": the
        asker's form of a name the texts write otherwise; not "Dorset Council", nor "Prime
        Minister" where "minister" is written in lower case); its terms are those of the words held."""
        found = []
        for text in asked_names(question):
            terms, counted, held_words, corrections = set(), 0, [], []
            kept: list[int] = []  # the words that count, by place: "Croydon's UASC" names Croydon
            for place, word in enumerate(text.split()):
                if folded(word.lower()) in CALENDAR_WORDS or "&" in word:
                    continue  # "November", "Sept": the calendar's; "B&B-type", "A&E": shorthand, no name
                word_terms = [t for t in content_terms(word) if not t.isdigit()]
                if sum(c.isalpha() for c in _bare(word)) < MIN_LETTERS or not word_terms or _FIRST_PERSON.match(word):
                    continue  # "I'm", "I've", "UK", "MPs", "SP's", "The": too short or common to name anything
                if _bare(word) in self.acronyms:
                    continue  # "DCS": the passages may say "director of children's services"
                counted += 1
                kept.append(place)
                typed = re.sub(r"['’]s$", "", word.lower())
                resolved = [self.resolve(term, typed if len(word_terms) == 1 else "") for term in word_terms]
                if any(held is None for held, _ in resolved):
                    continue
                held_words.append((word, resolved))
                terms.update(held for held, _ in resolved)
                if len(word_terms) == 1 and resolved[0][1] is not None:
                    # A slip or a short form of a document's name: searched as the name writes it.
                    corrections.append((re.sub(r"['’]s$", "", word), resolved[0][1]))
            if not counted:
                continue
            # "Dorset Council", "Leicestershire County Council": only the generic words held.
            held = len(held_words) == counted or any(self._names_something(word, resolved) for word, resolved in held_words)
            distinctive = frozenset(t for t in terms if self.is_distinctive(t))
            rarest = min((self.vocabulary.get(t, 0) for t in distinctive), default=0)
            passing = bool(distinctive) and all(self.document_share(t) <= PASSING_SHARE for t in distinctive)
            text = " ".join(text.split()[kept[0] : kept[-1] + 1])  # without shorthand or a month at either end
            found.append(AskedName(text, frozenset(terms), held, distinctive, rarest, passing, tuple(corrections), counted))
        return found


def _bare(word: str) -> str:
    """The word without a possessive, and an acronym without its plural: "MPs" -> "MP"."""
    word = re.sub(r"['’]s$", "", word)
    return word[:-1] if word.endswith("s") and word[:-1].isupper() else word


def absent(names: list[AskedName], *, names_documents: bool = False) -> list[str]:
    """The names the texts never mention, when they make the question one the texts cannot
    answer: a name of two words or more that is not held ("What did Sajid Javid tell MPs?",
    "What did Isabelle Trowler say about Birmingham?"); a one-word name when the question names
    no document (a year alone does not) and gives no other name that singles something out
    ("What grades did Norfolk get?"; not "Does Wokingham know … DIY lessons?", where "DIY" may be
    the asker's word for what a text says otherwise). An acronym singles nothing out here: it
    names a role or a body, not a subject."""
    missing = [name.text for name in names if not name.held]
    if any(name.words >= 2 for name in names if not name.held):
        return missing
    if names_documents or any(name.held and name.distinctive and not all(_bare(word).isupper() for word in name.text.split()) for name in names):
        return []
    return missing


def key_name(names: list[AskedName]) -> AskedName | None:
    """The name a quoted passage must mention: the most specific one the texts hold (its rarest
    distinctive term in the fewest passages), when they mention it only in passing. None when
    that name is one some document is about, or the question gives none."""
    held = [name for name in names if name.held and name.distinctive]
    if not held:
        return None
    key = min(held, key=lambda name: name.passages)
    return key if key.in_passing else None


def corrected(text: str, corrections: Iterable[tuple[str, str]]) -> str:
    """The text with each name typed with a slip or shortened written as its document's name
    writes it ("When were Barnsly's services inspected?" -> "… Barnsley's …")."""
    for typed, written in corrections:
        text = re.sub(rf"(?<!\w){re.escape(typed)}(?!\w)", lambda _: written, text)
    return text


def passage_terms(chunk, document_name_terms: Iterable[str], lead_in: str = "") -> frozenset[str]:
    """What a passage mentions, for :func:`key_name`'s check: its heading's, its text's and its
    lead-in's terms (the text just before it, where a report may name the team or place the
    passage goes on to describe) and its document's name terms (a report's judgement row need not
    repeat the council's name)."""
    terms = content_terms(f"{chunk.heading or ''}\n{lead_in}\n{chunk.text}")
    return frozenset(folded(t) for t in terms) | frozenset(folded(t) for t in document_name_terms)
