"""Questions about a whole section: "What are the recommendations?", "Summarise the Leeds report",
"What grades did Bristol get?".

Staff reading a review ask first for its recommendations, its findings in brief and, of an
inspection, its grades. Those are not one sentence but a section ("Recommendations", "What needs
to improve?", "Executive summary", the judgement table), and the sentence-by-sentence answer
quoted one item of the list, or a cover-page line ("Inspection dates: …") for "Summarise the
report". A question that asks for such a section and for nothing narrower ("What did Leeds need
to improve?", not "What did Ofsted recommend about care leavers?") is answered by quoting the
section's items in order, each cited, from the reports :func:`choose_documents` picks; a summary
of a text without a summary section quotes its opening sentences (a press report's first
paragraph is its summary). A narrower question, or a report without such a section, is answered
as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Sequence

from assistant.answers.answering import _MONTH as MONTH_PATTERN
from assistant.domain import LIST_ITEM, SECTION_QUOTED, Answer, Chunk, Explanation, Passage
from assistant.documents.spans import BULLET_GLYPHS, paragraph_spans, sentence_spans
from assistant.search.keyword import content_terms

RECOMMENDATIONS = "recommendations"
SUMMARY = "summary"
JUDGEMENTS = "judgements"
LIST = "list"  # an item a follow-up picked by its place from the list the answer before quoted
MAX_DOCUMENTS = 4  # a question naming more reports than this asks something else than their sections

MAX_ITEMS = 30  # of a recommendations list (the 120 Ofsted reports' longest has 27)
MAX_ITEM_CHARS = 900  # a longer item is quoted by its first sentences up to this
SUMMARY_SENTENCES = 4
SUMMARY_CHARS = 1000
COMMON_SHARE = 0.4  # a word in this share of the library's passages names no particular subject
OPENING_CHARS = 600  # of a document, where its dates are looked for when its file name holds another year
VERY_COMMON_SHARE = 0.8  # ... and in this share, not even as the topic of a question ("children" in Ofsted reports)
_MONTH = re.compile(rf"\b{MONTH_PATTERN}\b", re.IGNORECASE)  # a date in a file name names no one

_ASKS_RECOMMENDATIONS = re.compile(
    r"\bre+c+om+e+nd\w*|\brecs\b|\bpriority actions?\b|\bnext steps\b|\baction points\b|\bto-?do list\b|\bneeds? fixing\b"
    r"|\b(need|needs|needed|must|should|ought to|have to|has to|had to)\b[^?.]{0,40}\b(improve|improving|improvment|change|fix|do better|"
    r"work on|focus on|address|tackle|put right|make)\b"
    r"|\b(tell|told|ask|asked|advise|advised|urge|urged|want|wants|wanted|expect|expects|expected)\b[^?.]{0,80}\bto (do|improve|change|fix|sort out|"
    r"do better|work on|focus on|address|tackle|put right|make)\b"
    # "areas for improvement", "things to fix"; not "Which areas have improved?"
    r"|\b(areas?|things|points|priorities)\b[^?.]{0,50}\b(improve|improvement|improvements|improving|improvment|development|fix|change|action|work on|put right)\b"
    r"|\b(need|needs|needed)\b[^?.]{0,20}\bimprovement\b"  # not "required improvement": that is a grade
    r"|\bimprov\w*ment (points|areas|priorities|actions|needs)\b|\ball (the )?actions\b"
    r"|\b(which|what) (improvements|changes)\b[^?.]{0,60}\b(need|needs|asked|ask|want|wanted|must|should)\b"
    r"|\bimprovements? (were |are |was |is )?(needed|required|asked for)\b|\bactions? (needed|required)\b",
    re.IGNORECASE,
)
# A question about something the conversation named ("What did they recommend about it?", "Is that
# on the list of things to fix?") asks about one item, not the whole list.
_POINTS_BACK = re.compile(
    r"\b(about|on|for|regarding|with|in|to|change|fix|improve|address|tackle|do)\s+(it|that|this|these|those|them|him|her|there)\b"
    r"(?!\s+(report|review|inspection|document|article|text|council|authority|year)\b)"
    r"|^\W*(is|was|are|were|does|did|has|have)\s+(that|this|it|those|these|they)\b",
    re.IGNORECASE,
)
# Questions that use the words of a section ask but ask something else: why, who, how quickly; yes or
# no ("Is the front door one of the areas for improvement?", "Did Ofsted recommend that …?"); what
# was *not* recommended; which council has the most.
_ASKS_SOMETHING_ELSE = re.compile(
    # one item: "the first recommendation", "recommendation 3", "name a recommendation", "the top one"
    r"\b(first|second|third|fourth|fifth|sixth|last|final|top|biggest|main|most important|single|one|only|another)\b[^?.]{0,20}"
    r"\b(recommendation|area|thing|point|priority|action|improvement|change|grade|judge?ment)\b(?!s)"
    r"|\brecommendation\s+(no\.?\s*|number\s+)?\d+|\b(a|one|an)\s+(recommendation|area for improvement)\b(?!s)"
    r"|\b(first|second|third|last|top) (one|item)\b"
    # what has been done, not what must be: "Which areas have improved?", "What actions has Leeds taken?"
    r"|\b(has|have|had)\b[^?.]{0,40}\b(improved|taken|done|made)\b|\bactions?\b[^?.]{0,30}\b(taken|take)\b"
    r"|^\W*(why|who|whom|whose|when|where)\b|^\W*how (quickly|soon|long|many|much|often|far)\b"
    r"|^\W*(is|are|was|were|does|do|did|has|have|had|will|would|should|could|can|may|might)\b(?!\s+(you|u|we|i)\b)"
    r"|\b(not|never)\s+(\w+\s+)?(recommend|require|ask|tell|told|say|said|rate|rated|grade|graded)\w*|n[’']t\s+(recommend|require|ask|tell|say|rate|grade)"
    r"|\b(most|fewest|least|highest|lowest)\b[^?.]{0,30}\b(recommendations|grades|ratings)\b|\bwhich (councils?|local authorit(y|ies)|reports?)\b",
    re.IGNORECASE,
)
_GRADED_BY_OTHERS = re.compile(r"\b(grades|ratings|scores|judge?ments)\b[^?.]{0,40}\b(give|gave|given|make|made|award|awarded)\b", re.IGNORECASE)
_GRADED_SHORT = re.compile(r"\b(which|what) areas?\b[^?.]{0,60}\b(required|requires|require|were judged|was judged)\b[^?.]{0,20}\b(improvement|inadequate)\b", re.IGNORECASE)
# "What grades did Leeds get?", "How was Bristol rated in each area?", "the judgement table"; not
# "What grade did it get for care leavers?" (one area: the judgement preference answers that).
_ASKS_JUDGEMENTS = re.compile(
    r"\b(grades|ratings|judgements|judgments|gradings|scores)\b"
    r"|\bjudge?ments? table\b|\b(rated|graded|judged|scored|do|did|does|fare|fared)\b[^?.]{0,40}\b(in|for|across|on) (each|every|all|the different|the various|the) (areas?|judgements?|judgments?|parts)\b"
    r"|\b(grade|rating|judge?ment|rated|graded|judged|scored)\b[^?.]{0,40}\b(each|every|all)\b[^?.]{0,20}\b(areas?|judge?ments?|parts|grades?)\b"
    r"|\b(each|every|all)\b[^?.]{0,20}\b(areas?|judge?ments?|parts)\b[^?.]{0,40}\b(grade|grades|graded|rating|rated|judged|get|got|given)\b"
    r"|\b(rated|graded|judged|scored)\b[^?.]{0,30}\bacross the board\b"
    r"|\b(every|each|all( of)? the) (grade|rating|judge?ment)s?\b|\bscorecard\b|\breport card\b"
    r"|\barea by area\b|\bby area\b|\bjudge?ment breakdown\b",
    re.IGNORECASE,
)
_DOCUMENT_NOUN = r"(report|review|inspection|inspectors?|ofsted|article|document|paper|findings?)"
# What a council's whole work is called: "Leeds's children's services", "Kent's work", not "Kent's care leavers".
_WHOLE_SERVICE = r"(?:(?:children['’]?s\s+)?(?:services?|social\s+care)|report|reports|inspection|inspections|council|department|work|performance|overall)\b"
_ASKS_SUMMARY = re.compile(
    # "a summary", "summarise the report"; not "the council's yearly summary of complaints"
    rf"\bsumm?ar(y|ies)\b(?! of (?!(how|what|why|where)\b|(?-i:[A-Z])|(the |this |that |its |their )?([\w’'-]+ ){{0,3}}?{_DOCUMENT_NOUN}\b))"
    r"|\bsumm?[ae]ri[sz]\w*\b|\bsynopsis\b|\brecap\b|\brun-?down\b|\bpr[eé]cis\b|\bin bullet points\b"
    rf"|\bsum (it|this|that|them|the {_DOCUMENT_NOUN}) up\b|\bsum up( the {_DOCUMENT_NOUN})?\W*$"
    r"|\boverview\b(?! and scrutiny)|\bgist\b|\bupshot\b|\bbrief me\b|\boverall picture\b|\bbottom line\b|\btl;? ?dr\b|\bin (a )?(nutshell|brief)\b"
    r"|\bthe headlines?\b(?! (figure|rate|number|rating|grade|judge?ment|verdict))"
    r"|\b(key|main|principal|headline|overall|major|most important) (findings?|points?|messages?|issues|themes|conclusions?|"
    r"concerns|lessons|learning|takeaways?)\b"
    rf"|^\W*what (did|does|do|has|have) (the |this |that |its |their )?([\w’'-]+ ){{0,2}}?{_DOCUMENT_NOUN} (find|found|conclude|concluded|say|said)( (in|on|of|for) (?-i:[A-Z])[^?.]{{0,60}})?\W*$"
    # the inspectorate on a council ("What did Ofsted say about Bradford in 2014?"); not a review
    # about a person ("What did the 12-month review say about Ali?")
    # ("… about Peterborough's care leavers?" names a topic, whatever share of the report mentions it;
    # "… about Leeds's children's services?" does not)
    r"|^\W*what (did|does|do|has|have) (ofsted|(the )?(ofsted )?inspectors|hmi) (find|found|conclude|concluded|say|said) about "
    rf"(?![^?.]*['’]s\s+(?!{_WHOLE_SERVICE})\w)(?-i:[A-Z])[^?.]{{0,60}}\W*$"
    r"|^\W*what (did|does|do) (it|they) (find|conclude|say)\W*$",
    re.IGNORECASE,
)
# Words of the ask itself and of the kind of document, which narrow nothing: "What are the key
# findings of the Ofsted report?" asks for the summary of a report, nothing narrower.
_ASK_WORDS = frozenset(
    content_terms(
        "list listed give tell show me key main principal headline overall major most important findings finding find "
        "found summarise summarised summarize summary summaries sum overview gist tldr nutshell brief points point "
        "messages message issues issue themes theme conclusions conclusion conclude concluded concerns lessons "
        "learning takeaways takeaway recommendations recommendation recommend recommended recommends improve improved "
        "improvement improvements improving need needs needed must should ought change changes changed fix fixed do "
        "does did done better areas area things thing priorities priority actions action required requires made "
        "make makes say says said all every each whole full complete want wants wanted work working focus tell told "
        "ask asked advise advised urge urged expect expects expected put right address tackle everything anything "
        "few lines line words word sentences sentence bullets bullet paragraph paragraphs pls plz thanks thank "
        "get gets got receive received obtain obtained award awarded table grades ratings judgements judgments scores "
        "scored fare fared different various parts part county city borough district metropolitan london royal "
        "identify identified identifies set re reinspection effectiveness one ones two three first second "
        "january february march april may june july august september october november december early late "
        "jan feb mar apr jun jul aug sep sept oct nov dec recs still inc including "
        "according per going including include includes any can could you please quick short briefly give gave given "
        "rated rating judged judgement judgment graded grade inadequate good outstanding requirement requires "
        "report reports review reviews inspection inspections inspected inspectors inspector visit visits visited ofsted council "
        "councils authority authorities local document documents text texts article articles paper published "
        "publication latest recent last year development developments service services newest current most "
        "committee committees paper papers briefing brief meeting meetings member members team manager managers director "
        "directors colleague colleagues boss plan plans preparing prepare preparation benchmark benchmarking comparison "
        "compare tomorrow today week hi hello ok okay quickly asap pull together copy paste slide slides email upshot "
        "picture bottom breakdown outcome outcomes next steps step point points fixing list lists todo "
        "came come comes went go goes going doing verdict verdicts ilacs ilac sif jtai framework"
    )
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_LABEL_LINE = re.compile(r"^\W*[A-Z][\w’'()\- ]{1,40}?\s*:\s*\S")
_RECOMMENDATION_HEADING = re.compile(
    r"recommend|\b(needs?|must|should|to) (to )?improve\b|areas? (for|of) (further )?(improvement|development|priority)|"
    r"improvements? (needed|required)|priority action|immediate action|^immediately\b|within \w+ (weeks|months)|"
    r"next steps|actions? (required|needed)",
    re.IGNORECASE,
)
_SUMMARY_HEADINGS = (  # in the order preferred; a summary written for children restates the report in simpler words
    re.compile(r"^\W*executive summary\W*$", re.IGNORECASE),
    re.compile(r"^\W*(summary|overview|key (findings|messages|points)|main findings|summary of (the )?findings|findings in brief)\W*$", re.IGNORECASE),
    re.compile(r"^\W*(conclusions?|overall (conclusions?|findings))\W*$", re.IGNORECASE),
)
# An inspection's overall verdict, where a report states one near its start: "Overall
# effectiveness | Good", "The overall judgement is good", "Children's services in Kent are good".
_VERDICT = re.compile(
    r"^\W*overall (effectiveness|judgement|judgment|rating|grade)\b.{0,40}?\b(inadequate|requires? improvement|good|outstanding|adequate|poor)\b"
    r"|^\W*(\d+\.\s+)?the (overall judgement|judgement for overall effectiveness)\b"
    r"|^\W*(children['’]s )?services (for [^\n|]{1,60} )?in [^\n|]{1,60}? (are|is|require|requires) "
    r"(inadequate|good|outstanding|adequate|improvement|requires? improvement)",
    re.IGNORECASE,
)
VERDICT_SHARE = 0.3  # of the text from its start: a verdict further in is a section's, not the report's
@dataclass(frozen=True)
class SectionQuote:
    """What a section answer quotes: spans of one document, the heading they sit under (None for
    a text's opening) and how many items were left out over ``MAX_ITEMS``."""

    kind: str
    doc_id: str
    spans: tuple[tuple[int, int], ...]
    heading: str | None
    left_out: int = 0
    remark: str = ""  # how the report was chosen, when the question left a choice
    # Rows picked from the table the answer before quoted ("Which part wasn't good?"): what was
    # picked, for the explanation; empty for a section quoted whole.
    picked: str = ""


def section_kind(question: str) -> str | None:
    """``RECOMMENDATIONS``, ``JUDGEMENTS`` or ``SUMMARY`` when the question's words ask for that
    section, unless they ask something else with them: one item, a count, a person, yes or no,
    what was done, or something the conversation named ("What did they recommend about it?")."""
    from assistant.answers.answering import asked_kind

    if _POINTS_BACK.search(question) or asked_kind(question) is not None or _ASKS_SOMETHING_ELSE.search(question):
        return None  # "How many priorities …?" asks for a count, "Who …?" for a person, "Is X one of …?" yes or no
    if _GRADED_BY_OTHERS.search(question) and not re.search(r"\b(ofsted|inspectors?|inspection)\b", question, re.IGNORECASE):
        return None  # "What ratings do foster carers give?", "What judgements did the court make?"
    if _GRADED_SHORT.search(question):
        return JUDGEMENTS  # "Which areas of Bristol required improvement?" asks for the grades
    if _ASKS_RECOMMENDATIONS.search(question):
        return RECOMMENDATIONS
    if _ASKS_JUDGEMENTS.search(question):
        return JUDGEMENTS
    if _ASKS_SUMMARY.search(question):
        return SUMMARY
    return None


# "grades and recommendations for Luton", "Wigan's grades and its recommendations", "ratings & recs":
# both lists asked for in one breath.
_GRADES_WORD = r"(?:grades|ratings|judge?ments|gradings|scores)"
_RECOMMENDATIONS_WORD = r"(?:recommendations|recs|areas?\s+for\s+(?:improvement|development)|improvement\s+(?:points|areas))"
_BOTH_LISTS = re.compile(
    rf"\b{_GRADES_WORD}\b[^?.]{{0,20}}?(?:\band\b|&|\bplus\b)[^?.]{{0,20}}?\b{_RECOMMENDATIONS_WORD}\b"
    rf"|\b{_RECOMMENDATIONS_WORD}\b[^?.]{{0,20}}?(?:\band\b|&|\bplus\b)[^?.]{{0,20}}?\b{_GRADES_WORD}\b",
    re.IGNORECASE,
)


def grades_too(question: str) -> str | None:
    """"first" or "after" when a question asking for the recommendations asks for the grades in the
    same breath ("grades and recommendations for Luton": first), else None."""
    found = _BOTH_LISTS.search(question)
    if found is None or section_kind(question) != RECOMMENDATIONS:
        return None
    return "first" if re.match(_GRADES_WORD, found.group(), re.IGNORECASE) else "after"


_ASKS_HOW_MANY = re.compile(r"^\W*how many\s+(?!of\b)(?=\w)", re.IGNORECASE)  # not "How many of them …": a part of the list


def counted_section(question: str) -> tuple[str, str] | None:
    """(``RECOMMENDATIONS``, the question without "How many") when it asks how many items a
    report's list of recommendations holds ("How many recommendations did Ofsted make for
    Bristol?", "How many areas for improvement were there for Oldham?"). Reports seldom state the
    count; their list shows it, so the list answers when no sentence does."""
    asks = _ASKS_HOW_MANY.match(question)
    if asks is None:
        return None
    rest = question[asks.end() :]
    return (RECOMMENDATIONS, rest) if section_kind(rest) == RECOMMENDATIONS else None


def unasked_terms(question: str, common: Callable[[str], bool] = lambda term: False, named_terms: Iterable[str] = ()) -> list[str]:
    """The question's content words beyond the ask's own, the document's name (``named_terms``), a
    year and words ``common`` to the library or the document ("children" in Ofsted reports,
    "looked after" in an inspection of services for looked-after children)."""
    named = set(named_terms)
    return [
        term for term in dict.fromkeys(content_terms(question))
        if term not in _ASK_WORDS and term not in named and not term.isdigit() and not common(term)
    ]


# "… to fix about chats with kids after …", "… to do for disabled youngsters …": a topic named after
# the ask. Its words, up to the next comma or question mark, narrow the ask when any is not the
# document's name or the ask's own ("for improvement", "for the council", "about Leeds" do not).
_TOPIC = re.compile(r"\b(about|regarding|concerning|around|with|for|in|on|of|by|from|facing|affecting|relate to|relating to|so|(?:improve|improving|summari[sz]e|recap)\s+(?:its|their|the|how|why|[\w’'-]+['’]s)|so that|to do with|in relation to|in terms of|to help|to make sure|to ensure)\s+([^?.,;!:\u2013\u2014]+)", re.IGNORECASE)
TOPIC_WORDS = 6


_CLAUSE = re.compile(r"[.?!:;]|\s[-\u2013\u2014]+\s")


def _asking_clauses(question: str) -> list[str]:
    """The parts of the question (between stops, colons and dashes) that hold the ask itself:
    "Ahead of our scrutiny committee: what did Ofsted say … needs to improve?" asks in its second."""
    clauses = [c for c in _CLAUSE.split(question) if c.strip()]
    asking = [c for c in clauses if any(p.search(c) for p in (_ASKS_RECOMMENDATIONS, _ASKS_JUDGEMENTS, _ASKS_SUMMARY))]
    return asking or clauses


_ASKER = re.compile(r"\b(i|i'm|i’m|we|we're|we’re|our|my|me|us)\b", re.IGNORECASE)


_ASKER_PHRASE = re.compile(
    r"\b(our|my)\s+[\w’'-]+(\s+[\w’'-]+)?|\b(i|we)\s*(['’]m|['’]re|am|are)\s+(a|an|the)\s+[\w’'-]+(\s+[\w’'-]+)?", re.IGNORECASE
)
# A negated part names what the person does not want: "every point please, not the KSCB ones".
_NEGATED_PART = re.compile(r"(^|[,(])\s*(but )?(not|except|excluding|apart from|other than)\b[^?.,;:)]*", re.IGNORECASE)


def _what_is_asked(question: str) -> str:
    """The question without the asker's context and what they exclude: clauses about the asker
    that do not ask ("We're building the action plan for Calderdale. I need the complete list …"),
    phrases about the asker ("for our scrutiny committee paper") and negated parts ("not the KSCB
    ones")."""
    kept = []
    for clause in (c for c in _CLAUSE.split(question) if c.strip()):
        asks = any(p.search(clause) for p in (_ASKS_RECOMMENDATIONS, _ASKS_JUDGEMENTS, _ASKS_SUMMARY))
        if _ASKER.search(clause) and not asks:
            continue
        clause = _TOPIC.sub(lambda m: "" if _ASKER.search(" ".join(m.group(2).split()[:TOPIC_WORDS])) else m.group(0), clause)
        clause = _ASKER_PHRASE.sub(" ", clause)  # "Our director wants …", "I'm a team manager …"
        kept.append(_NEGATED_PART.sub(" ", clause))
    return ". ".join(kept)  # clauses kept apart: only the asking ones' topics count


def names_topic(question: str, extra: Sequence[str]) -> bool:
    """Whether a topic phrase of the asking clause ("… about chats with kids", "What practice with
    parents …") holds one of ``extra``. A phrase about the asker ("for our scrutiny committee
    paper") says why, not what."""
    unasked = set(extra)
    for clause in _asking_clauses(question):
        for found in _TOPIC.finditer(clause):
            words = " ".join(found.group(2).split()[:TOPIC_WORDS])
            if _ASKER.search(words):
                continue
            if unasked & set(content_terms(words)):
                return True
    return False


def narrows(
    kind: str,
    question: str,
    *,
    named_terms: Iterable[str] = (),
    common: Callable[[str], bool] = lambda term: False,
    very_common: Callable[[str], bool] = lambda term: False,
    item_terms: Sequence[set[str]] = (),
) -> bool:
    """Whether the question asks for something narrower than the whole section, read without the
    asker's context (:func:`_what_is_asked`): a topic named in the asking clause ("… about chats
    with kids …", "… for children in care?", "the main issues facing care leavers": for a list,
    even words ``common`` to the library count, bar the ``very_common`` and those most items
    share; for a summary, not the ``common`` ones); for a list or the grades, other words half of
    which one item holds. Other words ("need the full list pls", "for tomorrow's DMT") narrow
    nothing."""
    asked = _what_is_asked(question)
    extra = unasked_terms(asked, common, named_terms)
    # A topic word most of the items share is the list's own subject ("for looked after children" of
    # an inspection of services for looked-after children), not a narrower one.
    shared = {t for t in set().union(*item_terms) if 2 * sum(t in terms for terms in item_terms) >= len(item_terms)} if item_terms else set()
    topical = [t for t in unasked_terms(asked, very_common, named_terms) if t not in shared]
    if kind == SUMMARY:
        # A summary has no items; a topic the document talks of throughout is its subject ("the Medway
        # looked after children inspection report"). A review the text tells of is not the text: "What
        # did the 12-month review conclude?" of a press article quoted the article's opening.
        return names_topic(asked, extra) or _names_a_review_in_the_text(asked, common, named_terms)
    if names_topic(asked, topical):
        return True  # paraphrased, the topic may share no word with its item ("chats" for "return home interviews")
    return bool(extra) and any(2 * len(set(extra) & terms) >= len(extra) for terms in item_terms)


# "the 12-month review", "the six-monthly review", "the annual review": a review by its interval,
# which a text tells of, never the text itself.
_INTERVAL_REVIEW = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|nine|twelve|eighteen)[- ](?:month|week|year)(?:ly)?\s+(?:review|check|visit|meeting)\b"
    r"|\b(?:annual|yearly|monthly|quarterly|six-monthly|weekly)\s+(?:review|check|visit|meeting)\b",
    re.IGNORECASE,
)


