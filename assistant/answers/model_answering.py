"""Answers chosen by the trained answer model, with passages reranked by what it finds.

The path for one question:

1. The first stage (hybrid retrieval) gives a few dozen candidate passages.
2. Their sentences are pre-filtered cheaply (the question's rarer words they hold, and how high
   their passage ranked), so the model reads a few dozen sentences, not hundreds.
3. The model scores each kept sentence with its context: the calibrated probability that it
   answers the question.
4. Passages are reranked by their best sentence (the first-stage order breaks ties; up to 6
   passages with no sentence read have their best one read for this alone), and the
   top ones are what the chat shows and what "possibly related" offers.
5. The answer quotes the best sentence when its probability clears the threshold (else it
   abstains), plus another sentence that answers a different part of the question, plus the
   sentence before a chosen one that cannot stand alone ("As a result, ...").
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Callable, Mapping, Sequence

from assistant.answers.answering import ASKS_NEXT_INSPECTION, _ASKS_INSPECTING, _ASKS_PUBLISHING, _MONTH as MONTH_PATTERN, asked_kind, asks_who, cite, holds_kind, is_label_line, label_misfit, names_role
from assistant.answers.conversation import LEAD_IN, Span, asks_for_a_cause, asks_for_more, asks_its_own_question, asks_why, near_quoted, next_after_quoted, was_quoted, years_asked
from assistant.answers.model import AnswerModel, candidate_text
from assistant.answers.sections import ASKS_BELOW_GOOD
from assistant.answers.topic_questions import as_topic_question, how_good_topic_terms, in_a_named_reports_present, topic_asked, without_report_year
from assistant.documents.furniture import furniture_key, is_photo_caption, is_picture_title
from assistant.documents.spans import MAX_SENTENCE_CHARS, MIN_SENTENCE_WORDS as MIN_WORDS, passage_sentence_spans, sentence_spans
from assistant.domain import NOT_FOUND_TEXT, Answer, Candidate, Explanation, Passage
from assistant.search.acronyms import document_long_forms, read_in_full, read_long
from assistant.search.keyword import content_terms, words_for_terms
from assistant.search.routing import WHICH_REPORT

PREFERRED_EXTRA = 8  # sentences of the asked-for form read beyond the pre-filter's (a judgement row, a recommendation)
UNREAD_PASSAGES = 6  # passages with no sentence read that have one read, only to order the passages (README, Speed)
MAX_DOCUMENTS_REMEMBERED = 512  # documents whose own acronyms are kept found (a library of 120 fits)
NEAR_EXTRA = 12  # a follow-up's: sentences around the previous answer's quotes read in place of the pre-filter's last
# A question asking who, when or where: a sentence saying only what it says ("A statue of Sir David
# Amess" for "Who sculpted the statue of Sir David Amess?") answers nothing: a person, a time or a
# place is missing. Other questions may be answered in their own words: "How strong is corporate
# parenting in Southwark?" by "Corporate parenting is strong in Southwark.", "Which authority hosts
# the regional adoption agency in Warwickshire?" by "Warwickshire is the host authority …", a
# yes-or-no question by "There is no evidence that the six month review took place".
_ASKS_WH = re.compile(rf"{LEAD_IN}(?:who|whom|whose|when|where)\b", re.IGNORECASE)
_OFFERS_CHOICES = re.compile(r"\w\s+or\s+\w", re.IGNORECASE)
# "What else did it find?", "Anything more on that?", "Which other areas …?": not what was quoted.

# A sentence stating something besides what was said before it: what "What else …?" asks for.
_STATES_AN_ADDITION = re.compile(r"\b(?:also|in addition|additionally|as well as|moreover|furthermore)\b", re.IGNORECASE)

# A follow-up asking what was done about what the last answer quoted ("What's being done about it?",
# "Has it been fixed?", "Was that already known?"): the quote states the problem, and the answer is
# another statement, of the response. Read with its context, the follow-up is the quote's question
# again, and most such follow-ups of the conversation sets quoted the problem again (README,
# Evaluation, thirty-ninth session).
_ASKS_WHAT_WAS_DONE = re.compile(
    r"\b(?:doing|done|do)\s+(?:anything\s+|something\s+|much\s+|enough\s+|more\s+)?(?:else\s+)?about\s+(?:it|that|this|them|those|these)\b"
    r"|\b(?:fix|fixed|fixing|sorted|put\s+right|remedied|resolved|tackled|addressed)\b"
    r"|\balready\s+(?:known|aware|knew|on\s+to)\b|\bknew\s+about\b"
    r"|\bact(?:ed)?\s+on\s+(?:it|that|this|them|those|these)\b|\b(?:any|what)\s+action\b",
    re.IGNORECASE,
)


# A sentence stating a cause: "In part, this is due to the distance …", "… has had an impact on
# the availability …", "Staff vacancies and turnover have contributed to higher caseloads …",
# "… not because this is what best meets their needs but because …".
_STATES_A_CAUSE = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|as\s+a\s+(?:direct\s+)?(?:result|consequence)\s+of|caused\s+by|driven\s+by|"
    r"(?:led|leads|leading)\s+to|(?:contributed|contributes|contributing)\s+to|contributory|(?:an?\s+)?impact\s+on|"
    r"hindered\s+by|(?:stems|stemmed|arises|arose|resulted|results)\s+from|attributed\s+to|the\s+reasons?\b|reflects?\b|"
    r"the\s+rationale)\b",
    re.IGNORECASE,
)


# What a report says was done about a problem: "Leaders are aware of these shortfalls and have
# ensured …", "To address this challenge, leaders have commissioned …", "This had been addressed …".
_STATES_A_RESPONSE = re.compile(
    r"\b(?:address(?:ed|es|ing)?|tackl(?:e|ed|es|ing)|remed(?:y|ied|ying)|rectif(?:y|ied)|resolv(?:e|ed|ing)|"
    r"taken\s+(?:\w+\s+){0,2}action|action\s+plans?|(?:a|new|clear)\s+plans?|plans?\s+(?:in\s+place|to)|"
    r"commission(?:ed|ing)|appoint(?:ed|ing)|establish(?:ed|ing)|introduc(?:e|ed|ing)|invest(?:ed|ing|ment)|recruit(?:ed|ing)|"
    r"(?<!not\s)(?<!fully\s)(?<!always\s)aware|recognis(?:e|ed|es)|recogniz(?:e|ed|es)|respond(?:ed)?\s+by|working\s+to|efforts?|"
    r"put\s+in\s+place|set\s+up|implement(?:ed|ing)|strengthen(?:ed|ing)|"
    r"increas(?:ed|ing)\s+(?:\w+\s+)?(?:capacity|the\s+number|staffing|resources?)|(?:has|have|had)\s+(?:now\s+|recently\s+|since\s+)?"
    r"(?:ensured|developed|created|launched|agreed|taken|begun|started))\b",
    re.IGNORECASE,
)


def states_a_response(sentence: str) -> bool:
    """Whether a sentence says what was done, or is being done, about something."""
    return bool(_STATES_A_RESPONSE.search(sentence))


def asks_what_was_done(question: str) -> bool:
    """Whether a follow-up asks what was done about what the answer before quoted."""
    return bool(_ASKS_WHAT_WAS_DONE.search(question))


def repeatable_terms(question: str) -> frozenset[str] | None:
    """The words (stemmed, stopwords aside) of a who, when or where question offering no choices,
    which a sentence must go beyond to answer it; None for any other question."""
    if not _ASKS_WH.match(question) or _OFFERS_CHOICES.search(question):
        return None
    return frozenset(content_terms(question))


def says_nothing_new(sentence: str, terms: frozenset[str] | None) -> bool:
    """Whether the sentence holds no number and no word beyond ``terms`` (:func:`repeatable_terms`).
    A judgement row or verdict never counts: it answers "How was X rated?" in the question's words."""
    if terms is None or re.search(r"\d", sentence) or states_judgement(sentence):
        return False
    return set(content_terms(sentence)) <= terms


def only_repeats(question: str, sentence: str) -> bool:
    """Whether the sentence, asked who, when or where, says nothing the question does not."""
    return says_nothing_new(sentence, repeatable_terms(question))


# A sentence that leans on the one before it: quoting it alone would leave the reader guessing.
_LEANS_BACK = re.compile(
    r"^\W*(as a result|as such|however|therefore|thus|hence|consequently|subsequently|in addition|additionally|furthermore|"
    r"moreover|this|these|that|those|it|its|they|their|them|he|his|she|her|such|both|despite this|because of this|"
    r"in response|following this|after this|at that time|then|also)\b",
    re.IGNORECASE,
)
# Before a second sentence quoted because the model could not tell it from the best one.
RUNNER_UP_LEAD = "Also possible: "
_KIND_IN_WORDS = {
    "count": "a count",
    "date": "a date",
    "duration": "a length of time",
    "money": "an amount of money",
    "age": "a person's age",
    "name": "a person's name",
}

# Questions in two parts: "What grade ... and what was ...?", "when ... and why ...?"
_SECOND_PART = re.compile(
    r"\w\W+(and|also|as well as)\s+(what|when|who|whom|why|how|which|where|did|does|do|is|are|was|were|has|have)\b|\?\s*\S.*\?",
    re.IGNORECASE,
)  # "And when did that happen?" is one part: the "and" must follow words of a first part


# Questions that ask for a judgement ("How was Leeds rated?", "What grade did ... get?") and the
# sentences that state one: a judgement-table row ("Overall effectiveness | Inadequate",
# "The experiences and progress of care leavers: good") or a short verdict ("Children's services
# in Sunderland are inadequate"). Inspection reports grade on a four-point scale (Ofsted, CQC;
# before 2014 Ofsted's third grade was "adequate").
_ASKS_JUDGEMENT = re.compile(
    r"\b(rated|rating|ratings|grade|graded|grading|grades|judgement|judgment|judged|verdict|fare|fared)\b"
    r"|\b(do|does|did|would)\b[^?.]{0,40}\brate\b"  # "How did inspectors rate ...", not "at what rate"
    # in everyday words: "How did Bury score …?", "What mark did …?", "What was the headline result?",
    # "Which part fell short of good?", "How did Sunderland do overall?"
    r"|\b(score|scored|scores|mark|marks|judge|result|outcome)\b|\b(fell|fall|falls|came|come|comes) (short|out)\b|\bhow good\b"
    r"|\bhow (well )?(did|does|do|has|have)\b[^?.]{0,60}\b(do|done|doing)\b(?=\s*(\?|$|overall\b|for\b|on\b|at\b|in\b|when\b|since\b))",
    re.IGNORECASE,
)
# A grade asked for in its own words, not "how good", "fare" or "score", which a report's plain
# words answer too; "rate" only of the inspectors ("How do mums and dads rate their involvement
# …?" asks their view: "Nearly 90% of parents said that they were able … to participate").
_ASKS_A_GRADE = re.compile(
    r"\b(rated|rating|ratings|grade|graded|grading|grades|judgement|judgment|judged|verdict)\b"
    r"|\b(ofsted|inspectors?|inspection|hmi|report)\b[^?.]{0,20}\brate\b|\brate\s+(for|on)\b",  # "How does Kent rate for …?"
    re.IGNORECASE,
)
_GRADE = r"['‘’]?(outstanding|good|adequate|inadequate|requires? improvement|required improvement)\b"
_JUDGEMENT_ROW = re.compile(r"[:|]\s*" + _GRADE + r"[^.]{0,24}$", re.IGNORECASE)
_A_GRADE = re.compile(_GRADE, re.IGNORECASE)
_VERDICT = re.compile(
    r"\b(is|are|was|were|be|been|as|remains?|remained)\s+(judged\s+)?(to\s+be\s+|as\s+)?" + _GRADE, re.IGNORECASE
)


# A verdict with no "is" before it, closing the sentence: "The effectiveness of the Local
# Safeguarding Children Board (LSCB) requires improvement.", "… is that it requires improvement".
_CLOSING_VERDICT = re.compile(r"\b(requires|required)\s+improvement(\s+to\s+be\s+good)?\W*$", re.IGNORECASE)
# What a grade means, not what was given: "An LSCB that is good coordinates the activity of …".
_GRADE_DEFINED = re.compile(r"^(an?|any)\s[^.]{0,80}?\b(that|which|who)\s+(is|are)\s+" + _GRADE, re.IGNORECASE)


def states_judgement(sentence: str, heading: str | None = None) -> bool:
    """A judgement-table row, or a short sentence whose verdict is a grade (not one saying what
    a grade means)."""
    text = " ".join(sentence.split())
    if is_judgement_row(text):
        return True
    return len(text.split()) <= 25 and bool(_VERDICT.search(text) or _CLOSING_VERDICT.search(text)) and not _GRADE_DEFINED.search(text)


def is_judgement_row(sentence: str) -> bool:
    return bool(_JUDGEMENT_ROW.search(" ".join(sentence.split())))


