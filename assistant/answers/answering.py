"""Extractive answers: the few retrieved sentences that answer the question, each cited.

Sentences are scored by meaning (cosine to the question) and by the question's content words
they contain, with a nudge for the kind of answer asked for (a date for "when", a number for
"how many"). When the best sentence scores under the threshold, the answer abstains rather
than citing something loosely related.
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Mapping, Sequence

import numpy as np

from assistant.documents.spans import BULLET_GLYPHS, sentence_spans
from assistant.domain import MARKER, NOT_FOUND_TEXT, Answer, Candidate, CitationError, Citation, Explanation, Passage
from assistant.safety import repair_text, strip_escapes
from assistant.search.embedding import Embedder
from assistant.search.keyword import content_terms

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
MIN_WORDS = 4
MAX_QUESTION_CHARS = 2000


@dataclass(frozen=True)
class ScoredSentence:
    passage: Passage
    start: int
    end: int
    text: str
    similarity: float
    overlap: float
    type_fit: float
    score: float


def clean_question(question: str) -> str:
    """What the pipeline reads: escape sequences dropped whole (as the screen shows the question),
    other control characters as spaces, compatibility forms folded (NFKC: full-width "Ｋｅｎｔ" and
    the ligature "ﬁ", which an East Asian keyboard or a PDF copy gives, read as "Kent" and "fi"),
    whitespace collapsed, length capped."""
    folded = unicodedata.normalize("NFKC", _CONTROL.sub(" ", strip_escapes(repair_text(question))))
    return " ".join(folded.split())[:MAX_QUESTION_CHARS]


# What a question asks for, where the kind can be checked: a count or share ("How many ...?",
# "What percentage ...?") needs a number that is not part of a date; a date ("When ...?", "In what
# year ...?") needs a date. "Inspection dates: 11 to 15 September 2023" holds no count. One
# check for both answerers: the v0.1 scorer nudges by it (``answer_type_fit``), the model answerer
# discounts a sentence that cannot hold what is asked.
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_PHRASE = re.compile(
    rf"\b(?:{_DAY}\s*(?:to|-|–|—|and)\s*)?{_DAY}\s+{_MONTH}\b(?:\s+\d{{4}})?"  # 11 to 15 September 2023
    rf"|\b{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?\b"  # September 15, 2023
    rf"|\b(?:1[6-9]|20)\d\d(?:\s*(?:-|–|/|to)\s*(?:\d{{2}}|\d{{4}}))?\b"  # 2023, 2014-15, 2012/13
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"\d|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|dozen|half|halved|third|quarter|doubled|tripled|once|twice|none|no|all|most|majority|minority|"
    r"few|several|many|single|sole|lone|only|any)\b",
    re.IGNORECASE,
)
_ASKS_COUNT = re.compile(
    r"\bhow many\b|\bwhat (number|percentage|proportion|share|fraction|rate|ratio)\b"  # not "how much": "voluminous"
    r"|\bwhat (was|is|were|are) (the|its|their) ([\w'’-]+ ){0,3}(number|percentage|proportion|share|rate|ratio)\b"
    r"|\b(average|median|typical|mean) ([\w'’-]+ ){0,2}?(caseloads?|number|age|size|rate|ratio|cost)\b"  # not "what does it mean"
    r"|\bwhat(?:'s|’s| is| was| are| were) (?:the |its |their )?([\w'’-]+ ){0,4}?(caseloads?|vacancy rates?|turnover rates?)\b"
    r"|\bhow old\b",
    re.IGNORECASE,
)
# "How old was Ali Harbi Ali when …?", "How old are children when …?": a person's age, which a
# count or date does not give ("referred to Prevent seven years on … in 2016" was quoted). "How old
# is the partnership?" asks a thing's age ("developed 12 months ago"), and stays a count.
_NUMBER_WORD = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_ASKS_PERSON_AGE = re.compile(
    r"\b[Hh]ow\s+old\s+(?:was|is|were|are|will|would)\s+(?:"
    r"(?:he|she|they|him|her)\b"
    r"|(?:the |a |an |his |her |their )?(?:child|children|boy|boys|girl|girls|baby|babies|infant|infants|young (?:person|people)|"
    r"victim|victims|perpetrator|man|woman|mother|father|parent|parents|pupil|pupils|student|students|teenager|teenagers|"
    r"kids?|youngsters?|care leavers?|applicants?|sons?|daughters?|brothers?|sisters?)\b"
    r"|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?!['’]\w)(?=\s*(?:\?|$|,|when|at|in|on|during|before|after)\b|\s*\?)"
    r")"
)
_HAS_AGE = re.compile(
    rf"\baged?\s+(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+|between\s+|under\s+|over\s+)?(?:\d|{_NUMBER_WORD}\b)"
    rf"|\b(?:\d{{1,3}}|{_NUMBER_WORD})[- ](?:years?|months?|weeks?)[- ]olds?\b"
    r"|\bages?\s+(?:of|between|from)\b|\bat the age\b"
    r"|\b(?:teen|teenage|teenager|teenagers|adolescen\w*|toddlers?|infants?|newborns?|new-born|babies|baby|minors?)\b"
    rf"|\b(?:was|is|were|are|turned|reached|be|being|been)\s+(?:just\s+|only\s+|nearly\s+|almost\s+|about\s+)?(?:\d{{1,2}}|{_NUMBER_WORD})\b"
    r"(?!\s*(?:%|per\s*cent|percent|times|of\b|days|weeks|months|years|hours|minutes))"
    r"|\b(?:under|over)[- ](?:\d{1,2}s?|the age)\b|\bborn\b|\bbirth\b|\bbirthday\b",
    re.IGNORECASE,
)
# "How long …?" is answered by a count ("26 weeks") or a date ("in post since July 2013").
_ASKS_DURATION = re.compile(r"\bhow long\b", re.IGNORECASE)
# "How much money / funding / did they spend …?" needs an amount ("How much literature …?" does not).
_ASKS_MONEY = re.compile(
    r"\bhow much\b.*\b(money|funding|funds?|funded|spend|spent|spends|pay|paid|pays|costs?|budget|grants?|invest|invested|"
    r"investment|overspend|underspend|worth|salary|fees?|allowance|pounds)\b",
    re.IGNORECASE,
)
_MONEY = re.compile(r"[£$€]|\d|\b(pounds?|dollars?|euros?|million|billion|thousand|hundred)\b", re.IGNORECASE)
_ASKS_DATE = re.compile(
    r"(?:^|[,;:]\s)\W*(?:and\s+)?when\s+(?:exactly\s+)?(did|does|do|was|were|is|are|will|would|has|have|had|can|could|should|might|must)\b"  # not "When violence is used, what ...?"
    r"|\b(what|which) (dates?|years?|months?|days?|weeks?|fortnight)\b|\bin what (year|month)\b|\bon what (date|day)\b"
    r"|\bover (what|which) (period|weeks?|days?|dates?|months?|fortnight)\b"
    r"|\bsince when\b"  # "Since when has the DCS been in post?"
    r"|\b(what|which)(?:'s|’s| was| were| is| are) (the|its|their) ([\w'’-]+ ){0,3}dates?\b",  # "What were the inspection dates …?"
    re.IGNORECASE,
)
_HAS_DATE = re.compile(
    rf"\b{_MONTH}\b|\b(?:1[6-9]|20)\d\d\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
    r"|\b\d{3,4}s\b|\b\d{1,4}\s*(BC|BCE|AD|CE)\b|\b(AD|BC)\s*\d{1,4}\b|\bcentur(y|ies)\b"  # the 1870s, 476 AD, the 19th century
    r"|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


# A person's name: "What was the name of the intervention provider who met Ali?", "What is the name
# of Wiltshire's director of children's services?". Only a sentence that holds a name can answer,
# and reviews often leave people unnamed. Names of teams, services and groups ("What's the name of
# the borough's youth forum?") are often lower case or quoted, so only a person's role counts.
_PERSON_ROLE = (
    r"(?:person|people|man|woman|boy|girl|directors?|heads?|chairs?|chair(?:man|woman|person)|chief executive|executives?|"
    r"officers?|officials?|managers?|councillors?|leaders?|ministers?|mps?|members?|inspectors?|hmi|reviewers?|authors?|"
    r"writers?|novelists?|poets?|artists?|sculptors?|architects?|founders?|presidents?|mayors?|commissioners?|"
    r"secretar(?:y|ies)|teachers?|workers?|advisers?|providers?|judges?|kings?|queens?|emperors?|princes?|princesses?|"
    r"bishops?|priests?|scientists?|doctors?|nurses?|players?|coach|coaches|captains?|governors?|principals?)"
)
# "What was the name of the …?", and "Who is/was the …?" asking who holds a role ("Who is Warwickshire's
# director of children's services?"), not what someone did ("Who was the director reporting to?").
_ASKS_PERSON_NAME = re.compile(
    rf"\bnames?\s+of\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+\s+){{0,4}}?{_PERSON_ROLE}(?![\w-])"
    rf"|^\W*(?:and\s+)?who\s+(?:is|was|are|were)\s+(?:(?:the|a|an|his|her|their|its)\s+|[\w'’-]+['’]s\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_PERSON_ROLE}(?![\w-])(?=\s*(?:\?|$|,|(?:in|at|for|of|during|when|who|that|on)\b))",
    re.IGNORECASE,
)
_ROLE_WORD = re.compile(rf"\b{_PERSON_ROLE}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _roles(text: str) -> frozenset[str]:
    """The roles a text names, singular, an HMI counted as an inspector ("person", "people" name none).
    Cached: a question's roles are asked about once per sentence read."""
    found = {"inspector" if r.lower() == "hmi" else r.lower().rstrip("s") for r in _ROLE_WORD.findall(text)}
    return frozenset(found - {"person", "people", "man", "woman", "boy", "girl"})