def _names_a_review_in_the_text(asked: str, common: Callable[[str], bool], named_terms: Iterable[str]) -> bool:
    """Whether the summary asked for is of a review by its interval ("What did the 12-month review
    conclude?"), unless the documents' names say so."""
    found = _INTERVAL_REVIEW.search(asked)
    return bool(found) and bool(unasked_terms(found.group(), common, named_terms))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LATEST = re.compile(r"\b(latest|most recent|newest|current|last)\b", re.IGNORECASE)
_EVERY_DOCUMENT = re.compile(r"\b(both|all|each|every)\b[^?.]{0,30}\b(articles|reports|documents|texts|reviews|inspections)\b", re.IGNORECASE)


def _file_words(name: str) -> set[str]:
    """The words of a file name, dates aside: what a question uses to name the document."""
    stem = _MONTH.sub(" ", re.sub(r"[_.-]+", " ", name.rsplit(".", 1)[0]))
    return {t for t in content_terms(stem) if not t.isdigit()}


def own_names(doc_ids: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each document's own name: its file-name words less those most file names share
    ("ofsted"): {"ofsted-north-lincolnshire-…": {"north", "lincolnshir"}}."""
    words = {d: _file_words(d) for d in doc_ids}
    counts: dict[str, int] = {}
    for found in words.values():
        for t in found:
            counts[t] = counts.get(t, 0) + 1
    shared = {t for t, n in counts.items() if len(words) > 2 and n > len(words) / 2}
    return {d: frozenset(found - shared) for d, found in words.items()}


def named_in_lower_case(question: str, doc_ids: Iterable[str]) -> list[str]:
    """The documents whose whole own name (:func:`own_names`) the question holds, however typed:
    "recommendations for sunderland" names Sunderland's reports."""
    asked = set(content_terms(question))
    return sorted(d for d, name in own_names(doc_ids).items() if name and name <= asked and all(len(t) >= 4 for t in name))


def _years(text: str) -> set[str]:
    return set(_YEAR.findall(text))


@dataclass(frozen=True)
class DocumentChoice:
    doc_ids: tuple[str, ...]
    remark: str = ""  # how the reports were chosen, when the question left a choice


def choose_documents(
    question: str,
    order: Sequence[str],
    titles: Mapping[str, str],
    *,
    named: Iterable[str] = (),
    within: Iterable[str] | None = None,
    conversation: Iterable[str] = (),
    small_library: bool = False,
    openings: Mapping[str, str] | None = None,
    context: str = "",
) -> DocumentChoice:
    """The reports whose sections answer the question, in the order to quote them, or none.

    The documents it names (or the scope it is asked in, or its conversation's); in a small
    library the best passage's (every document when it says "both articles"). Among named
    reports, those whose whole own name the question uses ("South Gloucestershire" is not
    "Gloucestershire"); a year picks that year's, by file name, title or ``openings`` (none when
    the library lacks it); "latest" (in the question or its conversation's ``context``), or
    several councils at once, the latest of each. A library question that names nothing gets
    none: quoting an arbitrary report's list would be a guess."""
    asked = set(content_terms(question))
    years = _years(question)
    scope = list(within) if within is not None else None
    pool = list(dict.fromkeys([d for d in order if d in set(scope)] + sorted(scope))) if scope else []
    named = set(named)
    if not pool and named:
        pool = list(dict.fromkeys([d for d in order if d in named] + sorted(named)))
    if not pool and conversation:
        pool = list(dict.fromkeys([d for d in order if d in set(conversation)] + sorted(conversation)))
    if not pool and small_library:
        pool = list(dict.fromkeys(list(order) + sorted(titles))) if _EVERY_DOCUMENT.search(question) else list(order[:1])
    if not pool:
        return DocumentChoice(())
    names = own_names(titles)
    share = {d: len(names[d] & asked) / len(names[d]) if names.get(d) else 0.0 for d in pool}
    whole = [d for d in pool if share[d] == 1.0]
    if whole:
        # "North Lincolnshire" names that council, not "Lincolnshire" too: a name inside another asked is not asked.
        pool = [d for d in whole if not any(names[d] < names[o] for o in whole)]
    elif named and not scope and conversation:
        # "the 2018 one" / "And in 2024?", in a conversation about Havering: that council's reports the year names.
        councils_talked_of = {names.get(d) for d in conversation if names.get(d)}
        pool = [d for d in pool if d in set(conversation) or names.get(d) in councils_talked_of] or pool
    elif named and not scope and max(share.values()) == 0:
        return DocumentChoice(())  # named by a year alone: every report of that year
    if years:
        # The year of the file name, the title or the opening ("Inspection dates: 19 November 2013 – …" of a 2014 report).
        dated = [d for d in pool if years & _years(f"{d} {titles.get(d, '')} {(openings or {}).get(d, '')}")]
        if not dated:
            return DocumentChoice((), f"no report of {', '.join(sorted(years))} among those asked about")
        pool = dated
    councils: dict[frozenset[str], list[str]] = {}
    for d in pool:
        councils.setdefault(names.get(d, frozenset({d})), []).append(d)
    def newest(d: str) -> str:
        return max(_years(f"{d} {titles.get(d, '')}") or {"0"})

    remark = ""
    if not years and any(len(reports) > 1 for reports in councils.values()):
        if _LATEST.search(question) or _LATEST.search(context) or len(councils) > 1:
            picked = [max(reports, key=newest) for reports in councils.values()]
            remark = "the latest of their reports, as no year was asked: " + ", ".join(picked)
            pool = [d for d in pool if d in picked]
        else:  # one council's reports, newest first
            pool = sorted(pool, key=newest, reverse=True)
            remark = f"every report of it, newest first ({len(pool)}); name a year for one"
    return DocumentChoice(tuple(pool[:MAX_DOCUMENTS]), remark)


def find_section(kind: str, doc_id: str, text: str, headings: list[tuple[int, str]], asked: Iterable[str] = ()) -> SectionQuote | None:
    """The section a question of ``kind`` asks for in one document, or None when it has none;
    ``asked``, the question's words, picks among several ("the LSCB's recommendations")."""
    if kind == RECOMMENDATIONS:
        return _recommendations(doc_id, text, headings, set(asked))
    if kind == JUDGEMENTS:
        return _judgements(doc_id, text, headings)
    return _summary(doc_id, text, headings)


def _section_end(text: str, headings: list[tuple[int, str]], index: int) -> int:
    return headings[index + 1][0] if index + 1 < len(headings) else len(text)


def _heading_end(text: str, offset: int) -> int:
    """Where the heading's paragraph ends: its section's text starts after it."""
    found = _PARAGRAPH_BREAK.search(text, offset)
    return found.start() if found else len(text)


_BULLETED = re.compile(rf"^\W*[{BULLET_GLYPHS}]|^\s*(\d{{1,2}}(\.\d{{1,2}})*[.)]|[a-z][.)]|\([a-z0-9]+\))\s")


RETURN_WITHIN = 6  # paragraphs in which a list's own style must come back after a sub-list


def _style(paragraph: str) -> str:
    if re.match(r"^\s*(\d{1,2}(\.\d{1,2})*[.)]|[a-z][.)]|\([a-z0-9]+\))\s", paragraph):
        return "number"
    return "glyph" if _BULLETED.match(paragraph) else "plain"


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs (list items) of ``text[start:end]``, a long one cut to its first sentences.
    Once the list has shown itself bulleted or numbered, it ends at the first longer paragraph that
    is neither, or at a line stating a grade: a heading the layout did not mark ("The experiences
    and progress of children …: requires improvement to be good.") and the report's body after it."""
    found = []
    styles: list[str] = []  # "number", "glyph" or "plain", item by item
    paragraphs = [(start + a, start + b) for a, b in paragraph_spans(text[start:end])]
    for k, (s, e) in enumerate(paragraphs):
        paragraph = " ".join(text[s:e].split())
        words = paragraph.split()
        if _JUDGEMENT_HEADING.match(paragraph):
            break
        style = _style(text[s:e])
        # Two items of one style make it the list's: a longer paragraph of another ends it unless the
        # list's style comes back soon (sub-bullets of item 7, then item 8); 11 numbered
        # recommendations then the bulleted summary for children (its heading unmarked) end there.
        settled = styles[-1] if len(styles) >= 2 and styles[-1] == styles[-2] and styles[-1] != "plain" else None
        if settled and style != settled and len(words) > 6:
            if not any(_style(text[a:b]) == settled for a, b in paragraphs[k + 1 : k + 1 + RETURN_WITHIN]):
                break
            style = settled
        if len(words) < 3 or (len(words) <= 6 and not re.search(r"[.!?:;][’”'\")]*$", paragraph)):
            continue  # a bullet left alone, a page label, a theme's subheading ("Leadership, management and governance")
        styles.append(style)
        if e - s > MAX_ITEM_CHARS:
            cut = s
            for _, sentence_end in sentence_spans(text, s, e):
                if sentence_end - s > MAX_ITEM_CHARS and cut > s:
                    break
                cut = sentence_end
            e = cut if cut > s else s + MAX_ITEM_CHARS
        found.append((s, e))
    return found


def _titled(text: str, headings: list[tuple[int, str]], pattern: re.Pattern) -> list[tuple[int, str]]:
    """The headings, with the short paragraphs whose text is a title ``pattern`` knows but which the
    layout did not mark a heading ("Recommendations" set in body type), in document order."""
    starts = {offset for offset, _ in headings}
    found = [
        (start, text[start:end]) for start, end in paragraph_spans(text)
        if start not in starts and len(text[start:end].split()) <= 8 and not text[start:end].rstrip().endswith(".")
        and pattern.search(" ".join(text[start:end].split()))
    ]
    return sorted(list(headings) + found)


def _recommendations(doc_id: str, text: str, headings: list[tuple[int, str]], asked: set[str] = frozenset()) -> SectionQuote | None:
    """The first recommendations section with items, and the sections that carry it on under
    headings of their own ("Recommendations" / "Immediately:" / "Within three months:"); the first
    whose heading holds a word ``asked`` when one does ("What does the LSCB need to improve?")."""
    titles = _titled(text, headings, re.compile(rf"^\W*({_RECOMMENDATION_HEADING.pattern})", re.IGNORECASE))
    candidates = [i for i, (_, heading) in enumerate(titles) if _RECOMMENDATION_HEADING.search(heading)]

    def part(i: int) -> set[str]:
        """The words of the recommendations heading and of the part it closes (the headings since
        the list before it): "The Local Safeguarding Children Board (LSCB)" … "Recommendations"."""
        before = max([c for c in candidates if c < i], default=-1)
        return set().union(*(set(content_terms(t)) for _, t in titles[before + 1 : i + 1])) - _ASK_WORDS

    named = [i for i in candidates if part(i) & set(asked)]
    for i in named + [i for i in candidates if i not in named]:
        offset, heading = titles[i]
        spans: list[tuple[int, int]] = []
        j = i
        while j < len(titles) and (j == i or _RECOMMENDATION_HEADING.search(titles[j][1])):
            spans += _items(text, _heading_end(text, titles[j][0]), _section_end(text, titles, j))
            j += 1
        if spans:
            heading = " ".join(heading.split())
            return SectionQuote(RECOMMENDATIONS, doc_id, tuple(spans[:MAX_ITEMS]), heading, max(0, len(spans) - MAX_ITEMS))
    return None


def _is_prose(sentence: str) -> bool:
    """A sentence of running text, or a bulleted finding: not a label line, a table row, a contents
    entry or a fragment."""
    flat = " ".join(sentence.split())
    ended = re.search(r"[.!?][’”'\")]*$", flat) is not None or (bool(_BULLETED.match(sentence)) and len(flat.split()) >= 6)
    return (
        len(flat.split()) >= 4
        and " | " not in flat
        and not _LABEL_LINE.match(flat)
        and ended
        and not re.search(r"(\.\s?){3,}\s*\d+$", flat)
    )


def _opening_sentences(text: str, start: int, end: int, headings: set[int]) -> list[tuple[int, int]]:
    chosen: list[tuple[int, int]] = []
    for s, e in sentence_spans(text, start, end):
        if s in headings and chosen:
            break  # the opening ends at the next heading
        if s in headings or not _is_prose(text[s:e]):
            continue  # a table row, a label line, a photo caption
        if chosen and e - chosen[0][0] > SUMMARY_CHARS:
            break
        chosen.append((s, e))
        if len(chosen) >= SUMMARY_SENTENCES:
            break
    return chosen


def _summary(doc_id: str, text: str, headings: list[tuple[int, str]]) -> SectionQuote | None:
    """The report's overall verdict when it states one near its start, then the opening sentences
    of its summary section (found by its title even where the layout did not mark it a heading),
    else of the text itself."""
    starts = {offset for offset, _ in headings}
    titles = list(headings) + [
        (start, text[start:end]) for start, end in paragraph_spans(text)
        if start not in starts and len(text[start:end].split()) <= 6 and any(p.search(text[start:end]) for p in _SUMMARY_HEADINGS)
    ]
    titles.sort()
    boundaries = sorted(starts | {offset for offset, _ in titles})
    verdict = _verdict(text)
    chosen, heading = [], None
    for pattern in _SUMMARY_HEADINGS:
        for offset, title in titles:
            if pattern.search(" ".join(title.split())):
                later = [b for b in boundaries if b > offset]
                chosen = _opening_sentences(text, _heading_end(text, offset), later[0] if later else len(text), set(boundaries))
                if chosen:
                    heading = " ".join(title.split())
                    break
        if chosen:
            break
    if not chosen:
        chosen = _opening_sentences(text, 0, len(text), starts)
    if verdict is not None:
        said = " ".join(text[verdict[0] : verdict[1]].split()).rstrip(".").lower()
        chosen = [verdict] + [
            span for span in chosen
            if not (span[0] < verdict[1] and verdict[0] < span[1]) and " ".join(text[span[0] : span[1]].split()).rstrip(".").lower() != said
        ][: SUMMARY_SENTENCES - 1]
    return SectionQuote(SUMMARY, doc_id, tuple(chosen), heading) if chosen else None


def _verdict(text: str) -> tuple[int, int] | None:
    """The line stating the report's overall verdict, near its start."""
    limit = int(len(text) * VERDICT_SHARE)
    for start, end in paragraph_spans(text[:limit]):
        line = " ".join(text[start:end].split())
        if len(line.split()) <= 30 and _VERDICT.search(line):
            return start, end
    return None


def section_answer(
    question: str,
    quotes: Sequence[SectionQuote],
    texts: Mapping[str, str],
    chunks: Sequence[Chunk],
    passages: Sequence[Passage],
    titles: Mapping[str, str],
    locate: Callable[[str, int], object] | None,
    answerer: str,
    labels: Mapping[str, str] | None = None,
) -> Answer:
    """Each document's section, items quoted in order, one a line, each cited (its chunk, page,
    paragraph); documents in the order given. ``labels``: what to call each document on its items'
    lines, when the question compares them ("- Leeds: Overall effectiveness | Outstanding [9]")."""
    from assistant.answers.answering import cite

    ordered = sorted(chunks, key=lambda c: (c.doc_id, c.start))
    citations, notes = [], []
    for quote in quotes:
        own = [c for c in ordered if c.doc_id == quote.doc_id]
        first = len(citations)
        for start, end in quote.spans:
            n = len(citations) + 1
            holding = [c for c in own if c.start <= start < c.end] or [c for c in own if c.start <= start][-1:] or own[:1]
            citations.append(cite(n, Passage(holding[0], 1.0, n), start, end, texts[quote.doc_id][start:end], 1.0, titles, locate))
        if quote.heading:
            where = f"the section \u201c{' '.join(quote.heading.split())}\u201d"
        else:
            where = {JUDGEMENTS: "its judgement table", SUMMARY: "the opening of the text (it has no summary section)"}.get(quote.kind, "the text")
        note = f"{SECTION_QUOTED}the question asks for the {quote.kind} and nothing narrower; {len(citations) - first} item(s) of {where} in {quote.doc_id}, in order"
        if quote.picked:
            what = "row(s) of the judgement table" if quote.kind == JUDGEMENTS else "item(s) of the list"
            note = f"{SECTION_QUOTED}{quote.picked}; {len(citations) - first} {what} the answer before quoted, in {quote.doc_id}"
        if quote.left_out:
            note += f" ({quote.left_out} more in the section, not quoted)"
        if quote.remark and quote.remark not in " ".join(notes):
            note += f"; {quote.remark}"
        notes.append(note)
    labels = labels or {}
    answer_text = "\n".join(
        f"{LIST_ITEM}{labels[c.source] + ': ' if c.source in labels else ''}{' '.join(c.text.split())} [{c.n}]" for c in citations
    )
    explanation = Explanation(tuple(passages[:10]), (), 0.0, "answered", 0, answerer, notes=tuple(notes))
    return Answer(question, answer_text, False, tuple(citations), tuple(passages), {}, explanation)


_GRADE = r"(inadequate|requires? improvement( to be good)?|good|outstanding|adequate|not yet good|poor|satisfactory|not judged)"
_JUDGEMENT_ROW = re.compile(rf"^\W*(\d+(\.\d+)*\.?\s+)?[A-Z][^|\n]{{2,150}}\|\s*{_GRADE}\W*$", re.IGNORECASE)
_AREA_LABEL = re.compile(r"^\d+(\.\d+)*\.?\s+[A-Z][^|\n]{2,100}$")
_BARE_GRADE = re.compile(rf"^\W*{_GRADE}\W*$", re.IGNORECASE)
_JUDGEMENT_HEADING = re.compile(rf"^[A-Z][^|\n]{{10,150}}(:|\bis:|\bare:)\s*{_GRADE}\W*$", re.IGNORECASE)


# Each grade's rank (4 outstanding … 1 inadequate), the words a judgement row ends with for it,
# and the words a question names it by; "requires improvement (to be good)" is tried before "good".
_GRADE_WORDS = (
    (4, r"outstanding", r"outstanding"),
    (2, r"requires? improvement( to be good)?|not yet good|adequate|satisfactory", r"requires? improvement"),
    (3, r"good", r"good"),
    (1, r"inadequate|poor", r"inadequate"),
)
_GRADE_RANKS = tuple((rank, re.compile(rf"\b({row})\W*$", re.IGNORECASE)) for rank, row, _ in _GRADE_WORDS)
_ASKS_GRADE = tuple((rank, re.compile(rf"\b({asked})\b", re.IGNORECASE)) for rank, _, asked in _GRADE_WORDS)
# "Which part wasn't good?", "… not rated good?", "… fell short of good?": the rows below good
# (the answer model's judgement-row filter asks the same, model_answering._ASKS_SHORTFALL).
ASKS_BELOW_GOOD = re.compile(
    r"\b(was|were|is|are)(n['’]?t| not) (rated |graded |judged )?(as )?['‘’]?good\b|\bnot (rated |graded |judged )?(as )?['‘’]?good\b"
    r"|\b(short of|below|less than) (a |an )?['‘’]?good\b",
    re.IGNORECASE,
)
_ASKS_LOWEST = re.compile(r"\b(worst|weakest|lowest|poorest)\b", re.IGNORECASE)
_ASKS_HIGHEST = re.compile(r"\b(best|strongest|highest|top)\b", re.IGNORECASE)
_OVERALL = re.compile(r"^\W*(\d+(\.\d+)*\.?\s+)?overall\b", re.IGNORECASE)


def grade_rank(row: str) -> int | None:
    """4 outstanding, 3 good, 2 requires improvement (or adequate), 1 inadequate; None when the
    text is not a judgement row or heading stating a grade."""
    row = " ".join(row.split())
    if not (_JUDGEMENT_ROW.match(row) or _JUDGEMENT_HEADING.match(row)):
        return None
    return next((rank for rank, pattern in _GRADE_RANKS if pattern.search(row)), None)


def pick_rows(question: str, doc_id: str, rows: Sequence[tuple[int, int, str]]) -> SectionQuote | None:
    """The rows of a judgement table the answer before quoted that a follow-up picks: those that
    fell short of good ("Which part wasn't good?"), the lowest or highest graded ("Which area came
    out worst?"), or those of a grade it names ("Which parts were inadequate?"). None when fewer
    than two judgement rows were quoted, the question asks none of these, or no row fits: then it
    is answered as any other question. The overall judgement is picked only when no area row fits."""
    ranked = [(start, end, grade_rank(text), bool(_OVERALL.match(text))) for start, end, text in rows]
    ranked = [row for row in ranked if row[2] is not None]  # a verdict sentence quoted beside the rows is no row
    if len(ranked) < 2:
        return None
    ranks = [rank for _, _, rank, _ in ranked]
    if ASKS_BELOW_GOOD.search(question):
        fits, what = (lambda rank: rank < 3), "the rows graded below good"
    elif _ASKS_LOWEST.search(question):
        fits, what = (lambda rank: rank == min(ranks)), "the rows with the lowest grade"
    elif _ASKS_HIGHEST.search(question):
        fits, what = (lambda rank: rank == max(ranks)), "the rows with the highest grade"
    else:
        named = next((grade for grade, pattern in _ASKS_GRADE if pattern.search(question)), None)
        if named is None:
            return None
        fits, what = (lambda rank: rank == named), "the rows of the grade asked for"
    chosen = [(start, end) for start, end, rank, overall in ranked if fits(rank) and not overall]
    chosen = chosen or [(start, end) for start, end, rank, overall in ranked if fits(rank)]
    if not chosen:
        return None
    return SectionQuote(JUDGEMENTS, doc_id, tuple(chosen), None, picked=f"the question picks {what} from the table the answer before quoted")


MIN_LIST_ITEMS = 3  # quotes an answer must have given, of one document, to be a list a follow-up picks from by place


def pick_item(position: int, doc_id: str, items: Sequence[tuple[int, int]]) -> SectionQuote | None:
    """The item at ``position`` (1-based; -1 the last) of the list the answer before quoted ("What
    about number 3?"); None when that answer was no list (fewer than ``MIN_LIST_ITEMS`` quotes) or
    has no such item: then the question is answered as any other."""
    if len(items) < MIN_LIST_ITEMS or not (position == -1 or 1 <= position <= len(items)):
        return None
    place = "the last" if position == -1 else f"item {position}"
    return SectionQuote(LIST, doc_id, (tuple(items[position if position == -1 else position - 1]),), None, picked=f"the question picks {place} of the list the answer before quoted")


def _judgements(doc_id: str, text: str, headings: list[tuple[int, str]]) -> SectionQuote | None:
    """The report's judgement table: its first run of rows grading an area ("The experiences and
    progress of children in care | Good"), else its headings that state a grade ("…: good")."""
    run: list[tuple[int, int]] = []
    paragraphs = paragraph_spans(text)
    skip = -1
    for k, (start, end) in enumerate(paragraphs):
        if k <= skip:
            continue
        line = " ".join(text[start:end].split())
        following = " ".join(text[paragraphs[k + 1][0] : paragraphs[k + 1][1]].split()) if k + 1 < len(paragraphs) else ""
        if _JUDGEMENT_ROW.match(line):
            run.append((start, end))
        elif run and _AREA_LABEL.match(line) and _BARE_GRADE.match(following):
            run.append((start, paragraphs[k + 1][1]))  # a row the layout split: "2.1 Adoption performance" / "Requires improvement"
            skip = k + 1
        elif run and (_BARE_GRADE.match(line) or (len(line.split()) <= 3 and line[:1].islower())):
            continue  # the rest of a split row ("permanence", a grade repeated)
        elif run and not re.match(r"^\W*judge?ments?\s*\|", line, re.IGNORECASE):
            if len(run) >= 2:
                break
            run = []
    if len(run) >= 2:
        verdict = _verdict(text)
        if verdict is not None and verdict[1] <= run[0][0] and not _JUDGEMENT_ROW.match(" ".join(text[verdict[0] : verdict[1]].split())):
            run = [verdict] + run  # "The overall judgement is that children's services require improvement"
        return SectionQuote(JUDGEMENTS, doc_id, tuple(run[:MAX_ITEMS]), None, max(0, len(run) - MAX_ITEMS))
    stated = [(offset, offset + len(title)) for offset, title in headings if _JUDGEMENT_HEADING.match(" ".join(title.split()))]
    stated = [(s, e) for s, e in stated if text[s:e] == next(t for o, t in headings if o == s)]
    return SectionQuote(JUDGEMENTS, doc_id, tuple(stated), None) if len(stated) >= 2 else None