# The areas an inspection grades, as a judgement row names them ("The experiences and progress of
# care leavers | Good") and as a person asks about them ("young adults who grew up in its care").
# Asked about one area, a row grading another is not the answer: the model, reading one row at a
# time, took "Adoption performance | Requires improvement" for the care leavers' grade.
_AREAS = {
    "help and protection": (
        r"help and protection|child protection",
        r"protect|at risk|help and protection|early help|front door|famil(y|ies) (who|that) need help",
    ),
    "children in care": (
        r"children in care|looked after|looked-after|achieving permanence",
        r"in care\b|in (its|their|the) care|looked[- ]after|foster|care system|permanence",
    ),
    "care leavers": (
        r"care leavers|leaving care",
        r"care leavers?|leaving[- ]care|left (its |the |their )?care|leave care|grown up in|grew up in|aged out|"
        r"care[- ]experienced|young adults|after[- ]care|over[- ]18s?\b",
    ),
    # "finding new permanent parents", "placing kids with new permanent families", "forever families"
    "adoption": (r"adopt", r"adopt|\b(new|permanent|forever)\s+(permanent\s+)?(parents|famil(y|ies)|mums|dads|mothers|fathers)\b"),
    "leadership": (
        r"\bleaders\b|leadership|management|governance",
        r"\bleaders?\b|leadership|management|managers|\brunning\b|\brun\b|bosses|senior|governance|in charge",
    ),
    "overall": (
        r"overall|children[’']s services in [\w ]+ (are|is|were|was|require)|local authority was judged",
        r"overall|headline|bottom line|as a whole|whole service|top[- ]line",
    ),
    "safeguarding board": (
        r"safeguarding children board|safeguarding board|\b[a-z]{0,3}scb\b|safeguarding partnership",
        r"safeguarding (children )?board|\blscb\b|child[- ]safety (board|partnership)|safeguarding partnership",
    ),
}
_AREA_STATED = {area: re.compile(row, re.IGNORECASE) for area, (row, _) in _AREAS.items()}
_AREA_ASKED = {area: re.compile(asked, re.IGNORECASE) for area, (_, asked) in _AREAS.items()}


def graded_areas(sentence: str) -> frozenset[str]:
    """The areas a judgement row or verdict grades ("Children looked after and achieving permanence")."""
    return frozenset(area for area, pattern in _AREA_STATED.items() if pattern.search(sentence))


_ASKS_SHORTFALL = re.compile(
    ASKS_BELOW_GOOD.pattern
    # "Which area came out worst?"; not "where is planning falling short?"
    + r"|\b(weakest|worst|lowest)[- ](rated|graded|area|part|judgement)\b|\b(came|comes|come) out (the )?(worst|weakest|lowest)\b",
    re.IGNORECASE,
)
_GOOD_GRADE = re.compile(r"[:|]\s*['‘’]?(good|outstanding)\W*$|\b(is|are|was|were|remains?|remained)\s+(judged\s+)?(to\s+be\s+)?(good|outstanding)\W*$", re.IGNORECASE)


def grades_good(sentence: str) -> bool:
    """A judgement row or verdict whose grade is good or outstanding."""
    return bool(_GOOD_GRADE.search(" ".join(sentence.split())))


# Questions about an earlier inspection's grades ("How had Wirral been rated at the previous full
# inspection?", "What grade had the council been given last time?"): a report's judgement table
# grades the inspection it reports, so its rows are not the answer; a sentence saying what the
# earlier one found ("… was judged to be good at its last inspection in 2019") is. Not a bare "last
# inspection", which a person also says of the latest one. Nor when the question names two reports or
# more: the library may hold the earlier report itself, whose rows then are the answer.
_ASKS_EARLIER = re.compile(
    r"\b(previous|prior|earlier|preceding)\s+([\w’'-]+\s+){0,2}?(inspection|visit|judgement|judgment|rating|grade|report|check|one|time)s?\b"
    r"|\blast time\b|\bbefore last\b|\bbefore (this one|this inspection|the latest|the current|the most recent|its latest|(the )?(19|20)\d\d)\b"
    r"|\bpreviously (inspected|rated|judged|graded|been|got|received|visited|assessed)\b|\b(\w+ )?years? (earlier|before)\b"
    r"|\bsince (the|its|their) (last|previous|prior|earlier)\b|\bsince (being|it was|they were|it had been|they had been) (judged|rated|graded|found)\b"
    # "Has Stoke improved since …?": the change is measured from the earlier verdict
    r"|\b(improved|got better|changed|progressed|deteriorated|declined|worsened|slipped)\b[^?.]{0,60}\bsince\b",
    re.IGNORECASE,
)
# A verdict on an earlier inspection, in the report of a later one: "… since the previous inspection
# in 2015, when they were judged to be good", "The last full inspection …, in January 2019, judged
# all services as requires improvement". Asked how a council was rated, it is not the answer; "Since
# the last inspection in 2018, services have remained outstanding" (the grade is today's) is.
_EARLIER_VERDICT = re.compile(
    r"\b(previous|last|prior|earlier|preceding)\s+([\w’'-]+\s+){0,4}?(inspection|visit)\b[^.]{0,80}?\b(when|where|judged|rated|graded|found)\b"
    r"|\b(19|20)\d\d,?\s+when\b|^\W*(at|in|during|following) (the|its) (previous|last|prior|earlier)\s+([\w’'-]+\s+){0,3}?(inspection|visit)\b"
    # An inspection dated in the sentence, whose verdict follows the date: "The inspection of
    # safeguarding and looked after children arrangements in August 2011 judged overall
    # effectiveness … as adequate." (a report says "this inspection" of its own)
    rf"|\b(inspection|visit)\b[^.:|]{{0,100}}?\b(in|on|of)\s+(\d{{1,2}}\s+)?({MONTH_PATTERN}\s+)?(19|20)\d\d,?\s+(judged|rated|graded|found)\b",
    re.IGNORECASE,
)


# When an earlier inspection took place, as a later report says it: "The previous inspection of
# Hartlepool's fostering service was in August 2012." Asked when inspectors came, or when the
# director started, it holds a date but not the one asked for.
_EARLIER_INSPECTION_DATED = re.compile(
    r"\b(previous|last|prior|earlier|preceding)\s+([\w’'-]+\s+){0,5}?(inspection|visit)s?\b"
    rf"(?:[^.;]{{0,60}}?\b(?:in|on|during|from)\s+(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_PATTERN}\s+)?(?:19|20)\d\d\b)?",
    re.IGNORECASE,
)


def dates_only_an_earlier_inspection(sentence: str) -> bool:
    """A sentence whose only date is an earlier inspection's ("… was in May 2012")."""
    text = " ".join(sentence.split())
    return (
        bool(_EARLIER_INSPECTION_DATED.search(text))
        and holds_kind("date", text)
        and not holds_kind("date", _EARLIER_INSPECTION_DATED.sub(" ", text))
    )


def asks_earlier_inspection(question: str) -> bool:
    return bool(_ASKS_EARLIER.search(question))


def dates_an_earlier_inspection(sentence: str, heading: str | None = None) -> bool:
    """A sentence giving an earlier inspection's date ("… much progress has been made since
    Ofsted's last inspection in 2018")."""
    found = _EARLIER_INSPECTION_DATED.search(" ".join(sentence.split()))
    return found is not None and holds_kind("date", found.group())


def asks_earlier_inspection_date(question: str, context: str = "") -> bool:
    """Whether the question asks when an earlier inspection took place ("When had Ofsted
    previously inspected Bristol?"): the report's own front page dates another, and the answer
    sits in a sentence of its body, which the question's words seldom find. (``context``: unused;
    the question itself says "previously".)"""
    return (
        asked_kind(question) == "date"
        and asks_earlier_inspection(question)
        and bool(_WHEN_INSPECTED.search(question))
        and not _ASKS_PUBLISHING.search(question)
    )


# "When had Ofsted previously inspected Bristol?", "When was Kirklees's previous inspection?"; not
# "When were the two earlier monitoring visits?", which "the last inspection in 2017" does not date.
_WHEN_INSPECTED = re.compile(r"\bwhen\b[^?.,;]{0,50}?\binspect\w*", re.IGNORECASE)


def states_earlier_verdict(sentence: str, graded: bool = False, previous: str = "", heading: str | None = None) -> bool:
    """A sentence on an earlier inspection's verdict; ``graded``: one that names the grade too.

    The sentence may say so itself ("… since the previous inspection in 2015, when they were judged
    to be good"), or by where it stands: under a heading on earlier inspections ("Previous Ofsted
    inspections"), or, undated itself, right after the sentence dating an earlier inspection ("The
    previous inspection of the local authority’s arrangements for the protection of children was in
    March 2014. The local authority was judged to be adequate." — 32 of the 120 reports).
    """
    text = " ".join(sentence.split())
    if graded and not _A_GRADE.search(text):
        return False
    if _EARLIER_VERDICT.search(text):
        return True
    if not states_judgement(text) or is_judgement_row(text):
        return False  # a table row grades the inspection reported, wherever it stands
    if heading and _EARLIER_INSPECTIONS_HEADING.search(" ".join(heading.split())):
        return True
    return dates_earlier_inspection(previous) and not holds_kind("date", text)


def dates_earlier_inspection(sentence: str) -> bool:
    """A sentence dating an earlier inspection, however far its date stands from "inspection"
    ("The previous inspection of the local authority’s arrangements for the protection of children
    was in March 2014.")."""
    text = " ".join(sentence.split())
    return dates_an_earlier_inspection(text) or (bool(_OPENS_ON_EARLIER.match(text)) and holds_kind("date", text))


# "Previous Ofsted inspections", "Other Ofsted inspections" (the 2014 reports' name for it): the
# section of a report's opening facts that says what earlier inspections found.
_EARLIER_INSPECTIONS_HEADING = re.compile(r"^\W*(previous|earlier|prior|last|other)\b[^.|:]{0,30}?\binspections?\b", re.IGNORECASE)
# "The previous inspection of the local authority’s arrangements for the protection of children
# was in March 2014.": its date is too far from "inspection" for _EARLIER_INSPECTION_DATED.
_OPENS_ON_EARLIER = re.compile(r"^\W*the\s+(previous|last|prior|earlier)\s+([\w’'-]+\s+){0,3}?(inspection|visit)\b", re.IGNORECASE)
_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")


def _years_in(text: str) -> set[str]:
    return set(_YEAR_IN_TEXT.findall(text))


# Ofsted grades the schools children attend and the council's children's homes apart from the
# council: "Most children looked after attend schools judged to be good or outstanding by Ofsted.",
# "The local authority operates one children’s home, which was judged to be good …".
_PROVIDERS = r"\b(schools?|homes?|settings?|providers?|nurseries|academies|colleges?)\b"
_ANOTHER_PROVIDER_GRADED = re.compile(_PROVIDERS + r"[^.]{0,40}?\b(rated|judged|graded)\b", re.IGNORECASE)
_ASKS_ABOUT_PROVIDERS = re.compile(_PROVIDERS, re.IGNORECASE)


def grades_another_provider(sentence: str) -> bool:
    """A sentence giving the grade of a school, a children's home or another provider, not the council's."""
    return bool(_ANOTHER_PROVIDER_GRADED.search(" ".join(sentence.split())))


def grades_other_than_asked(sentence: str, areas: frozenset[str], shortfall: bool) -> bool:
    """A judgement row grading none of the areas asked about (nor a verdict naming none: asked how
    care leavers were graded, "Placement stability was good." is no answer), or, when the question
    asks which area fell short of good, one graded good or outstanding."""
    graded = graded_areas(sentence)
    return (bool(areas) and not graded & areas) or (shortfall and grades_good(sentence))


def asked_areas(question: str) -> frozenset[str]:
    """The graded areas a question asks about, in its own words; empty when it names none."""
    return frozenset(area for area, pattern in _AREA_ASKED.items() if pattern.search(question))


OVERALL = frozenset({"overall"})
# A grade question that picks among the areas ("Which part was rated good?", "Was any of it
# outstanding?", "What got the best grade?") asks for an area's row, not the overall judgement.
_PICKS_AN_AREA = re.compile(
    r"\b(parts?|areas?|aspects?|bits?|elements?|sections?|anything|any of|each|every|all|which of|"
    r"best|worst|weakest|strongest|highest|lowest|most|least|rest|others?)\b"
    # or names something graded apart from the table's areas: "How were its children's homes rated?"
    r"|\b(homes?|fostering|schools?|virtual school|youth (offending|justice)|disab\w*|short breaks|residential|"
    r"reviewing officers?|iros?|lado|mash|hub|courts?|health|education|missing|exploitation|send|safe|safety|safeguarding)\b"
    # or asks which got a grade, or why: "What was rated outstanding in Hackney?", "Which services
    # were good?", "What did Kent score badly on?", "How was Luton rated, and why?" (the area rows
    # are the answer, or part of it)
    r"|\b(which|why|because|reasons?|concerns?|failings?|fail|failed|weak\w*|strengths?|problems?|shortfalls?|wrong|"
    r"outstanding|good|adequate|inadequate|requires?|improvement|satisfactory|excellent|poor|poorly|badly|well|scale)\b",
    re.IGNORECASE,
)