def _labels_another_role(label: str, question: str) -> bool:
    """A label ("Lead inspector") naming none of the roles the question names ("director")."""
    asked = _roles(question)
    return bool(asked) and not asked & _roles(label)


# A label line, from a document's front page or a table: "Inspection dates: 11 to 15 September
# 2023", "Lead inspector: Lisa Walsh, His Majesty's Inspector". It answers only what it labels.
_LABEL_LINE = re.compile(r"^\W*([A-Z][\w’'()\- ]{1,40}?)\s*:\s*(\S.*)$", re.DOTALL)
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Professor|Prof|Cllr|Councillor|Baroness|Baron)\.?$")
_OPENING_WORDS = frozenset(
    "the a an in on at this that these those it its he she they we his her their but and however when where while "
    "after before during since although though as if by for from of to with there here our one some all most".split()
)
_NOT_A_NAME = re.compile(rf"^(?:{_MONTH}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE)


_QUOTED_PHRASE = re.compile(r"[‘“][^‘’“”]{1,60}[’”]")
# Words of roles and organisations, which reports write capitalised: "the Chief Executive Officer",
# "the Director of Children and Young People’s Services", "Her Majesty’s Inspectors", "the Lead
# Member". Two of them in a row name a post or a body, not a person (asked "Who was the director
# of children's services in Calderdale …?", such a sentence was quoted for 11 of 120 reports, none
# of which names the director).
_POST_WORDS = frozenset(
    "director directors directorate chief executive executives officer officers assistant deputy interim acting lead "
    "member members mayor cabinet council councils councillor councillors service services children child people "
    "board boards safeguarding local authority authorities independent chair chairs chairman chairwoman head heads "
    "team teams trust strategic corporate partnership partnerships panel hub unit department county city borough "
    "district government secretary minister ministry state office inspector inspectors inspectorate majesty agency "
    "police health social care education family families court courts school schools committee commissioner "
    "national house commons review programme centre adult adults adviser advisers manager managers senior designated "
    "virtual nurse group network forum plan framework policy strategy act clinical commissioning primary hospital "
    "foundation university college academy institute association society charity company limited".split()
)


def _bare(word: str) -> str:
    """A word lower-cased without its possessive: "Medway's" is Medway."""
    return re.sub(r"['’]s$", "", word.lower())


@lru_cache(maxsize=256)
def _question_words(question: str) -> frozenset[str]:
    return frozenset(_bare(w) for w in re.findall(r"[\w'’-]+", question))


def holds_person_name(sentence: str, question: str) -> bool:
    """Whether the sentence names someone the question does not: two capitalised words in a row
    ("Louise Walker") or a title and one ("Mr Jarvis"), leaving out a sentence's opening "The", "In"
    …, month and day names, words of posts and bodies ("Chief Executive"), and the question's own words ("the 'Intervention Provider' (IP)" names
    no one); a label line names only the role it labels."""
    return person_named(sentence, question) is not None


def person_named(sentence: str, question: str) -> str | None:
    """The first person the sentence names that the question does not (holds_person_name), as
    written: "Dan Jarvis", "Mr Jarvis", "Lisa Summers"; None when it names no one else."""
    label = _LABEL_LINE.match(" ".join(sentence.split()))
    if label and _labels_another_role(label.group(1), question):
        return None  # "Lead inspector: Louise Walker" does not name the director of children's services
    asked = _question_words(question)
    # A short phrase in quotes is a name of something else: "their steadfast aim to be ‘One
    # Council’", "the ‘Weapons in Schools’ programme".
    raw = _QUOTED_PHRASE.sub(" ", sentence).split()
    words = [w.strip(".,;:!?()[]\"'‘’“”") for w in raw]
    run: list[str] = []
    for position, word in enumerate(words):
        if position and (raw[position - 1][-1] in ",;:!?)]" or raw[position][0] in "([“‘\""):
            if len(run) >= 2:
                return " ".join(run)
            run = []  # a name is words with nothing between them: not "in Southend (Image: PA )"
        if not run and _HONORIFIC.match(word) and position + 1 < len(words) and _NAME_WORD.match(words[position + 1]):
            if _bare(words[position + 1]) not in asked:
                end = position + 2  # "Sir Jonathan Evans": the honorific and the name words after it
                while end < len(words) and _NAME_WORD.match(words[end]) and raw[end - 1][-1] not in ",;:!?)]" and _bare(words[end]) not in _POST_WORDS:
                    end += 1
                return " ".join(words[position:end])
        is_name = (
            bool(_NAME_WORD.match(word))
            and not _NOT_A_NAME.match(word)
            and _bare(word) not in asked
            and _bare(word) not in _POST_WORDS
            # nor a sentence's opening word that is no name: "The", "In", "Previously" (an adverb)
            and not (position == 0 and (word.lower() in _OPENING_WORDS or word.lower().endswith("ly")))
        )
        # A middle initial inside a name: "Fiona J Millns", "Mary K. Jones".
        initial = bool(run) and len(word) == 1 and word.isupper() and position + 1 < len(words) and bool(_NAME_WORD.match(words[position + 1]))
        if is_name or initial:
            run.append(word)
        elif len(run) >= 2:
            return " ".join(run)
        else:
            run = []
    return " ".join(run) if len(run) >= 2 else None


def asked_kind(question: str) -> str | None:
    """"date", "duration", "money", "age" (a person's), "count" or "name" (a person's) when the
    question asks for one, else None."""
    if _ASKS_DATE.search(question):
        return "date"
    if _ASKS_DURATION.search(question):
        return "duration"
    if _ASKS_MONEY.search(question):
        return "money"
    if _ASKS_PERSON_AGE.search(question):
        return "age"
    if _ASKS_COUNT.search(question):
        return "count"
    if _ASKS_PERSON_NAME.search(question):
        return "name"
    return None


def holds_kind(kind: str, sentence: str, question: str = "") -> bool:
    """Whether the sentence can hold a date (``kind`` "date"), a count that is not part of a date, a
    length of time (either), an amount of money, or a person's name that the question does not hold."""
    if kind == "date":
        return bool(_HAS_DATE.search(sentence))
    if kind == "name":
        return holds_person_name(sentence, question)
    if kind == "money":
        return bool(_MONEY.search(sentence))
    if kind == "age":
        return bool(_HAS_AGE.search(sentence))
    if kind == "duration":
        return bool(_HAS_DATE.search(sentence)) or holds_kind("count", sentence)
    return bool(_COUNT.search(_DATE_PHRASE.sub(" ", sentence)))


_ASKS_WHO = re.compile(
    # "Which two inspectors …", "What senior managers …"; not "What did inspectors find …", which asks what they found
    r"\b(who|whom|whose)\b|\bname\b|\b(which|what)\s+((?!(do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|must)\b)\w+\s+){0,2}"
    r"(person|people|inspectors?|hmi|officers?|officials?|directors?|"
    r"managers?|chairs?|chairman|chairwoman|leaders?|ministers?|members?|mps?|judges?|reviewers?|authors?)\b",
    re.IGNORECASE,
)
_PERSON_WORD = re.compile(r"^(?:[A-Z][\w’'.-]*|of|the|and|to|for),?$")


def names_role(text: str) -> bool:
    """Whether the text names a role ("director", "chair", "HMI"), which a person's label line must match."""
    return bool(_roles(text))


# What a dated label line is about, in a question's words: "Inspection dates: …" answers when the
# inspectors came, "Report published: …" when the report came out.
_LABEL_SUBJECTS = {
    term: frozenset(content_terms(words))
    for term, words in (
        ("inspect", "inspection inspected inspector inspectors Ofsted HMI visit visited fieldwork site"),
        ("publish", "published publication public released issued"),
    )
}
_DATE_LABEL_WORDS = frozenset(content_terms("date dates day days time year month period report"))
# "…, according to Ofsted in 2024", "per Ofsted's 2022 inspection", "In Sandwell's 2022 inspection, …":
# where the answer is said, not what is asked about.
_ATTRIBUTION = re.compile(
    r"\b(?:according to|per|going by|based on|in|from|at the time of|as of|during|by)\s+"
    r"(?:(?:the|its|their|this|that|[\w’'-]+['’]s)\s+)?(?:ofsted['’]?s?\s+)?(?:[\w-]+\s+){0,2}?(?:inspection|report|visit|review)\b"
    r"(?:\s+(?:in|of)\s+\d{4})?"
    r"|\b(?:according to|per|going by)\s+ofsted\b(?:\s+in\s+\d{4})?"
    r"|\bwhen (?:ofsted|(?:the )?inspectors?)\s+(?:visited|came|arrived|inspected|looked|called)\b",
    re.IGNORECASE,
)


# "When did Ofsted publish the Bury inspection report?" asks about publishing: Ofsted and the
# inspection only say which report. Unless the question also asks when it was inspected or visited.
_ASKS_PUBLISHING = re.compile(r"\b(?:publish\w*|publication|released?|issued|came out|come out|made public)\b", re.IGNORECASE)
_ASKS_INSPECTING = re.compile(
    r"\b(?:inspect(?:ed|ing|ors?)?|visit(?:ed|ing|s)?|on site|fieldwork|carried out|took place|take place|happen(?:ed)?)\b", re.IGNORECASE
)


def asks_about_label(label: str, question: str) -> bool:
    """Whether a date question asks about what a dated label line labels: "Inspection dates: …"
    answers "When were inspectors on site?", not "When did the new director start, according to
    Ofsted?" nor "When did Ofsted publish the inspection report?". A label of nothing but dates
    ("Date: …") answers any date question."""
    subjects = set(content_terms(label)) - _DATE_LABEL_WORDS
    if not subjects:
        return True
    publishing = _LABEL_SUBJECTS["publish"] | {"publish"}
    if _ASKS_PUBLISHING.search(question) and not _ASKS_INSPECTING.search(question):
        return bool(subjects & publishing)
    asked = set(content_terms(_ATTRIBUTION.sub(" ", question)))
    return any(asked & (_LABEL_SUBJECTS.get(term, frozenset()) | {term}) for term in subjects)


def _label_line(sentence: str) -> re.Match | None:
    """A short "Label: value" line ("Inspection dates: …", "Lead inspector: …"), if the sentence is one."""
    found = _LABEL_LINE.match(" ".join(sentence.split()))
    return found if found and len(found.group(1).split()) <= 4 and len(found.group(2).split()) <= 14 else None


def is_label_line(sentence: str) -> bool:
    return _label_line(sentence) is not None


# A question about an inspection still to come: "When is Cambridgeshire's next inspection?", "When
# will Wirral be inspected again?", "When is Sunderland due to be inspected?".
ASKS_NEXT_INSPECTION = re.compile(
    r"\b(?:next|upcoming|forthcoming|future)\s+(?:ofsted\s+(?:inspection|visit)|inspection)s?\b"
    r"|\binspected\s+(?:again|next)\b|\b(?:will|shall)\s+(?:[\w'’-]+\s+){0,4}be\s+(?:re-?)?inspected\b"
    r"|\bdue\s+(?:for\s+(?:an?\s+|its\s+|their\s+)?(?:re-?)?inspection|to\s+be\s+(?:re-?)?inspected)\b"
    # "When will Ofsted next visit Bristol?", "When are inspectors coming back to Leeds?"
    r"|\b(?:will|shall|is|are|['’]s|['’]re)\s+(?:ofsted|(?:the\s+)?inspectors?|hmi)\s+(?:next\s+(?:visit|inspect|come|return)\w*|"
    r"(?:visit|inspect)\w*\s+(?:[\w'’-]+\s+){0,3}?again|(?:be\s+)?(?:coming|come)\s+back|returning|return)\b",
    re.IGNORECASE,
)


def label_misfit(kind: str | None, asks_who: bool, sentence: str, question: str = "") -> bool:
    """A label line whose value is a date answers only a question asking a date ("Inspection
    dates: …" does not say how staff retention looked in 2019), and one whose value is a person's
    name only a question asking who, and when the question names a role, only that role ("Lead
    inspector: …" is not the director of children's services)."""
    found = _label_line(sentence)
    if not found:
        return False
    value = found.group(2)
    if _HAS_DATE.search(value) and not re.search(r"[a-z]{3,}", re.sub(r"\bto\b", " ", _DATE_PHRASE.sub(" ", value))):
        return kind != "date" or not asks_about_label(found.group(1), question)
    words = value.split()
    if len(words) >= 2 and not any(ch.isdigit() for ch in value) and all(_PERSON_WORD.match(w) for w in words):
        return not asks_who or _labels_another_role(found.group(1), question)
    return False


def asks_who(question: str) -> bool:
    return bool(_ASKS_WHO.search(question))


def answer_type_fit(question: str, sentence: str) -> float:
    """+1 when a sentence holds the kind of thing asked for, -1 when it cannot, else 0."""
    kind = asked_kind(question)
    if kind is None:
        return 0.0
    return 1.0 if holds_kind(kind, sentence, question) else -1.0


class Answerer:
    def __init__(
        self,
        embedder: Embedder,
        threshold: float = 0.6,
        max_sentences: int = 3,
        margin: float = 0.06,
        weights: tuple[float, float, float] = (0.5, 0.5, 0.08),
        cache_size: int = 20_000,
    ):
        self.embedder = embedder
        self.threshold = threshold
        self.max_sentences = max_sentences
        self.margin = margin
        self.weights = weights
        self._cache: OrderedDict[tuple[str, int, int], np.ndarray] = OrderedDict()
        self._cache_size = cache_size

    def _vectors(self, keys: list[tuple[str, int, int]], texts: list[str]) -> np.ndarray:
        missing = [i for i, key in enumerate(keys) if key not in self._cache]
        if missing:
            fresh = self.embedder.embed([texts[i] for i in missing])
            for i, vector in zip(missing, fresh):
                self._cache[keys[i]] = vector
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return np.stack([self._cache[key] for key in keys]) if keys else np.zeros((0, self.embedder.dimension))

    def score_sentences(
        self,
        question: str,
        query_vector: np.ndarray,
        passages: Sequence[Passage],
        term_weight: Callable[[str], float] | None = None,
        prune_below: float | None = None,
    ) -> list[ScoredSentence]:
        seen: set[tuple[str, int, int]] = set()
        found: list[tuple[Passage, int, int, str]] = []
        for passage in passages:
            chunk = passage.chunk
            for start, end in sentence_spans(chunk.text):
                key = (chunk.doc_id, chunk.start + start, chunk.start + end)
                text = chunk.text[start:end]
                if key in seen or len(text.split()) < MIN_WORDS:
                    continue
                seen.add(key)
                found.append((passage, key[1], key[2], text))
        if not found:
            return []
        question_terms = set(content_terms(question))
        weight = term_weight or (lambda term: 1.0)
        weights = {t: weight(t) for t in question_terms}
        total_weight = sum(weights.values())
        w_sim, w_overlap, w_type = self.weights
        lexical = []
        for passage, start, end, text in found:
            terms = set(content_terms(text))
            overlap = sum(weights[t] for t in question_terms & terms) / total_weight if total_weight else 0.0
            fit = answer_type_fit(question, text)
            # Cosine is at most 1, so a sentence under the bound below can never be chosen:
            # skipping its embedding changes no answer and saves most of the answer's time.
            if prune_below is None or w_sim + w_overlap * overlap + w_type * fit >= prune_below:
                lexical.append((passage, start, end, text, overlap, fit))
        if not lexical:
            return []
        keys = [(p.chunk.doc_id, s, e) for p, s, e, *_ in lexical]
        vectors = self._vectors(keys, [item[3] for item in lexical])
        similarities = vectors @ np.asarray(query_vector, dtype=np.float32).reshape(-1)
        scored = [
            ScoredSentence(passage, start, end, text, float(similarity), overlap, fit, w_sim * float(similarity) + w_overlap * overlap + w_type * fit)
            for (passage, start, end, text, overlap, fit), similarity in zip(lexical, similarities)
        ]
        scored.sort(key=lambda s: (-s.score, s.passage.rank, s.start))
        return scored

    def select(self, scored: list[ScoredSentence]) -> list[ScoredSentence]:
        """The best sentence, and up to a few more scoring within the margin of it."""
        margin = self.margin
        if not scored or scored[0].score < self.threshold:
            return []
        best = scored[0].score
        chosen = [scored[0]]
        for candidate in scored[1:]:
            if len(chosen) >= self.max_sentences:
                break
            if candidate.score < max(self.threshold, best - margin):
                break
            if any(c.passage.chunk.doc_id == candidate.passage.chunk.doc_id and c.start < candidate.end and candidate.start < c.end for c in chosen):
                continue
            if any(" ".join(c.text.split()) == " ".join(candidate.text.split()) for c in chosen):
                continue
            chosen.append(candidate)
        return chosen

    def compose(
        self,
        question: str,
        query_vector: np.ndarray,
        passages: Sequence[Passage],
        titles: Mapping[str, str],
        timings: dict[str, float] | None = None,
        locate: Callable[[str, int], object] | None = None,
        term_weight: Callable[[str], float] | None = None,
    ) -> Answer:
        cleaned = clean_question(question)
        scored = self.score_sentences(cleaned, query_vector, passages, term_weight, prune_below=self.threshold)
        chosen = self.select(scored)
        explanation = Explanation(
            passages=tuple(passages),
            candidates=tuple(
                Candidate(s.passage.chunk.doc_id, s.start, s.end, s.text, s.score, s.overlap, s.passage.rank) for s in scored
            ),
            threshold=self.threshold,
            decision="answered" if chosen else "abstained",
            considered=len(scored),
            answerer="scorer",
        )
        if not chosen:
            return Answer(question, NOT_FOUND_TEXT, True, (), tuple(passages), timings or {}, explanation)
        citations, parts = [], []
        for n, sentence in enumerate(chosen, 1):
            citations.append(cite(n, sentence.passage, sentence.start, sentence.end, sentence.text, sentence.score, titles, locate))
            parts.append(f"{' '.join(citations[-1].text.split())} [{n}]")
        return Answer(question, " ".join(parts), False, tuple(citations), tuple(passages), timings or {}, explanation)


_LEADING_BULLET = re.compile(rf"(?:[{BULLET_GLYPHS}]\s*)+")


def cite(
    n: int,
    passage: Passage,
    start: int,
    end: int,
    text: str,
    score: float,
    titles: Mapping[str, str],
    locate: Callable[[str, int], object] | None,
) -> Citation:
    """Citation ``[n]`` of a quoted span, located (page, paragraph, section) in its document. A
    list bullet the span opens with (a symbol font's private-use glyph, U+F06E, U+F02D, U+F0A7,
    or ◼ •) is left out of the quote: on screen it was a box or a blank."""
    chunk = passage.chunk
    bullet = _LEADING_BULLET.match(text)
    if bullet and bullet.end() < len(text):
        start, text = start + bullet.end(), text[bullet.end() :]
    location = locate(chunk.doc_id, start) if locate else None
    ending = locate(chunk.doc_id, max(start, end - 1)) if locate and location is not None else None
    end_page = ending.page if ending is not None and ending.page != location.page else None
    return Citation(
        n=n,
        source=chunk.doc_id,
        start=start,
        end=end,
        text=text,
        score=score,
        title=titles.get(chunk.doc_id, ""),
        heading=location.heading if location else chunk.heading,
        paragraph=location.paragraph if location else None,
        paragraph_index=location.paragraph_index if location else chunk.paragraph,
        page=location.page if location else None,
        page_index=location.page_index if location else None,
        chunk_id=chunk.id,
        end_page=end_page,
    )


def citation_problems(answer: Answer, source_text: Callable[[str], str | None]) -> list[str]:
    """Everything wrong with an answer's citations; empty when every one checks out."""
    problems = []
    numbers = [c.n for c in answer.citations]
    if len(set(numbers)) != len(numbers):
        problems.append("citation numbers repeat")
    markers = {int(m) for m in MARKER.findall(answer.text)}
    for missing in sorted(markers - set(numbers)):
        problems.append(f"marker [{missing}] points to no listed passage")
    for unused in sorted(set(numbers) - markers):
        problems.append(f"citation [{unused}] is not referred to in the answer")
    if answer.abstained and answer.citations:
        problems.append("an abstention carries citations")
    for citation in answer.citations:
        text = source_text(citation.source)
        if text is None:
            problems.append(f"[{citation.n}] cites unknown source {citation.source}")
        elif not (0 <= citation.start < citation.end <= len(text)):
            problems.append(f"[{citation.n}] span {citation.start}:{citation.end} lies outside {citation.source}")
        elif text[citation.start : citation.end] != citation.text:
            problems.append(f"[{citation.n}] quoted text differs from {citation.source} at {citation.start}:{citation.end}")
    return problems


def verify_citations(answer: Answer, source_text: Callable[[str], str | None]) -> None:
    problems = citation_problems(answer, source_text)
    if problems:
        raise CitationError("; ".join(problems))
