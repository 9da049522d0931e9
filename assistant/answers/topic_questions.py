"""Questions that ask what the documents say about a topic, read by the answer model as asking
what the topic is like.

Staff ask "What did Ofsted say about Cambridgeshire's out-of-hours service?" or "What did the
review find about record keeping?": the sayer is the document's author, so the question asks what
the topic is like, and any sentence the document states about it answers. The answer model was
trained on questions that ask for a fact; it reads "what did X say" as asking for a statement
attributed to someone, and scores the sentence about the out-of-hours service 0.02 (under the
threshold: the question abstained, and so did its follow-ups). Read as "What is Cambridgeshire's
out-of-hours service like?" the same sentence scores 0.26.

Only the author's saying is read so: "What do care leavers say about their advisers?" asks what
the care leavers told inspectors, which the report states as theirs ("Care leavers told
inspectors that …"), and is read as asked.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.answers.answering import asked_kind
from assistant.search.keyword import content_terms
from assistant.search.routing import ASKS_HOW_GOOD, HOW_GOOD_LEAD, WHICH_REPORT, YEAR

# Who writes the documents: the inspectorate, its inspectors, the report, review or inquiry itself
# ("the 2015 report", "the 2021 Milton Keynes inspection", "Ofsted's report"), a press article, or
# "it" (a thing that says is a text). Not "they", "he", "she" or a person named in the text: there
# the saying is the text's subject; nor "the previous inspection" ("What had the previous inspection
# concluded about the council?"), which the report quotes as another's.
_AUTHOR = (
    r"(?:ofsted|it|hmi|(?:the\s+)?(?:ofsted\s+|lead\s+)?inspectors?|(?:the\s+)?reviewers?|the\s+inspection\s+team|(?:the|ofsted['’]s|its)\s+"
    r"(?!(?:[\w'’-]+\s+){0,4}?(?:previous|prior|earlier|last|first|other|old)\b)(?:[\w'’-]+\s+){0,4}?"
    r"(?:report|(?:re-?)?inspection|review|inquiry|article|panel|visit|authors?|press|coverage))"
)
_SAYS = (
    r"(?:say|said|says|find|found|finds|note|noted|notes|conclude|concluded|concludes|report|reported|reports|"
    r"think|thought|thinks|make|made|makes|write|wrote|writes|comment|commented|comments|observe|observed|observes|"
    r"highlight|highlighted|highlights|(?:have|has|had)\s+to\s+say)"
)
# ... or said with no sayer, which can only be the document: "What was said about personal
# education plans?", "What is written about the front door?".
_SAID = r"(?:is|was|were|are|has\s+been|had\s+been)\s+(?:said|written|noted|found|reported|highlighted|mentioned|concluded)"
# What may come before: "and", "so", or what a chat puts first as a heading ("Wokingham 2019 - what
# was said about …?", "Leeds: what did Ofsted say about …?"), kept as typed.
_LEAD = r"\W*(?:[^?\s][^?]{0,60}?\s+[-–—:]\s+|[^?\s][^?]{0,60}?:\s+)?(?:(?:and|so|but|then)\s+)?"
_ASKS_WHAT_IT_SAYS = re.compile(
    rf"^(?P<lead>{_LEAD})what\s+(?:(?:did|does|do|has|have|had|was|were)\s+{_AUTHOR}\s+{_SAYS}|{_SAID})\s+"
    r"(?:in\s+(?:19|20)\d\d\s+)?"
    r"(?:of|about|on|regarding|concerning|in\s+relation\s+to|at|within)\s+(?P<topic>[^?]+?)(?P<rest>,?\s+and\s+(?:who|what|when|where|"
    r"which|why|how|whether|since|did|does|do|is|are|was|were|has|have)\b[^?]*)?(?P<end>\?|$)",
    re.IGNORECASE,
)
# A topic measured against another inspection ("the services since the last inspection in 2019")
# asks what changed, which the report states against that one: read as asked.
_ANOTHER_INSPECTION = re.compile(r"\b(?:since|previous|prior|earlier|last|before)\b", re.IGNORECASE)
# A topic that is a name alone ("the IP", "David Amess", "Southport", "Channel"): "What is the IP
# like?" asks for a description of the person, and lost what the article says the IP did.
# (Words apart by spaces, one way only: "(?:[A-Z]\w*\s*)+" split "AAAA…A!" every way and took
# seconds a question.)
_NAME_ALONE = re.compile(r"^(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")
_CLAUSE = re.compile(r"^(?:how|why|what|whether|when|where|who|which|if)\b", re.IGNORECASE)


def topic_asked(question: str) -> str | None:
    """The topic of a question asking what the documents say about it ("record keeping" of
    "What did the review say about record keeping?"), or None."""
    found = _ASKS_WHAT_IT_SAYS.match(question.strip())
    return found.group("topic").strip() if found else None


def as_topic_question(question: str, report_years: Collection[str] = ()) -> str:
    """``question`` with each of its parts that asks what the documents say about a topic read as
    asking what the topic is like ("What did Ofsted say about X in 2024? Had they done anything
    about it?" -> "What is X like? Had they …", 2024 being one of ``report_years``, the years of the
    reports the question is about); the other parts, and any other question, as asked. A topic
    that is itself a question ("how quickly Ali was exited") is asked as one."""
    parts = re.split(r"(?<=\?)\s+", question.strip())
    return " ".join(_reworded(part, frozenset(report_years)) for part in parts)


def without_report_year(question: str, report_years: Collection[str], present: bool = True) -> str:
    """``question`` without a closing "in 2014" that is the year of a report it is about ("How
    well did Bradford tackle child sexual exploitation in 2014?"): that year picks the report, and
    the answer model, reading it, wants a sentence about 2014 (there: best sentence 0.14 without
    the year, 0.04 with it, under the threshold). Any other year is kept. With ``present``, the part
    that closed with the year is asked in the present tense (:func:`in_the_reports_present`)."""
    years = frozenset(report_years)
    if not years:
        return question
    left = WHICH_REPORT.sub(lambda found: "" if found.group("year") in years else found.group(), question)
    if left == question:
        return left
    # "Did children in care in York have a say, according to the 2017 report?": no comma left before "?"
    left = re.sub(r",(\s*[?.!]*\s*)$", r"\1", left)
    if not present:
        return left
    # The part whose closing year was left out asks about the time the report describes.
    return _last_part_in_the_reports_present(left)


def _last_part_in_the_reports_present(question: str) -> str:
    """``question`` with its last part (after any earlier "…?") read by :func:`in_the_reports_present`."""
    *before, last = re.split(r"(?<=\?)\s+", question)
    return " ".join([*before, in_the_reports_present(last)])


_ANY_YEAR = re.compile(rf"\b{YEAR}\b")


def in_a_named_reports_present(question: str, report_years: Collection[str]) -> str:
    """``question``, naming dated reports (``report_years``, their years) and no year at all ("Were
    children safe in Leeds?"), with its last part read in the present tense when it asks how good
    something was (:func:`in_the_reports_present`): it asks about the time its report describes,
    as the same question closing with the report's year does. Read "were", the model wanted a
    sentence about the past: asked of 95 councils, "Were children safe in X?" quoted a sentence on
    safety first for 32, and 45 in the present. A question naming no dated report (a press article,
    a learning review telling a past case) is read as asked, and so is any holding a year."""
    if not report_years or _ANY_YEAR.search(question):
        return question
    return _last_part_in_the_reports_present(question)


# The verbs of a how-good question that say how something was done, not what: "Did Leeds keep
# children safe?", "Were complaints handled well?", "Was the budget managed well?" (a report's
# "management oversight" is no budget).
_HOW_IT_WAS_DONE = re.compile(
    r"\b(?:keep(?:s|ing)?|kept|handl(?:e|ed|es|ing)|dealt|deal(?:s|ing)?|run|runs|ran|manag(?:e|ed|es)|tackl(?:e|ed|es|ing)|treat(?:ed|s)?)\b",
    re.IGNORECASE,
)


# A question asking whether something was good, or how well it went ("Were assessments thorough
# …?", "How well are care leavers supported …?"), not what a report found, graded or recommended
# ("What did Ofsted want X to improve …?", "Which area fell short of a good grade?", "How did X
# score?"), whose answers need not repeat its words.
_ASKS_WHETHER_OR_HOW_WELL = re.compile(
    rf"^\W*(?:(?:and|so|but|then)\s+)?(?:(?:was|were|is|are|did|does|do|has|have|had)\b|{HOW_GOOD_LEAD})",
    re.IGNORECASE,
)


def how_good_topic_terms(question: str, naming_words: Collection[str] = ()) -> frozenset[str]:
    """What a question asking how good something was asks about, as content terms: its words less
    those asking how good ("safe", "well", "effective" …), the verbs saying how it was done ("kept",
    "handled", "run" …) and ``naming_words`` (the council, the report's year). "Were the council's
    libraries run well in Torbay?": council, librari. Empty for a question asking how good nothing
    in particular was ("How was Leeds rated?") and for any other question, such as one asking what
    a report recommended ("What did Ofsted want Leeds to improve …?")."""
    if not (_ASKS_WHETHER_OR_HOW_WELL.match(question) and ASKS_HOW_GOOD.search(question)):
        return frozenset()
    asked_about = _HOW_IT_WAS_DONE.sub(" ", ASKS_HOW_GOOD.sub(" ", question))
    return frozenset(content_terms(asked_about)) - frozenset(naming_words)


# The first verb of a question asked in the past tense of the report's own time ("How well were
# disabled children supported in Barnsley in 2023?"). Only a question asking how good something
# was: a report states its verdicts in the present ("Disabled children benefit from …"). Not one
# asking whether something happened ("Did Barnsley close any of its children's homes in 2023?",
# "Did Medway appoint an independent chair …?"): read in the present it asks for a habit, and a
# hostile probe's unanswerable questions of that kind lost their abstentions to present-tense
# sentences on other things. Not a "when" question either, which asks for a date the report gives
# in the past ("When was Barnsley inspected?"), nor one measured against an earlier time.
_PAST_AUXILIARY = re.compile(r"\b(?P<verb>was|were|did|had)\b(?P<after>(?:\s+[\w'’-]+){0,6})", re.IGNORECASE)
_NOT_THE_REPORTS_TIME = re.compile(
    r"^\W*(?:(?:and|so|but|then)\s+)?when\b|\b(?:since|previous(?:ly)?|prior|earlier|before|ago|last\s+(?:[\w-]+\s+)?(?:inspection|time|visit)"
    r"|used\s+to|tell|told|say|said)\b",
    re.IGNORECASE,
)
_PRESENT = {"was": "is", "were": "are", "did": ("does", "do"), "had": ("has", "have")}
_PLURAL_WORD = re.compile(r"^(?!(?:this|his|its|is|was|has|does|always|sometimes|perhaps|afterwards|thus)$)(?:children|people|staff|they|we|you|[\w-]*[^su'’s]s)$", re.IGNORECASE)
_DETERMINER = frozenset("the its their all most some many any".split())


def in_the_reports_present(question: str) -> str:
    """``question``, when it asks how good something was, with its first past-tense verb in the
    present, the tense a report states its verdicts in: "How well were disabled children supported
    in Barnsley?" -> "How well are …". The model, reading "were", wants a sentence about the past,
    and scored Barnsley's "Disabled children and their families benefit from social workers who …"
    under the threshold (over the 120 reports, that template's question abstained for 63 and cited
    the topic for 38; read in the present, 30 and 64). Not a question asking for a figure, a date,
    a length of time or a name, nor what someone told the inspectors."""
    if _NOT_THE_REPORTS_TIME.search(question) or asked_kind(question) or not ASKS_HOW_GOOD.search(question):
        # A figure, a date, a length of time or a name is stated as of a date, in the past as often
        # as not ("At 22 February 2016, 1,584 children … had been identified"): asked "How many
        # children are in Nottingham's care?", sentences with no figure outscored the threshold.
        return question
    found = _PAST_AUXILIARY.search(question)
    if not found:
        return question
    verb = found.group("verb")
    present = _PRESENT[verb.lower()]
    if isinstance(present, tuple):
        present = present[1] if _plural_subject(found.group("after").split()) else present[0]
    if verb[0].isupper():
        present = present[0].upper() + present[1:]
    return question[: found.start("verb")] + present + question[found.end("verb") :]


def _plural_subject(words: list[str]) -> bool:
    """Whether the words after "did" or "had" open with a plural subject, guessed: "managers",
    "care leavers", "Kent's social workers", "Luton schools"; not "Leeds", "Kirklees" or "the council"."""
    words = [w for w in words if w.lower() not in _DETERMINER]
    names = 0
    while names < len(words) and words[names][:1].isupper():
        names += 1
    if names:
        # a name is one council ("Did Leeds …"), unless it owns what follows ("Did Kent's social
        # workers …") or names whose they are ("Did Luton schools …"; "Did Leeds keep children …" is Leeds)
        if not re.search(r"['’]s?$", words[names - 1]):
            return names < len(words) and bool(_PLURAL_WORD.match(words[names]))
        words = words[names:]
    return any(_PLURAL_WORD.match(word) for word in words[:2])


def _reworded(part: str, report_years: frozenset[str]) -> str:
    found = _ASKS_WHAT_IT_SAYS.match(part)
    if not found:
        return part
    topic = found.group("topic").strip().rstrip(",")
    topic = WHICH_REPORT.sub(lambda year: "" if year.group("year") in report_years else year.group(), topic)
    if _ANOTHER_INSPECTION.search(topic) or _NAME_ALONE.match(topic) or not re.search(r"[A-Za-z]", topic):
        return part
    rest = found.group("rest") or ""
    after = part[found.end() :]
    if _CLAUSE.match(topic):
        asked = f"{topic[0].upper()}{topic[1:]}{rest}?"
    else:
        asked = f"What is {topic} like{rest}?"
    lead = found.group("lead")
    if lead.strip():
        asked = asked[0].lower() + asked[1:]  # "And what is …"
    return f"{lead}{asked}{after}".strip()