# "the leaving-care service", "its fostering services": a service narrower than the council's
# children's services, which a person may name in words no area pattern knows.
_A_SERVICE = re.compile(r"(?<![\w’'-])([\w’'-]+)\s+services?\b")  # from a word's start only: linear on a long word
_WHOLE_SERVICE = frozenset("children's childrens children social council's its their the".split())


def asks_report_opening(question: str) -> bool:
    """Whether the question asks what a report's opening lines state: when the inspection took
    place, who led it, how it was graded ("Inspection dates: 11 June 2018 to 22 June 2018",
    "Lead inspector: …", "Overall effectiveness | Good"). There the year closing the question,
    the report's own, is what finds those lines, and stays (routing.WHICH_REPORT)."""
    return asked_kind(question) == "date" or asks_who(question) or bool(_ASKS_JUDGEMENT.search(question)) or asks_about_whole_service(question)


def asks_about_whole_service(question: str) -> bool:
    """Whether the question asks what the documents say about a council's services as a whole
    ("What did Ofsted say about Manchester children's services in 2017?"): what the report's
    opening verdict answers."""
    topic = topic_asked(question)
    if topic is None:
        return False
    words = [w.lower().replace("’", "'") for w in re.findall(r"[\w'’-]+", WHICH_REPORT.sub("", topic)) if not w[0].isupper()]
    return all(w in _WHOLE_SERVICE or w in ("service", "services", "care") for w in words)


def names_an_ungraded_topic(follow_up: str) -> bool:
    """Whether a follow-up names a topic of its own that no judgement row grades ("what about
    homeless 16 and 17 year olds"), not a graded area ("And for care leavers?"), a narrower
    graded service ("And its children's homes?"), a year or "overall"."""
    lower = " ".join(w for w in follow_up.split() if not w[:1].isupper())  # a name ("And Leeds?") is no topic
    own = {t for t in content_terms(lower) if not t.isdigit() or len(t) != 4} - set(content_terms("overall grade rated rating judged"))
    return bool(own) and not asked_areas(follow_up) and not _PICKS_AN_AREA.search(follow_up)


def asks_overall(question: str) -> bool:
    """A grade question naming no area, no narrower service and picking none ("How did Ofsted rate
    Hackney's children's services?", "What grade did Leeds get in 2015?"): it asks for the overall
    judgement, and a row grading one area ("2.1 Adoption performance | Good") is not the answer."""
    narrower = any(
        m.group(1).lower().replace("’", "'") not in _WHOLE_SERVICE and not m.group(1)[0].isupper() for m in _A_SERVICE.finditer(question)
    )
    return not asked_areas(question) and not narrower and not _PICKS_AN_AREA.search(question)


# Questions that ask what a report recommends ("What did Ofsted tell Brent to do about ...?", "What
# must Barnsley improve ...?") and where reports put recommendations: under a heading of their own
# ("What needs to improve", "Recommendations", "Areas for improvement", "Within three months"),
# often as noun phrases ("The timeliness of initial health assessments.") or instructions ("The
# Home Office should ..."), or as an instruction anywhere ("Ensure that ...", "Reduce the ..."); a
# "should" elsewhere is too often a finding ("where children should live is considered").
_ASKS_RECOMMENDATION = re.compile(
    r"\brecommend\w*|\b(tell|told|ask|asked|advise|advised|urge|urged|instruct(s|ed)?|direct(s|ed)?|want|wanted)\b[^?.]{0,60}\bto\b"
    r"|\b(should|must|needs?|have to|has to|ought to)\b[^?.]{0,40}\b(improve|do|change|fix|address|tackle)\b"
    r"|\b(things|areas?|points?)\b[^?.]{0,20}\bto (improve|fix|change|address|put right|work on)\b"  # "on its list of things to fix"
    r"|\bwant(s|ed)?\b[^?.]{0,40}\b(changed|improved|fixed|addressed|put right)\b",  # "What did Ofsted want changed …?"
    re.IGNORECASE,
)
_RECOMMENDATION_HEADING = re.compile(  # not "requires improvement to be good": that heads a judgement
    r"\b(needs?|must|should) to improve|\b(needs?|must|should) improve|areas? (for|of) (further )?improvement|"
    r"improvements? (needed|required)|recommend|immediate action|priority action|within \w+ (weeks|months)|next steps|"
    r"actions? (required|needed)",
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(
    r"^\W*(?:\d+[.)]?\s+)?(ensure|improve|reduce|increase|strengthen|develop|establish|address|implement|monitor|"
    r"undertake|secure|embed|raise|tackle|extend|clarify|evaluate|prioriti[sz]e|introduce|maintain|reinforce|streamline|"
    r"minimi[sz]e|maximi[sz]e|accelerate)\b",
    re.IGNORECASE,
)


# Under a recommendations heading, a sentence about the list rather than of it: "The following
# recommendations are those that inspectors considered to be the priorities for Sunderland."
_ABOUT_THE_LIST = re.compile(
    r"\b(the following|these|those|below)\b[^.]{0,40}\b(recommendations?|priorities|areas)\b|\brecommendations? (are|below|that follow)\b",
    re.IGNORECASE,
)


def states_recommendation(sentence: str, heading: str | None = None) -> bool:
    """A sentence under a recommendations heading (not the heading itself, nor one introducing
    the list), or one that instructs."""
    if heading and _RECOMMENDATION_HEADING.search(heading) and not _ABOUT_THE_LIST.search(sentence):
        words = set(re.findall(r"\w+", sentence.lower()))
        if not words <= set(re.findall(r"\w+", heading.lower())):
            return True
    return bool(_INSTRUCTION.search(" ".join(sentence.split())))


@dataclass(frozen=True)
class Preference:
    """A kind of question whose answer has a form that can be recognised: a judgement asked for is
    stated in a judgement row; a recommendation asked for sits under the report's recommendations.
    The model, which reads one sentence at a time, scores such answers low when they share few
    words with the question."""

    asks: re.Pattern | None  # None: asked only as ``asks_in_context`` says
    states: Callable[[str, str | None], bool]  # (sentence, its section heading)
    note: str  # what the explanation says, with {n} sentences and {weight}
    # (question, a follow-up's turn before or ""): what "it" is may be said only the turn before ("Who led it?")
    asks_in_context: Callable[[str, str], bool] | None = None
    # Where the named reports hold the form in words a question seldom shares ("Lead inspector: …"
    # on a last page): their passages matching it are read whatever the search found (core.py).
    found_by: re.Pattern | None = None

    def asked(self, question: str, context: str, inherits: bool) -> bool:
        """Whether the question asks for this form; ``inherits``: a follow-up asking nothing of its
        own asks what its turn before (``context``) asked."""
        if self.asks is not None and (self.asks.search(question) or (inherits and self.asks.search(context))):
            return True
        return self.asks_in_context is not None and self.asks_in_context(question, context)


# "Who led the Bury inspection in 2016?", "Who headed up that inspection?", "Which HMI was the lead
# inspector?": a report names its lead inspector on a label line ("Lead inspector: Sheena Doyle"),
# on the front page of a newer report and in "The inspection team" at the end of an older one,
# which the question's words ("led", "inspection") seldom find among a hundred pages.
_ASKS_LEAD_INSPECTOR = re.compile(
    r"\bwho\b[^?.]{0,40}\b(led|leads|leading|headed|heads|ran|runs|was in charge of|in charge of|oversaw|directed)\b[^?.]{0,40}"
    r"\b(inspections?|inspectors?|inspection team|team of inspectors|visit|ofsted team)\b"
    r"|\b(lead|leading|chief|head|senior) (inspector|hmi)\b|\bwhich (inspector|hmi)\b|\bwho (was|were) the inspectors?\b",
    re.IGNORECASE,
)
# "Lead inspectors: Rebecca Quested, …, and Matthew Reed, …" where two led (Stoke-on-Trent, 2022).
LEAD_INSPECTOR_LABEL = re.compile(r"^\W*lead inspectors?\s*:\s*\S", re.IGNORECASE | re.MULTILINE)


def states_lead_inspector(sentence: str, heading: str | None = None) -> bool:
    """The label line naming the inspection's lead inspector."""
    return bool(LEAD_INSPECTOR_LABEL.search(sentence))


# "Who led it?" after "When did Ofsted inspect York in 2017?": "it" is the inspection the turn
# before asked about (64 of 120 such conversations quoted a date or abstained).
_WHO_LED_IT = re.compile(
    r"^\W*(?:and\s+|so\s+)?who\b[^?.]{0,30}\b(?:led|headed|was in charge of|directed|carried out|conducted)"
    r"(?:\s+(?:it|that|this|them|that one|(?:the|that|this) (?:inspection|visit)))?\s*\??\s*$",
    re.IGNORECASE,
)
# The turn before asked about the inspection itself ("When did Ofsted inspect York?", "Who led the
# Salford inspection?"), not about something it found ("What did the Kirklees inspection say
# about its improvement board?": "When did it start?" asks about the board).
def _about_the_inspection(context: str) -> bool:
    """Whether a follow-up's turn before asked about the inspection: who led it, when it was, or
    its verdict ("Who led it?" after "What was the overall grade?" quoted the sentence saying how
    the council had been judged before)."""
    return bool(_ASKS_LEAD_INSPECTOR.search(context) or _ASKS_INSPECTION_WHEN.search(context) or _ASKS_A_GRADE.search(context))


# "What did Ofsted say / inspectors find / the inspection conclude about …?": what the inspection
# said. Not "the report" or "the review", whose sentences tell events with dates of their own.
_INSPECTORS_SAID = re.compile(
    r"\bwhat\s+(?:did|does|do|has|have|had)\s+(?:ofsted|hmi|(?:the\s+)?(?:lead\s+)?inspectors?|(?:the|ofsted['’]s)\s+(?:\w+\s+){0,2}?inspection)\s+"
    r"(?:say|said|find|found|note|noted|conclude|concluded|report|reported|think|make)\b",
    re.IGNORECASE,
)


def asks_lead_inspector(question: str, context: str = "") -> bool:
    """Whether the question asks who led the inspection; ``context``, a follow-up's turn before,
    which may say what "it" is."""
    if _ASKS_LEAD_INSPECTOR.search(question):
        return True
    return bool(context) and bool(_WHO_LED_IT.search(question)) and _about_the_inspection(context)


# "When did it take place?" after "Who led the York inspection in 2017?", "When were inspectors in
# Salford?": a report gives its inspection's dates on a label line of its front page ("Inspection
# dates: 14 November 2016 – 8 December 2016"), which a follow-up's words ("take place") do not
# find: it quoted whatever else "took place" that year.
INSPECTION_DATES_LABEL = re.compile(r"^\W*inspection dates?\s*:\s*\S", re.IGNORECASE | re.MULTILINE)
# The whole question: "When did that person start?" asks about someone else.
_WHEN_WAS_IT = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:when|what dates?|(?:what|which)\s+(?:year|month))\s+(?:was|were|did|is)\s+(?:it|that|this|they|(?:the|that|this) (?:inspection|visit))"
    r"(?:\s+(?:take place|took place|happen|happened|held|carried out|done|there|on site))?\s*\??\s*$",
    re.IGNORECASE,
)


# The date asked is the inspection's: "When were inspectors in Salford?", "Over what period were
# inspectors working in Kent?"; not "What did inspectors make of the board, and since when had its
# chair been in post?", where the inspectors only say who found it.
_ASKS_INSPECTION_WHEN = re.compile(
    r"\b(?:when|what dates?|which dates?|(?:over |in |during )?what (?:period|time|dates?)|how long)\b[^?.,;]{0,50}?"
    r"(?:\binspect(?:ed|ion|ions|ing)?\b|\bfieldwork\b"
    # visits by the inspectors, not social workers' ("When are children in care visited by their social workers?")
    r"|\b(?:ofsted|inspectors?|hmis?)\b[^?.,;]{0,40}?\b(?:visit\w*|on site|in|there|came|come|arriv\w*|working|work)\b)"
    r"|\binspection (?:dates?|period)\b",
    re.IGNORECASE,
)


def states_inspection_dates(sentence: str, heading: str | None = None) -> bool:
    """The label line dating the inspection."""
    return bool(INSPECTION_DATES_LABEL.search(sentence))


# How far under the best sentence's score (calibrated logit) a sentence is still settled alone: two
# worst run-mate shifts (2 x 0.85) and the "Also possible" share's (0.8: about 0.22 at these
# probabilities), rounded up.
SETTLE_REACH = 3.0
NOT_AN_ANSWER = 10.0  # taken off the logit of a sentence that cannot answer the question: never quoted
_LOOKS_AHEAD = re.compile(r"\b(next|will|due|future|planned|scheduled|expected|upcoming|forthcoming|intends?|plans?)\b", re.IGNORECASE)


def asks_inspection_dates(question: str, context: str = "") -> bool:
    """Whether the question asks when the inspection took place: a date asked of an inspection or a
    visit ("When were inspectors in Salford?"), or, as a follow-up, of "it" where the turn before
    (``context``) was about one. Not an earlier inspection's date, nor when the report came out."""
    if asked_kind(question) != "date" or asks_earlier_inspection(question) or ASKS_NEXT_INSPECTION.search(question):
        return False  # (nor an inspection still to come: "When will Wirral be inspected again?")
    if _ASKS_PUBLISHING.search(question) and not _ASKS_INSPECTING.search(question):
        return False
    if _ASKS_INSPECTION_WHEN.search(question):
        return True
    # After what the inspectors said ("What did Ofsted say about return home interviews in Luton?" /
    # "When was that?"), when they said so: the inspection's dates. ("Who led it?" there is the
    # service's lead, not the inspection's.)
    about = _about_the_inspection(context) or bool(_INSPECTORS_SAID.search(context))
    return bool(context) and bool(_WHEN_WAS_IT.search(question)) and about and not asks_earlier_inspection(context)


# "The inspection team consisted of seven of Her Majesty's Inspectors (HMI) from Ofsted.": how
# the report was made, which answers only a question about the inspectors; its count was quoted
# for "How many children were in care in Cheshire West and Chester?" (9 of 120 reports).
_INSPECTION_TEAM = re.compile(r"^\W*the inspection team (consisted|comprised|was made up|included|was)\b", re.IGNORECASE)
_ASKS_ABOUT_INSPECTORS = re.compile(r"\b(inspectors?|hmis?|team)\b", re.IGNORECASE)


def states_inspection_team(sentence: str) -> bool:
    return bool(_INSPECTION_TEAM.search(sentence))


# A judgement table's row as a passage holds it: "2. Children looked after and achieving
# permanence | Requires Improvement".
_TABLE_ROW_IN_TEXT = re.compile(r"\|\s*" + _GRADE + r"[^\n|]{0,24}$", re.IGNORECASE | re.MULTILINE)
JUDGEMENT = Preference(
    _ASKS_JUDGEMENT, states_judgement,
    "the question asks for a judgement: {n} sentence(s) stating one gained {weight:g} on the logit",
    found_by=_TABLE_ROW_IN_TEXT,
)
RECOMMENDATION = Preference(
    _ASKS_RECOMMENDATION, states_recommendation,
    "the question asks what was recommended: {n} sentence(s) recommending gained {weight:g} on the logit",
)
LEAD_INSPECTOR = Preference(
    _ASKS_LEAD_INSPECTOR, states_lead_inspector,
    "the question asks who led the inspection: {n} \"Lead inspector: …\" line(s) gained {weight:g} on the logit",
    asks_in_context=asks_lead_inspector,
    found_by=LEAD_INSPECTOR_LABEL,
)
EARLIER_INSPECTION_DATE = Preference(
    None, dates_an_earlier_inspection,
    "the question asks when an earlier inspection took place: {n} sentence(s) dating one gained {weight:g} on the logit",
    asks_in_context=asks_earlier_inspection_date,
    found_by=_EARLIER_INSPECTION_DATED,  # "… since Ofsted's last inspection in 2018"
)
INSPECTION_DATES = Preference(
    None, states_inspection_dates,
    "the question asks when the inspection took place: {n} \"Inspection dates: …\" line(s) gained {weight:g} on the logit",
    asks_in_context=asks_inspection_dates,
    found_by=INSPECTION_DATES_LABEL,
)
# "What happened on 12 March 2015?", "What did the panel decide on 3 June?": a question naming a day
# asks what the texts say of it, and a case review tells its story day by day ("On 12 March 2015,
# Channel noted …"); the model, reading "what happened", liked a sentence dated otherwise better.
# A month with a year alone is not a day: it mostly says which inspection a question is about.
_DAY_OF_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_PATTERN})\b|\b({MONTH_PATTERN})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\d)",
    re.IGNORECASE,
)


_MONTH_NAMES = {name[:3].lower(): name for name in (
    "January February March April May June July August September October November December".split()
)}


def days_named(text: str) -> frozenset[tuple[int, str]]:
    """The days of the month a text names, as (day, the month's first three letters)."""
    found = set()
    for match in _DAY_OF_MONTH.finditer(text):
        day, word = int(match.group(1) or match.group(4)), match.group(2) or match.group(3)
        month = word[:3].lower()
        # "may" in lower case is mostly the verb ("children may 2 …" is rare, "may be" is not).
        if 1 <= day <= 31 and word != "may":
            found.add((day, month))
    return frozenset(found)


# The forms of a report's front page and body that a question's words seldom find (core.py reads
# the named reports' passages holding them); they take the lead inspector's weight.
FOUND_IN_PLACE = (LEAD_INSPECTOR, INSPECTION_DATES, EARLIER_INSPECTION_DATE)


@dataclass(frozen=True)
class _Sentence:
    passage: Passage
    start: int
    end: int
    text: str
    previous: tuple[int, int] | None  # the span of the sentence before it, if any


@dataclass(frozen=True)
class MustMention:
    """A name the question gives that a quoted sentence's passage must mention (search/names.py):
    ``terms``, any of which will do; ``passage_terms``, what a chunk mentions."""

    name: str
    terms: frozenset[str]
    passage_terms: Callable[[object], frozenset[str]]


# The idf under which a question's word alone says nothing of what it asks about, being held by
# most passages (about three in five and more): "children" in the Ofsted library (0.1).
SAYS_NOTHING_OF_THE_TOPIC = 0.5
# A report term for the question's plain words counts when its words' idf add up to this: "caseloads"
# (3.3 in the Ofsted library), "staying put" (7.3), not "looked after" (1.4) nor "children" (0.1).
PHRASE_MIN_WEIGHT = 3.0
_ACRONYM = re.compile(r"^[A-Z]{2,}$")
PHRASE_GAP = 5  # words that may stand between a term's words: "chair their own looked after children review"


@lru_cache(maxsize=512)
def report_term_pattern(phrase: str) -> re.Pattern:
    """How a sentence holds one of the reports' terms: its words as written, a plural too
    ("caseload", "caseloads"), in order and at most ``PHRASE_GAP`` words apart, function words
    aside. Stems caught too much: "hours" in "within 24 hours" for "out-of-hours", "house" in
    "in-house" for "housing". An acronym ("SEND", not "send") and a capitalised name ("Prevent",
    not "prevent") keep their case; a hyphen may be a space or a dash ("out of hours", "out–of-hours")."""
    words = [w for w in phrase.split() if _ACRONYM.match(w) or content_terms(w)] or phrase.split()
    parts = []
    for word in words:
        base = word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word
        body = re.escape(base).replace("'", "['’]").replace(r"\-", r"[-\u2010-\u2015\s]")
        body = rf"{body}s?" if _ACRONYM.match(word) else rf"{body}(?:s|es)?"
        parts.append(body if word[:1].isupper() else rf"(?i:{body})")
    return re.compile(r"\b" + rf"\W+(?:\w+\W+){{0,{PHRASE_GAP}}}?".join(parts) + r"\b")


class ModelAnswerer:
    def __init__(
        self,
        model: AnswerModel,
        *,
        threshold: float = 0.5,
        max_sentences: int = 3,
        candidates: int = 32,
        rerank: bool = True,
        passage_prior: float = 0.15,
        lexical_weight: float = 0.0,
        named_weight: float = 0.0,
        judgement_weight: float = 0.0,
        area_match: bool = False,
        recommendation_weight: float = 0.0,
        lead_inspector_weight: float = 0.0,
        kind_weight: float = 0.0,
        off_topic_weight: float = 0.0,
        plain_words_weight: float = 0.0,
        name_weight: float = 0.0,
        near_weight: float = 0.0,
        leaning_weight: float = 0.0,
        response_weight: float = 0.0,
        cause_weight: float = 0.0,
        runner_up: float = 0.0,
        read_every_passage: bool = False,
        meaning_weight: float = 0.0,
        topic_form: bool = False,
        report_present: str = "off",
        settle: int = 0,
    ):
        """``lexical_weight``: how much the pre-filter's score (the question's rarer words held,
        passage rank) adds to the model's calibrated logit; fitted on the tune halves (0: the
        model alone). ``meaning_weight``: how much a sentence's likeness in meaning to the
        question (the cosine of their vectors, where the index holds the sentence's), less the
        most alike sentence's, adds to that score."""
        self.model = model
        self.threshold = threshold
        self.max_sentences = max_sentences
        self.candidates = candidates
        self.rerank = rerank
        self.passage_prior = passage_prior
        self.lexical_weight = lexical_weight
        self.named_weight = named_weight
        self.kind_weight = kind_weight
        self.off_topic_weight = off_topic_weight
        self.plain_words_weight = plain_words_weight
        self.name_weight = name_weight
        self.area_match = area_match
        self.near_weight = near_weight
        self.leaning_weight = leaning_weight
        self.response_weight = response_weight
        self.cause_weight = cause_weight
        self.runner_up = runner_up
        self.read_every_passage = read_every_passage
        self.meaning_weight = meaning_weight
        self.topic_form = topic_form
        self.report_present = report_present
        self.settle = settle
        self._document_acronyms: dict[tuple[str, int], Mapping[str, str]] = {}  # each document's own, found once
        self.preferences = tuple(
            (p, w)
            for p, w in (
                (JUDGEMENT, judgement_weight),
                (RECOMMENDATION, recommendation_weight),
                *((p, lead_inspector_weight) for p in FOUND_IN_PLACE),
            )
            if w > 0
        )

    # ------------------------------------------------------------ candidates

    def sentences(self, passages: Sequence[Passage], document_text: Callable[[str], str | None]) -> list[_Sentence]:
        """Every sentence of the passages once, as spans of its document's text."""
        seen: set[tuple[str, int, int]] = set()
        found: list[_Sentence] = []
        for passage in passages:
            chunk = passage.chunk
            text = document_text(chunk.doc_id)
            if text is None:
                continue
            for start, end, previous in passage_sentence_spans(text, chunk.start, chunk.end):
                key = (chunk.doc_id, start, end)
                if key in seen:
                    continue
                seen.add(key)
                found.append(_Sentence(passage, start, end, text[start:end], previous))
        return found

    def prefilter(
        self,
        ranked: list[tuple[_Sentence, float]],
        preferred: Callable[[_Sentence], bool] | None = None,
        near: Callable[[_Sentence], bool] | None = None,
    ) -> list[tuple[_Sentence, float]]:
        """The sentences worth the model's time, from ``ranked`` (:meth:`_ranked`: rarer question
        words held, and passage rank), best first.

        Sentences of the form the question asks for (``preferred``: a judgement row, a
        recommendation) are read too, up to ``PREFERRED_EXTRA`` more: "The experiences and
        progress of care leavers: good" shares few words with "How was Leeds rated for its care
        leavers?". (Choosing by meaning as well, from the best 96 by
        words, put the answer among those read more often, 0.51 -> 0.58 on the Ofsted tune half
        within the right report, but the model then chose right less often, 0.30 -> 0.27.)
        A follow-up's sentences ``near`` the previous answer's quotes are read too, up to
        ``NEAR_EXTRA`` of them in place of the pre-filter's last choices that are neither near nor
        of the preferred form (the model reads no more): "Has it worked?" shares no word with the
        sentence that says."""
        kept = ranked[: self.candidates]
        if near is not None:
            # In place of the pre-filter's last choices, so the model reads no more sentences.
            # Each takes the place of the last choice not near a quote itself: a sentence around
            # the quote that the words already chose stays read ("It is too early to measure the
            # full impact" came 24th of 32 and was pushed out by ones from further on).
            room = min(NEAR_EXTRA, self.candidates - self.candidates // 2)
            around = list(islice((item for item in ranked[self.candidates :] if near(item[0])), room))
            # Nor does one of the form asked for give way ("Inspection dates: …" for "When did it take place?").
            replaceable = [i for i in reversed(range(len(kept))) if not near(kept[i][0]) and not (preferred and preferred(kept[i][0]))][: len(around)]
            dropped = set(replaceable)
            kept = [item for i, item in enumerate(kept) if i not in dropped] + around[: len(dropped)]
        if preferred is not None:
            taken = {id(s) for s, _ in kept}
            extra = (item for item in ranked[self.candidates :] if id(item[0]) not in taken and preferred(item[0]))
            kept += islice(extra, PREFERRED_EXTRA)
        return kept

    @staticmethod
    def _ranked(
        question: str,
        sentences: list[_Sentence],
        term_weight: Callable[[str], float] | None,
        also: str = "",
        naming: frozenset[str] = frozenset(),
        likeness: Sequence[float] | None = None,
        meaning_weight: float = 0.0,
    ) -> list[tuple[_Sentence, float]]:
        """Every sentence with the pre-filter's score (rarer question words held, passage rank), best
        first. Words of ``also`` count when held as the question's do, but a sentence without them
        is scored as it would be without ``also``. The question's words ``naming`` the documents
        it is about do not count: a report names its council in sentence after sentence, and the
        rarest word of "Were Bristol practitioners overloaded …?" filled the 32 read with
        Bristol's sentences about anything (README, Evaluation, nineteenth session). ``likeness``,
        one a sentence, adds ``meaning_weight`` times its shortfall from the most alike sentence's:
        "Which week did Ofsted's team spend in Southwark?" shares no word but the council's with
        "Inspection dates: 26 to 30 September 2022" (README, Evaluation, twenty-fifth session)."""
        q_terms = set(content_terms(question)) - naming
        weight = term_weight or (lambda term: 1.0)
        weights = {t: weight(t) for t in q_terms}
        total = sum(weights.values()) or 1.0
        extra = set(content_terms(also)) - q_terms
        weights.update({t: weight(t) for t in extra})
        q_terms |= extra
        # Likeness counts against the sentence most like the question, which gains nothing: a
        # question on the documents' own topic finds every sentence alike, which says nothing
        # about whether one answers it (added whole, or against the average sentence's, it raised
        # "What was the name of the intervention provider who met Ali?", which the texts never
        # say, past the threshold). So meaning lowers the sentences less like the question, and
        # raises none.
        most_alike = max(likeness) if likeness is not None and len(likeness) else 0.0
        ranked = []
        for i, sentence in enumerate(sentences):
            held = set(content_terms(sentence.text)) & q_terms
            lexical = sum(weights[t] for t in held) / total
            prior = 1.0 / (1.0 + (sentence.passage.rank - 1) / 4.0)
            meant = meaning_weight * (float(likeness[i]) - most_alike) if likeness is not None else 0.0
            ranked.append((sentence, lexical + 0.5 * prior + meant))
        ranked.sort(key=_best_first)
        return ranked

    @staticmethod
    def unread_passages(ranked: list[tuple[_Sentence, float]], kept: list[tuple[_Sentence, float]]) -> list[tuple[_Sentence, float]]:
        """For each passage none of whose sentences the pre-filter kept, its best sentence by the
        pre-filter: read by the model only to place the passage in the reranked order (on the
        Ofsted tune half, 14 of the 17 evidence passages among the 40 but not in the reranked
        top 5 had no sentence read, so they could only sink). Never quoted: more candidates for
        the answer made it worse (README, Evaluation)."""
        read = {id(s.passage) for s, _ in kept}
        best: dict[int, tuple[_Sentence, float]] = {}
        for sentence, score in ranked:
            if id(sentence.passage) not in read and id(sentence.passage) not in best:
                best[id(sentence.passage)] = (sentence, score)
        # The first-stage's best passages first, and no more than UNREAD_PASSAGES: the model's time
        # grows with every sentence it reads.
        return sorted(best.values(), key=lambda item: item[0].passage.rank)[:UNREAD_PASSAGES]

    # ------------------------------------------------------------ the answer

    def answer(
        self,
        question: str,
        passages: Sequence[Passage],
        *,
        top_k: int,
        titles: Mapping[str, str],
        document_text: Callable[[str], str | None],
        locate: Callable[[str, int], object] | None = None,
        term_weight: Callable[[str], float] | None = None,
        rerank: bool | None = None,
        model_titles: Mapping[str, str] | None = None,
        asked: str | None = None,
        named: set[str] | frozenset[str] = frozenset(),
        context: str | None = None,
        follows: tuple[Span, ...] = (),
        must_mention: MustMention | None = None,
        confined: frozenset[str] = frozenset(),
        report_years: frozenset[str] = frozenset(),
        which_report: frozenset[str] = frozenset(),
        also_look_for: str = "",
        report_phrases: Sequence[Sequence[str]] = (),
        naming_words: frozenset[str] = frozenset(),
        furniture: frozenset[str] = frozenset(),
        acronyms_spelt: Sequence[tuple[str, str]] = (),
        acronyms_read_long: bool = False,
        sentence_acronyms_read_long: bool = False,
        meaning: Callable[[str, list[tuple[str, int, int]]], Sequence[float] | None] | None = None,
    ) -> Answer:
        """The answer, with ``top_k`` passages (reranked unless ``rerank`` is False) and why.

        ``question`` is what is read (a follow-up with its context); ``asked``, the question as
        the person typed it, decides whether it has two parts; ``model_titles``, the title the model reads beside each sentence
        (the file's own, as in training; ``titles``, what citations show, where not given); ``named``, the documents the
        question names, whose sentences are preferred by ``named_weight``; ``context``, a
        follow-up read with its conversation ("How was Leeds rated? And for care leavers?"),
        decides whether a judgement is asked; ``follows``, a follow-up's previous answer's
        quotes: the sentences around them gain ``near_weight``; ``must_mention``, a name whose
        passages alone may be quoted ("What grades did Norfolk get?": not Salford's); ``confined``,
        the reports of the council the question names, the only ones it may quote (asked about
        Bristol, Medway's figures are not Bristol's, however alike); ``report_years``, the years of
        the reports the question names, which "What did Ofsted say about X in 2024?" gives to name
        the report and not X (topic_questions.py); ``which_report``, the year closing the question
        that only says which report (DocumentRouter.report_year_words), which the model does not read;
        ``also_look_for``, the reports' words for the question's plain ones ("caseloads" for
        "overloaded"), which the pre-filter looks for beside the question's own;
        ``report_phrases``, the same terms one by one, grouped by phrasing ("caseloads",
        "return home interviews"), whose sentences gain ``plain_words_weight``; ``naming_words``,
        the question's words that name the documents it is about, which the pre-filter ignores;
        ``furniture``, sentences the library repeats across its documents (documents/furniture.py),
        never quoted, nor counted in ordering the passages, unless they state a grade;
        ``meaning``, each sentence's (document, start, end) likeness in meaning to the question
        read (None where the index holds no sentence vectors), which the pre-filter weighs by
        ``meaning_weight``."""
        started = time.perf_counter()
        timings: dict[str, float] = {}
        rerank = self.rerank if rerank is None else rerank
        # A follow-up wants what the turn before asked for ("How was Leeds rated? And for care
        # leavers?": a grade) unless it asks its own question ("… Who can see where they are?").
        # Nor does one asking why ("Why was it inadequate?" after the grades: a table row gives no reason).
        inherits = bool(context) and not (asked and (asks_its_own_question(asked) or asks_why(asked)))
        asked_for = [(p, w) for p, w in self.preferences if p.asked(asked or question, context or "", inherits)]
        # No judgement row answers "Why was it rated that way?", "What are the reasons for Havering's
        # inadequate rating?" (it states no reason), nor "what
        # about homeless 16 and 17 year olds" after a grade (no row grades that topic, and the
        # grade asked before is not what it asks for: the overall row was quoted).
        if asks_for_a_cause(asked or question) or (inherits and asked and not JUDGEMENT.asks.search(asked) and names_an_ungraded_topic(asked)):
            asked_for = [(p, w) for p, w in asked_for if p is not JUDGEMENT]

        # A judgement row grading another area than the one asked about is not of the form asked for;
        # nor, asked which area fell short of good, is a row graded good or outstanding.
        areas = (asked_areas(asked or question) or asked_areas(context or "")) if self.area_match else frozenset()
        shortfall = self.area_match and bool(_ASKS_SHORTFALL.search(asked or question))
        earlier = self.area_match and asks_earlier_inspection(asked or question)
        # Asked for a grade with no area named ("How did Ofsted rate Hackney's children's
        # services?"): the overall judgement, not whichever area's row the model likes best.
        overall_implied = (
            self.area_match
            and not areas
            and not shortfall
            and not earlier
            and any(p is JUDGEMENT for p, _ in asked_for)
            and asks_overall(asked or question)
            and asks_overall(context or "")
            # "How was Windsor and Maidenhead rated in 2015?" of its 2020 report: an earlier inspection's
            and not (years_asked(asked or question) - report_years)
        )
        if overall_implied:
            areas = OVERALL
        asked_years = years_asked(asked or question)
        off_rows: set[tuple[str, int]] = set()  # judgement rows left out so, for the explanation
        forms_of: dict[tuple[str, int], list[bool]] = {}  # the pre-filter and the boosts ask about the same sentences

        def previous_text(sentence: _Sentence) -> str:
            return (document_text(sentence.passage.chunk.doc_id) or "")[slice(*sentence.previous)] if sentence.previous else ""

        def of_form(sentence: _Sentence) -> list[bool]:
            """Per preference asked for: whether the sentence has its form."""
            key = (sentence.passage.chunk.doc_id, sentence.start)
            if key not in forms_of:
                located = locate(sentence.passage.chunk.doc_id, sentence.start) if locate and asked_for else None
                heading = getattr(located, "heading", None)
                forms = [p.states(sentence.text, heading) for p, _ in asked_for]
                # Where it stands says whose verdict a short one is: "The local authority was judged
                # to be adequate." after "The previous inspection … was in March 2014."
                previous = previous_text(sentence) if self.area_match else ""
                if earlier:
                    # What an earlier inspection found is said at length ("Since the last inspection in
                    # 2016, when services were rated as good overall, there has been …"): of the form
                    # asked for whatever its length.
                    forms = [
                        form or (p is JUDGEMENT and states_earlier_verdict(sentence.text, graded=True, previous=previous, heading=heading))
                        for form, (p, _) in zip(forms, asked_for)
                    ]
                judged = any(form and p is JUDGEMENT for form, (p, _) in zip(forms, asked_for))
                if judged and (
                    ((areas or shortfall) and grades_other_than_asked(sentence.text, areas, shortfall))
                    or (earlier and len(named) < 2 and is_judgement_row(sentence.text))
                    or (
                        self.area_match
                        and not earlier
                        # where it stands counts when the question asks for the report's own grades
                        # (the overall one, or an area's), not of what it names apart ("How were
                        # Kent's children's homes rated?": "Four were judged to be good …" is the answer)
                        and states_earlier_verdict(sentence.text, previous=previous if areas else "", heading=heading if areas else None)
                        # unless the question names that inspection's year: "How did the inspection
                        # of Tower Hamlets in July 2012 judge services?"
                        and not (asked_years and asked_years & _years_in(f"{sentence.text} {previous}"))
                    )
                    # the grade of the schools the children attend, or of the council's children's
                    # homes, asked about the table's areas: "The majority (85%) of looked after children
                    # attend a school rated as good or better by Ofsted." (18 sentences of the library)
                    or (areas and grades_another_provider(sentence.text) and not _ASKS_ABOUT_PROVIDERS.search(asked or question))
                ):
                    forms = [form and p is not JUDGEMENT for form, (p, _) in zip(forms, asked_for)]
                    off_rows.add(key)
                forms_of[key] = forms
            return forms_of[key]

        preferred = (lambda s: any(of_form(s))) if asked_for else None
        quoted_before = tuple(follows)
        follows = quoted_before if self.near_weight else ()

        def is_near(s: _Sentence) -> bool:
            return near_quoted(s.passage.chunk.doc_id, s.start, s.end, follows)

        sentences = self.sentences(passages, document_text)
        likeness = None
        if meaning is not None and self.meaning_weight and sentences:
            likeness = meaning(question, [(s.passage.chunk.doc_id, s.start, s.end) for s in sentences])
        ranked = self._ranked(question, sentences, term_weight, also_look_for, naming_words, likeness, self.meaning_weight)
        kept = self.prefilter(ranked, preferred, is_near if follows else None)
        # The sentences an answer may quote; any appended after them only order the passages.
        quotable, ordering_only = slice(len(kept)), slice(len(kept), None)
        if rerank and self.read_every_passage:
            kept = kept + self.unread_passages(ranked, kept)
        # The model never learnt a report's acronyms: "CAPP is … chaired by the assistant director"
        # said nothing to "Who chairs the children's accommodation and placement panel?" (0.13). It
        # reads each sentence with its document's acronyms as their long forms; the quote is as written.
        # (The sentence before it, read as context, stays as written: spelt out, it pushed the
        # words nearest the sentence out of the context's last 120 characters, and "This has
        # undoubtedly led to improved workforce stability" lost "Has it helped?" to the quote before.)
        def in_full(doc_id: str) -> Mapping[str, str]:
            if not sentence_acronyms_read_long:
                return {}
            text = document_text(doc_id) or ""
            key = (doc_id, hash(text))  # a document rebuilt with other text reads afresh
            found = self._document_acronyms.get(key)
            if found is None:
                if len(self._document_acronyms) >= MAX_DOCUMENTS_REMEMBERED:
                    self._document_acronyms.clear()
                found = self._document_acronyms[key] = document_long_forms(text) if text else {}
            return found

        texts = []
        for sentence, _ in kept:
            forms = in_full(sentence.passage.chunk.doc_id)
            texts.append(
                candidate_text(
                    read_in_full(sentence.text, forms),
                    previous_text(sentence),
                    (model_titles or titles).get(sentence.passage.chunk.doc_id, ""),
                )
            )
        outside = [bool(named) and s.passage.chunk.doc_id not in named for s, _ in kept]
        forms = [of_form(s) for s, _ in kept]
        boosts = [sum(w for (_, w), hit in zip(asked_for, row) if hit) for row in forms]
        from assistant.answers.question_parts import split_parts

        kind = asked_kind(asked or question)
        parts = split_parts(asked or question)
        others = [part for part in parts or () if asked_kind(part) != kind]
        # A question in parts asking a kind in one part only: a sentence answering another part
        # lacks nothing. One stating a grade answers a part asking for one ("Who was the lead
        # inspector for Sunderland in 2021 and what was the overall judgement?" took 4 from the grade
        # row, which names no one, and quoted a sentence on the 2015 verdict instead); what answers
        # any other part cannot be told, so no sentence lacks anything there.
        graded_part = kind is not None and bool(others) and all(_ASKS_JUDGEMENT.search(part) for part in others)
        if kind is not None and others and not graded_part:
            kind = None
        # A person's name or age is narrow: a sentence without one cannot answer, however close.
        lack_weight = self.name_weight if kind in ("name", "age") else self.kind_weight
        kind = kind if lack_weight > 0 else None
        holds_asked = [kind is not None and holds_kind(kind, s.text, asked or question) for s, _ in kept]
        lacking = [kind is not None and not holds and not (graded_part and bool(_A_GRADE.search(s.text))) for (s, _), holds in zip(kept, holds_asked)]
        holding = frozenset(id(s) for (s, _), holds in zip(kept, holds_asked) if holds) if graded_part else frozenset()
        if kind == "date" and self.area_match and not earlier:
            # "When were inspectors in Hartlepool?": "The previous inspection … was in August 2012" dates another.
            lacking = [lack or dates_only_an_earlier_inspection(s.text) for (s, _), lack in zip(kept, lacking)]
        elif kind == "date" and earlier:
            # "When was Kirklees previously inspected?": the report's own "Inspection dates: …" date this one.
            lacking = [lack or states_inspection_dates(s.text) for (s, _), lack in zip(kept, lacking)]
        asks_next = bool(ASKS_NEXT_INSPECTION.search(asked or question))
        if kind == "date" and asks_next:
            # "When is Sunderland due to be inspected?": a sentence dating what happened does not say
            # what will ("… restorative justice … in 2014" was quoted).
            lacking = [lack or not _LOOKS_AHEAD.search(s.text) for (s, _), lack in zip(kept, lacking)]
        who = asks_who(asked or question)
        # "Who does that now?" after "Who line-managed the director …?": the role is the conversation's.
        role_text = (asked or question) if names_role(asked or question) else (context or asked or question)
        # "What did Ofsted say about X?" asks what X is like: so the model reads it (topic_questions.py),
        # and a label line ("Lead inspector: …") states nothing about X, whoever the question names.
        model_question = as_topic_question(question, report_years) if self.topic_form else question
        topic = model_question != question
        as_topic = model_question
        model_question = without_report_year(model_question, which_report, present=self.report_present != "off")
        if self.report_present == "on" and not which_report:
            model_question = in_a_named_reports_present(model_question, report_years)
        reworded = model_question  # before the acronyms are read as their long forms
        if acronyms_read_long:
            model_question = read_long(model_question, acronyms_spelt)
        about_team = bool(_ASKS_ABOUT_INSPECTORS.search(asked or question))
        misfits = [
            self.kind_weight > 0
            and not lack
            and (
                (topic and is_label_line(s.text))
                or label_misfit(kind, who, s.text, role_text)
                or (not about_team and states_inspection_team(s.text))
            )
            for (s, _), lack in zip(kept, lacking)
        ]
        boosts = [b - (lack_weight if lack else self.kind_weight * misfit) for b, lack, misfit in zip(boosts, lacking, misfits)]
        # A report's own dates never say when the next inspection is; the model reads "When will
        # Wirral be inspected again?" much as "When was Wirral inspected?" (0.92, and 0.18 with the
        # misfit's loss), so those lines are put out of reach.
        # Nor does a sentence dating an earlier one ("The previous inspection of Sunderland’s
        # safeguarding arrangements was in April 2012." was quoted for "When is Sunderland's next
        # inspection due?").
        boosts = [
            b - NOT_AN_ANSWER * (asks_next and (states_inspection_dates(s.text) or (dates_earlier_inspection(s.text) and not _LOOKS_AHEAD.search(s.text))))
            for b, (s, _) in zip(boosts, kept)
        ]
        # Asked for a grade of reports that grade (a judgement row among the sentences, or the
        # question names the reports and they state verdicts), a sentence with no grade in it
        # answers something else: "At 28th February 2014, 893 children are being looked after by
        # the LA (a rate of 65.0 per 10,000 children)." for "How were children looked after in
        # Bradford rated in 2014?", above the report's "Children looked after and achieving
        # permanence | Good" (11 of 48 such questions over the 2014–2018 reports).
        judged = [any(form and p is JUDGEMENT for form, (p, _) in zip(row, asked_for)) for row in forms]
        # Only of a question in a grade's own words about the table's areas (the overall one
        # included): "How good are assessments before a baby is born?" is answered "Pre-birth
        # assessments are undertaken to a very high standard", which names no grade.
        grading = self.area_match and self.kind_weight > 0 and bool(areas) and bool(_ASKS_A_GRADE.search(asked or question)) and any(
            is_judged and not out and (bool(named) or is_judgement_row(s.text))
            for is_judged, out, (s, _) in zip(judged[quotable], outside[quotable], kept[quotable])
        )
        # (Not a sentence dating an earlier inspection, which leads to its verdict: "The previous
        # inspection of Hartlepool’s fostering service was in August 2012. The service was judged to be good.")
        gradeless = [
            grading and not is_judged and not lack and not _A_GRADE.search(s.text) and not dates_earlier_inspection(s.text)
            for is_judged, lack, (s, _) in zip(judged, lacking, kept)
        ]
        boosts = [b - self.kind_weight * off for b, off in zip(boosts, gradeless)]
        # Asked how good something was in a dated report, the model takes the report's verdicts on
        # anything: a sentence holding none of the words saying what is asked about loses weight.
        # (A question asking for a grade or a recommendation is answered by rows and items that
        # need not repeat its words: those preferences rule there.)
        topic_words = (
            how_good_topic_terms(asked or question, naming_words) if self.off_topic_weight > 0 and report_years and not asked_for else frozenset()
        )
        if term_weight is not None and not any(term_weight(t) >= SAYS_NOTHING_OF_THE_TOPIC for t in topic_words):
            # Words most passages hold say nothing of the topic: "Were children safe in Leeds?" ("children",
            # in 90% of the Ofsted library's passages) is answered by "Young people feel safe", and
            # no sentence loses weight. Beside a rarer word ("children in care"), they still count.
            topic_words = frozenset()
        if topic_words:
            topic_words |= frozenset(content_terms(also_look_for))
            # An acronym asked about is held by a sentence using its long form ("Are EHCPs in Bury any
            # good?": "Education, health and care (EHC) plans are very good quality" lost the weight).
            spelt_words = {t for short, long in acronyms_spelt if set(content_terms(short)) & topic_words for t in content_terms(long)}
            topic_words |= frozenset(t for t in spelt_words if term_weight is None or term_weight(t) >= SAYS_NOTHING_OF_THE_TOPIC)
        off_topic = [bool(topic_words) and not topic_words.intersection(content_terms(s.text)) for s, _ in kept]
        boosts = [b - self.off_topic_weight * off for b, off in zip(boosts, off_topic)]
        # Asked in plain words ("Were Kent's social workers carrying too many cases?"), a sentence
        # in the reports' own term for them ("Caseloads in most teams are manageable, …") is about
        # what was asked, however few words it shares with the question: the model, reading the
        # question as asked, liked "… in a small number of children's cases …" better.
        counted = self._report_phrases(report_phrases, asked or question, term_weight) if self.plain_words_weight > 0 else {}
        # (Not a sentence lacking what is asked for: "How many runaways did York have?" is not answered
        # by "… analyses all risk assessments and return home interviews".)
        in_report_terms = [not lack and any(holds(s.text) for holds in counted.values()) for (s, _), lack in zip(kept, lacking)]
        boosts = [b + self.plain_words_weight * held for b, held in zip(boosts, in_report_terms)]
        near = [bool(follows) and is_near(s) for s, _ in kept]
        # The sentence right after a quote gains the weight twice: a follow-up most often asks what
        # the report says next (README, Evaluation, nineteenth session).
        following = [bool(follows) and next_after_quoted(s.passage.chunk.doc_id, s.start, s.end, follows) for s, _ in kept]
        # Right after a quote, a sentence going on from it ("This means …", "As a result, …") says what
        # came of what was quoted, which a follow-up most often asks ("What's the consequence?").
        # Asked for more ("What else do they admit played a part?"), a sentence going on from the
        # quote says more of the same ("However, they have not explained why …" came first); one
        # stating an addition ("Leaders and managers also acknowledge that …") is what it asks for.
        asks_more = bool(quoted_before) and asks_for_more(asked or question)
        going_on = [is_next and not asks_more and bool(_LEANS_BACK.match(s.text)) for is_next, (s, _) in zip(following, kept)]
        adding = [asks_more and bool(_STATES_AN_ADDITION.search(s.text)) for s, _ in kept]
        boosts = [
            b + self.near_weight * (is_near_quote + is_next) + self.leaning_weight * (on or adds)
            for b, is_near_quote, is_next, on, adds in zip(boosts, near, following, going_on, adding)
        ]
        # Asked what was done about it, the quote that stated the problem is no answer again.
        # (Not one asking for a recommendation or a grade, "What did Ofsted tell them to do about it?":
        # the report's items and rows answer those.)
        asks_response = bool(quoted_before) and self.response_weight > 0 and not asked_for and asks_what_was_done(asked or question)
        # (Not an "Also possible" quote beside it that said what was done: it is the answer now.)
        repeats = [
            asks_response
            and was_quoted(s.passage.chunk.doc_id, s.start, s.end, quoted_before)
            and (was_quoted(s.passage.chunk.doc_id, s.start, s.end, quoted_before[:1]) or not states_a_response(s.text))
            for s, _ in kept
        ]
        boosts = [b - self.response_weight * repeat for b, repeat in zip(boosts, repeats)]
        # ... and a sentence saying what was done about something is what it asks for.
        responses = [asks_response and not repeat and states_a_response(s.text) for (s, _), repeat in zip(kept, repeats)]
        boosts = [b + self.response_weight * response for b, response in zip(boosts, responses)]
        # Asked why, a sentence stating a cause ("In part, this is due to …") is what it asks for; the
        # model liked the sentence restating what the question asks about ("Workers do not always
        # see children as often as they would like.") as well or better.
        asks_cause = self.cause_weight > 0 and asks_for_a_cause(asked or question)
        causes = [asks_cause and bool(_STATES_A_CAUSE.search(s.text)) for s, _ in kept]
        boosts = [b + self.cause_weight * cause for b, cause in zip(boosts, causes)]
        # ... and a judgement row ("Overall effectiveness | Inadequate") states none: the model read
        # "Why was Bristol judged requires improvement?" and liked the row best (0.33).
        causeless = [asks_cause and is_judgement_row(s.text) for s, _ in kept]
        boosts = [b - self.kind_weight * row for b, row in zip(boosts, causeless)]
        # A question naming a day and asking something else than a date: the sentences dated that day.
        days = days_named(asked or question) if self.kind_weight > 0 and kind != "date" else frozenset()
        on_the_day = [bool(days) and bool(days & days_named(s.text)) for s, _ in kept]
        boosts = [b + self.kind_weight * dated for b, dated in zip(boosts, on_the_day)]
        # The sentences that only order passages are scored apart: int8 activations are quantised
        # per batch, so scoring them with the quotable ones would nudge those sentences' scores.
        prefilter_scores = [pre for _, pre in kept]
        probabilities: list[float] = []
        for part, settle in ((quotable, self.settle), (ordering_only, 0)):
            probabilities += self._probabilities(model_question, texts[part], prefilter_scores[part], outside[part], boosts[part], settle)
        every = sorted(
            ((s, float(p), pre) for (s, pre), p in zip(kept, probabilities)),
            key=_best_first,
        )
        quotable_ids = {id(s) for s, _ in kept[quotable]}
        scored = [item for item in every if id(item[0]) in quotable_ids]
        scored_at = time.perf_counter()
        timings["model"] = (scored_at - started) * 1000

        # A publisher's contact lines and licence answer nothing (a grade row repeats, and does). They
        # are still read, beside the others: left out, others took their places, and the model liked
        # some of those better than the answer it chose before.
        repeated_ids = {id(item[0]) for item in every if _is_furniture(item[0].text, furniture)} if furniture else set()
        # ... nor does a copyright line, repeated or not ("© Crown copyright 2021", in few reports of
        # that year, was quoted for "What was said about it?").
        repeated_ids |= {id(item[0]) for item in every if _COPYRIGHT_LINE.match(item[0].text)}
        caption_ids = {id(item[0]) for item in every if is_photo_caption(item[0].text) or self._titles_a_picture(item[0], document_text)}
        repeated = [item for item in scored if id(item[0]) in repeated_ids]
        captions = [item for item in scored if id(item[0]) in caption_ids]
        left_out = repeated_ids | caption_ids
        every = [item for item in every if id(item[0]) not in left_out]
        scored = [item for item in scored if id(item[0]) not in left_out]
        reranked = self._rerank(passages, every) if rerank else list(passages)
        shown = tuple(reranked[:top_k])
        quotable_scored = scored
        if must_mention is not None:
            mentioned: dict[str, bool] = {}
            for sentence, _, _ in scored:
                chunk = sentence.passage.chunk
                if chunk.id not in mentioned:
                    mentioned[chunk.id] = bool(must_mention.terms & must_mention.passage_terms(chunk))
            quotable_scored = [item for item in scored if mentioned[item[0].passage.chunk.id]]
        elsewhere = 0
        if confined:
            kept_in = [item for item in quotable_scored if item[0].passage.chunk.doc_id in confined]
            elsewhere, quotable_scored = len(quotable_scored) - len(kept_in), kept_in
        # Asked "Who sculpted the statue …?", a sentence giving nothing but the question's own words
        # is no answer; the question read with its conversation decides (a follow-up's context counts).
        typed_terms, read_terms = repeatable_terms(asked or question), repeatable_terms(question)
        terms = typed_terms & read_terms if typed_terms is not None and read_terms is not None else None
        repeating = [item for item in quotable_scored if says_nothing_new(item[0].text, terms)] if terms is not None else []
        if repeating:
            dropped = {id(item) for item in repeating}
            quotable_scored = [item for item in quotable_scored if id(item) not in dropped]
        # "What else …?" after an answer: what it quoted is no answer again.
        said = []
        if asks_more:
            said = [item for item in quotable_scored if was_quoted(item[0].passage.chunk.doc_id, item[0].start, item[0].end, quoted_before)]
            quotable_scored = [item for item in quotable_scored if not any(item is quoted for quoted in said)]
        # Asked when an earlier inspection was, the report's own "Inspection dates: …" line is never
        # the answer (lacking the date asked for, it still came first for 9 of 120 reports asked
        # "When had Ofsted last inspected {council} before the {year} report?"). Where the question
        # names two reports or more, one of them may be that earlier inspection's: only a line
        # dated the year the question measures from is left out ("… before the December 2023 visit?").
        own_dates = []
        if self.area_match and asks_earlier_inspection_date(asked or question):
            measured_from = _years_in(asked or question)
            own_dates = [
                item
                for item in quotable_scored
                if states_inspection_dates(item[0].text) and (len(named) < 2 or bool(measured_from & _years_in(item[0].text)))
            ]
            quotable_scored = [item for item in quotable_scored if not any(item is line for line in own_dates)]
        # Asked for more, what the answer before quoted is not given again, even as the sentence a
        # chosen one leans back on: the person has just read it.
        seen_before = quoted_before if asks_more else ()
        chosen, runner_up = self._select(asked or question, quotable_scored, document_text, named, seen_before, holding)
        # Some weights choose which sentence, never whether to answer, and the decision is the best
        # sentence's score without them. The reports' terms for plain words: a question the report
        # does not answer, on a topic it covers, still abstains ("What did Hackney spend on
        # counselling for foster parents?" quoted a sentence on CAMHS, 2 higher). A follow-up asking
        # what was done: a sentence saying what was done is no answer to it unless it answers
        # without that weight, and when no other clears the threshold, the quote that lost weight
        # is the answer again ("Leaders are aware of this and have …").
        added: dict[int, float] = {}
        for (s, _), held, repeat, response, cause in zip(kept, in_report_terms, repeats, responses, causes):
            weight = self.plain_words_weight * held + self.response_weight * (response - repeat) + self.cause_weight * cause
            if weight:
                added[id(s)] = weight
        read_again = {id(s) for (s, _), repeat in zip(kept, repeats) if repeat}
        restored_used = False
        if read_again and not chosen:
            restored = sorted(
                ((s, _without(p, -self.response_weight) if id(s) in read_again else p, pre) for s, p, pre in quotable_scored),
                key=_best_first,
            )
            if restored and restored[0][1] >= self.threshold:
                quotable_scored, restored_used = restored, True
                for key in read_again:
                    added[key] = added.get(key, 0.0) + self.response_weight
                chosen, runner_up = self._select(asked or question, quotable_scored, document_text, named, seen_before, holding)
        unboosted = None
        if chosen and any(added.get(id(s)) for s, _, _ in quotable_scored):
            unboosted = max(_without(p, added.get(id(s), 0.0)) for s, p, _ in quotable_scored)
            if unboosted < self.threshold:
                chosen, runner_up = [], None
        decision = self._decision(quotable_scored, chosen)
        off_read = sum((s.passage.chunk.doc_id, s.start) in off_rows for s, _ in kept[quotable])
        notes = self._notes(
            asked_for, forms[quotable], outside[quotable], lacking[quotable], near[quotable], misfits[quotable], (kind, lack_weight), (areas, off_read, earlier), following[quotable]
        )
        if topic:
            notes += (f"the answer model read the question as \u201c{model_question}\u201d: it asks what the documents say about a topic",)
        elif reworded != as_topic and which_report:
            notes += (
                f"the answer model read the question as \u201c{model_question}\u201d: its closing year says which report it is about"
                + (", and a report states its own time in the present" if reworded != without_report_year(as_topic, which_report, present=False) else ""),
            )
        elif reworded != as_topic:
            notes += (f"the answer model read the question as \u201c{model_question}\u201d: it names a report, which states its own time in the present",)
        elif model_question != reworded:
            notes += (f"the answer model read the question as \u201c{model_question}\u201d: an acronym as its long form",)
        if any(causes[quotable]):
            notes += (f"the question asks why: {sum(causes[quotable])} sentence(s) stating a cause gained {self.cause_weight:g} on the logit (choosing which, never whether to answer)",)
        if self.kind_weight and any(causeless[quotable]):
            notes += (f"the question asks why: {sum(causeless[quotable])} judgement row(s), which state no reason, lost {self.kind_weight:g} on the logit",)
        if any(gradeless[quotable]):
            notes += (f"the question asks for a grade: {sum(gradeless[quotable])} sentence(s) stating none lost {self.kind_weight:g} on the logit",)
        if any(repeats[quotable]) or any(responses[quotable]):
            notes += (
                f"a follow-up asking what was done about it: the previous answer's quote lost {self.response_weight:g} on the logit"
                + (", and was quoted again: no other sentence cleared the threshold" if restored_used else "")
                + (f"; {sum(responses[quotable])} sentence(s) saying what was done gained it" if any(responses[quotable]) else ""),
            )
        if any(in_report_terms[quotable]):
            notes += (
                f"the question's plain words have the reports' term{'s' if len(counted) > 1 else ''} "
                f"{', '.join(repr(p) for p in counted)}: {sum(in_report_terms[quotable])} sentence(s) holding "
                f"{'one' if len(counted) > 1 else 'it'} gained {self.plain_words_weight:g} on the logit",
            )
        if unboosted is not None and not chosen:
            weighed = "what was done" if any(responses[quotable]) and not any(in_report_terms[quotable]) else "the reports' terms"
            notes += (
                f"the best sentence cleared the threshold only with the weight of {weighed}: without it, "
                f"{unboosted:.2f}; that weight chooses which sentence, never whether the documents answer",
            )
        if any(on_the_day[quotable]):
            shown_days = ", ".join(f"{day} {_MONTH_NAMES[month]}" for day, month in sorted(days))
            notes += (f"the question names a day ({shown_days}): {sum(on_the_day[quotable])} sentence(s) dated that day gained {self.kind_weight:g} on the logit",)
        if any(off_topic[quotable]):
            notes += (
                f"the question asks how good something was, about {words_for_terms(asked or question, topic_words)}: "
                f"{sum(off_topic[quotable])} sentence(s) holding none of those words lost {self.off_topic_weight:g} on the logit",
            )
        if likeness is not None:
            notes += (
                f"the pre-filter weighed each sentence's likeness in meaning to the question (weight {self.meaning_weight:g}, "
                "against the most alike sentence's), beside the words it holds",
            )
        if naming_words:
            notes += (
                f"the pre-filter did not count {words_for_terms(asked or question, naming_words)}: it names the report "
                f"asked about, which picks the report, not the sentences within it",
            )
        if kept[ordering_only]:
            notes += (
                f"{len(kept[ordering_only])} more sentence(s), the best of each of the first {UNREAD_PASSAGES} passages with none read, "
                f"were scored only to order the passages",
            )
        if must_mention is not None and len(quotable_scored) < len(scored):
            notes += (
                f"the question names \u201c{must_mention.name}\u201d: {len(scored) - len(quotable_scored)} sentence(s) from "
                f"passages that do not mention it (nor does their document's name) were not quoted",
            )
        if elsewhere:
            notes += (
                f"the question names a council: {elsewhere} sentence(s) from other councils' reports were not quoted "
                f"(they may still order the passages)",
            )
        if repeating and repeating[0][1] >= self.threshold:
            notes += (f"{len(repeating)} sentence(s) saying nothing the question does not (\u201c{repeating[0][0].text[:60]}\u201d) were not quoted",)
        if repeated and repeated[0][1] >= self.threshold:
            notes += (
                f"{len(repeated)} sentence(s) the library repeats across its documents, or copyright lines (\u201c{repeated[0][0].text[:50]}\u201d) "
                f"were not quoted: they say nothing about the document they sit in",
            )
        if captions and captions[0][1] >= self.threshold:
            notes += (f"{len(captions)} picture caption(s) (\u201c{captions[0][0].text[:50]}\u201d) were not quoted: a picture's credit or title names no fact",)
        if said:
            notes += (f"the question asks for more than the answer before it: {len(said)} sentence(s) that answer quoted were not quoted again",)
        if self.leaning_weight and any(adding[quotable]):
            notes += (
                f"the question asks for more: {sum(adding[quotable])} sentence(s) stating an addition "
                f"(\u201calso\u201d, \u201cin addition\u201d \u2026) gained {self.leaning_weight:g}",
            )
        if own_dates:
            notes += (f"the question asks when an earlier inspection was: the report's own \u201cInspection dates: \u2026\u201d line ({len(own_dates)}) was not quoted",)
        if self.leaning_weight and any(going_on[quotable]):
            notes += (
                f"{sum(going_on[quotable])} sentence(s) right after the previous answer's quote going on from it "
                f"(\u201c{next(s.text[:40] for (s, _), on in zip(kept[quotable], going_on[quotable]) if on)}\u201d) "
                f"gained {self.leaning_weight:g} more",
            )
        if runner_up is not None:
            notes += (
                f"a second sentence scored {chosen[-1][1]:.2f}, at least {self.runner_up:g} of the best's "
                f"{quotable_scored[0][1]:.2f}: the model cannot tell them apart, so both are quoted",
            )
        first_ranks = {p.chunk.id: p.rank for p in passages}
        explanation = Explanation(
            passages=tuple(reranked[: max(top_k, 10)]),
            first_stage_ranks=tuple(first_ranks[p.chunk.id] for p in reranked[: max(top_k, 10)]),
            candidates=tuple(
                Candidate(s.passage.chunk.doc_id, s.start, s.end, s.text, p, pre, s.passage.rank) for s, p, pre in scored
            ),
            threshold=self.threshold,
            decision=decision,
            considered=len(kept[quotable]),
            notes=notes,
        )
        if not chosen:
            timings["answer"] = (time.perf_counter() - started) * 1000
            text = NOT_FOUND_TEXT
            if must_mention is not None and scored and scored[0][1] >= self.threshold:
                # Only sentences about something else cleared the threshold: say what was missing.
                text += f" None of the passages that mention \u201c{must_mention.name}\u201d answers it."
            return Answer(question, text, True, (), shown, timings, explanation)
        citations, parts = [], []
        for n, (sentence, probability) in enumerate(chosen, 1):
            # (A sentence the passage's end cut is read whole already: documents/spans.py.)
            citations.append(cite(n, sentence.passage, sentence.start, sentence.end, sentence.text, probability, titles, locate))
            lead = RUNNER_UP_LEAD if sentence is runner_up else ""
            parts.append(f"{lead}{' '.join(citations[-1].text.split())} [{n}]")
        timings["answer"] = (time.perf_counter() - started) * 1000
        return Answer(question, " ".join(parts), False, tuple(citations), shown, timings, explanation)

    @staticmethod
    def _report_phrases(
        phrasings: Sequence[Sequence[str]], question: str, term_weight: Callable[[str], float] | None
    ) -> dict[str, Callable[[str], bool]]:
        """Of the reports' terms for the question's plain words (one group for each phrasing), those
        that say what was asked, each with how to tell a sentence holding it (:func:`report_term_pattern`).
        A group one of whose terms the question uses gains nothing ("Which university …?": "higher
        education" is no nearer the answer than "University"), nor words most passages hold
        ("children" for "kids", "looked after" for "in care": their idf under ``PHRASE_MIN_WEIGHT``
        in all)."""
        asked = frozenset(content_terms(question))
        counted: dict[str, Callable[[str], bool]] = {}
        for phrases in phrasings:
            group: dict[str, Callable[[str], bool]] = {}
            for phrase in phrases:
                pattern = report_term_pattern(phrase)
                terms = frozenset(content_terms(phrase))
                if pattern.search(question) or (terms and terms <= asked and not _ACRONYM.match(phrase)):
                    break
                if _ACRONYM.match(phrase) or (terms and (term_weight is None or sum(term_weight(t) for t in terms) >= PHRASE_MIN_WEIGHT)):
                    group[phrase] = lambda text, pattern=pattern: bool(pattern.search(text))
            else:
                counted.update(group)
        return counted

    def _probabilities(
        self,
        question: str,
        texts: list[str],
        prefilter: list[float],
        outside: list[bool] | None = None,
        boosts: list[float] | None = None,
        settle: int = 0,
    ) -> list[float]:
        """Calibrated probability per candidate: the model's logit, plus the pre-filter's score
        when the combiner weighs it, less ``named_weight`` outside the named documents, plus the
        preferences' ``boosts`` for sentences of the form the question asks for. The ``settle``
        best are scored again each alone (``AnswerModel.logits_alone``): the int8 model's score
        for a sentence read in a run leans on its run-mates, and the best few decide the answer."""
        if not texts:
            return []
        import numpy as np

        logits = self.model.logits(question, texts)
        added = self.lexical_weight * np.asarray(prefilter, dtype=np.float32)
        if outside is not None and self.named_weight:
            added = added - self.named_weight * np.asarray(outside, dtype=np.float32)
        if boosts is not None:
            added = added + np.asarray(boosts, dtype=np.float32)
        if settle:
            # The best, and those of the next few near enough to overtake it or stand beside it once
            # settled: run-mates move a logit by up to 1.2 (0.85 here, over the temperature), so a
            # sentence further than SETTLE_REACH below the best can do neither, settled or not.
            provisional = logits / self.model.temperature + added
            order = np.argsort(-provisional, kind="stable")[:settle]
            best = order[provisional[order] >= provisional[order[0]] - SETTLE_REACH]
            logits[best] = self.model.logits_alone(question, [texts[i] for i in best])
        z = logits / self.model.temperature + self.model.bias + added
        return (1.0 / (1.0 + np.exp(-z))).tolist()

    def _notes(
        self,
        asked_for,
        forms: list[list[bool]],
        outside: list[bool],
        lacking: list[bool],
        near: list[bool],
        misfits: list[bool],
        lacked: tuple[str | None, float] = (None, 0.0),
        left_out: tuple[frozenset[str], int, bool] = (frozenset(), 0, False),
        following: list[bool] | None = None,
    ) -> tuple[str, ...]:
        """In words, what the answerer added to the model's scores for this question."""
        notes = [p.note.format(n=sum(row[j] for row in forms), weight=w) for j, (p, w) in enumerate(asked_for)]
        if any(misfits):
            notes.append(
                f"{sum(misfits)} label line(s) (\"Inspection dates: …\", \"Lead inspector: …\", \"The inspection team consisted of …\") "
                f"answer another kind of question "
                f"than this one: they lost {self.kind_weight:g} on the logit"
            )
        if any(near):
            right_after = f" ({sum(following)} right after it: {2 * self.near_weight:g})" if following and any(following) else ""
            notes.append(
                f"a follow-up: {sum(near)} sentence(s) around the previous answer's quote gained {self.near_weight:g} on the logit{right_after}"
            )
        if any(lacking):
            notes.append(
                f"the question asks for {_KIND_IN_WORDS[lacked[0]]}: {sum(lacking)} "
                f"sentence(s) that hold none lost {lacked[1]:g} on the logit"
            )
        areas, off_read, earlier = left_out
        if off_read and earlier:
            notes.append(
                f"the question asks about an earlier inspection: {off_read} judgement row(s), which grade the inspection "
                f"the report is about{' or another area' if areas else ''}, gained nothing"
            )
        elif off_read and not areas:
            notes.append(f"{off_read} judgement(s) of an earlier inspection or of something else than asked gained nothing")
        elif off_read and areas == OVERALL:
            notes.append(
                f"the question asks for a grade and names no area, so the overall one: {off_read} judgement(s) of one area "
                f"or of an earlier inspection gained nothing"
            )
        elif off_read:
            notes.append(
                f"the question asks about {', '.join(sorted(areas)) or 'a grade below good'}: {off_read} judgement row(s) "
                f"grading something else gained nothing"
            )
        if any(outside) and self.named_weight:
            notes.append(
                f"the question is about some documents (it names them, or its conversation did): {sum(outside)} sentence(s) "
                f"from other documents lost {self.named_weight:g} on the logit"
            )
        return tuple(notes)

    def _rerank(self, passages: Sequence[Passage], scored) -> list[Passage]:
        """Passages by their best sentence's probability, the first-stage rank as a small prior."""
        best: dict[str, float] = {}
        for sentence, probability, _ in scored:
            chunk = sentence.passage.chunk
            for passage in passages:
                c = passage.chunk
                if c.doc_id == chunk.doc_id and c.start <= sentence.start and sentence.end <= c.end + 1:
                    best[c.id] = max(best.get(c.id, 0.0), probability)
        n = max(len(passages), 1)
        keyed = [
            (best.get(p.chunk.id, 0.0) + self.passage_prior * (1.0 - (p.rank - 1) / n), p) for p in passages
        ]
        keyed.sort(key=lambda item: (-item[0], item[1].rank))
        return [
            Passage(p.chunk, score, rank, p.dense_score, p.keyword_score) for rank, (score, p) in enumerate(keyed, 1)
        ]

    def _select(
        self,
        question: str,
        scored,
        document_text: Callable[[str], str | None],
        named: frozenset[str] | set[str] = frozenset(),
        shown: tuple[Span, ...] = (),
        holding: frozenset[int] = frozenset(),
    ) -> tuple[list[tuple[_Sentence, float]], _Sentence | None]:
        """The sentences quoted, in order, and the first of a close second's (else None). When the
        best comes from a document the question names, so does every other: "Also possible:"
        under Cumberland's caseloads quoted Northumberland's. ``shown``: quotes never added as the
        sentence a chosen one leans back on. ``holding``: the ids of the sentences holding the kind
        one part of a question in parts asks, of which one is quoted when any clears the threshold."""
        if not scored or scored[0][1] < self.threshold:
            return [], None
        best_sentence, best_p, _ = scored[0]
        chosen = [(best_sentence, best_p)]
        # More than the best sentence only for a question in two parts ("What grade … and what
        # was …?"), each clearing the threshold; or, when the model cannot tell the best from the
        # next sentence that says something else, that one too (quoted rather than chosen by a hair).
        two_parts = bool(_SECOND_PART.search(question))
        if two_parts:
            floor, room = self.threshold, self.max_sentences
        elif self.runner_up > 0:
            floor, room = max(self.threshold, self.runner_up * best_p), 2
        else:
            floor, room = 1.1, 1
        for sentence, probability, _ in scored[1:]:
            if len(chosen) >= room or probability < floor:
                break
            if any(_same_text(c, sentence) for c, _ in chosen) and not two_parts:
                break  # the runner-up says what the best says (a table row and its heading): one answer, quoted once
            if any(_overlaps(c, sentence) or _same_text(c, sentence) for c, _ in chosen):
                continue
            if best_sentence.passage.chunk.doc_id in named and sentence.passage.chunk.doc_id not in named:
                continue
            chosen.append((sentence, probability))
        if two_parts and holding and not any(id(c) in holding for c, _ in chosen):
            # The part asking a kind (a date, a name) is answered too: three grade sentences filled
            # the quotes of "How had Lambeth's safeguarding been rated at the previous visit, and
            # when was that?", and the one dating it came fourth.
            held = next(
                (
                    (sentence, probability)
                    for sentence, probability, _ in scored[1:]
                    if id(sentence) in holding and probability >= self.threshold and not any(_overlaps(c, sentence) for c, _ in chosen)
                    and not (best_sentence.passage.chunk.doc_id in named and sentence.passage.chunk.doc_id not in named)
                ),
                None,
            )
            if held is not None:
                chosen = chosen[: room - 1] + [held] if len(chosen) >= room else chosen + [held]
        groups = self._with_predecessors(chosen, document_text, shown)
        close_second = groups[-1][0][0] if len(chosen) > 1 and not two_parts else None
        return [item for group in groups for item in group], close_second

    @staticmethod
    def _titles_a_picture(sentence: _Sentence, document_text: Callable[[str], str | None]) -> bool:
        """Whether the sentence is a line titling the picture after it (furniture.is_picture_title)."""
        text = document_text(sentence.passage.chunk.doc_id)
        return text is not None and is_picture_title(text, sentence.start, sentence.end)

    def _with_predecessors(self, chosen, document_text: Callable[[str], str | None], shown: tuple[Span, ...] = ()) -> list[list[tuple[_Sentence, float]]]:
        """Per chosen sentence, itself after the sentence before it when it cannot stand alone (and
        was not among ``shown``, the answer before's quotes, when that is given)."""
        groups: list[list[tuple[_Sentence, float]]] = []
        for sentence, probability in chosen:
            group = [(sentence, probability)]
            doc_id = sentence.passage.chunk.doc_id
            text = document_text(doc_id) if sentence.previous and _LEANS_BACK.match(sentence.text) else None
            before = _sentence_before(text, sentence.previous) if text is not None else None
            if before is not None:
                start, end = before
                earlier = [c for g in groups for c, _ in g]
                taken = any(c.passage.chunk.doc_id == doc_id and c.start < end and start < c.end for c in [s for s, _ in chosen] + earlier)
                if not taken and not was_quoted(doc_id, start, end, shown):
                    group.insert(0, (_Sentence(sentence.passage, start, end, text[start:end], None), probability))
            groups.append(group)
        return groups

    @staticmethod
    def _decision(scored, chosen) -> str:
        return "answered" if chosen else "abstained"


def _best_first(item) -> tuple:
    """How scored sentences ``(sentence, score, …)`` are ordered: best first, ties by passage rank
    and place in the document."""
    return (-item[1], item[0].passage.rank, item[0].start)


def _without(probability: float, weight: float) -> float:
    """A calibrated probability with ``weight`` taken off its logit."""
    import math

    probability = min(max(probability, 1e-9), 1 - 1e-9)
    return 1.0 / (1.0 + math.exp(-(math.log(probability / (1 - probability)) - weight)))


def _sentence_before(text: str, previous: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence a leaning-back one follows: the span before it, or, when that is a paragraph's
    number or a page's ("50.", "54."), the last span before that one with words enough to be a
    sentence ("In response to identified weaknesses, …" was quoted after "50.")."""
    start, end = previous
    if len(text[start:end].split()) >= MIN_WORDS:
        return previous
    earlier = [(s, e) for s, e in sentence_spans(text, max(0, start - MAX_SENTENCE_CHARS), start) if e <= start]
    worded = [span for span in earlier if len(text[span[0] : span[1]].split()) >= MIN_WORDS]
    return worded[-1] if worded else None


def _overlaps(a: _Sentence, b: _Sentence) -> bool:
    return a.passage.chunk.doc_id == b.passage.chunk.doc_id and a.start < b.end and b.start < a.end


def _same_text(a: _Sentence, b: _Sentence) -> bool:
    """The same words, whatever the punctuation, case or article: a report's judgement table row
    ("The experiences and progress of children in care | Good") and its heading ("Experiences and
    progress of children in care: good") say one thing, so they are not two answers."""
    return _words(a.text) == _words(b.text)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in ("the", "a", "an")]


_COPYRIGHT_LINE = re.compile(r"^\W*(?:©|\(c\)\s|crown\s+copyright\b|copyright\b)[^.!?]{0,60}$", re.IGNORECASE)


def _is_furniture(text: str, furniture: frozenset[str]) -> bool:
    """A sentence the library repeats across its documents, unless it states a grade."""
    return not _A_GRADE.search(text) and furniture_key(text) in furniture
