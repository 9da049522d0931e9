"""Questions about a whole section: "What are the recommendations?", "Summarise the Leeds report".

Staff reading a review ask first for its recommendations and its findings in brief. Those are not
one sentence: they are a section ("Recommendations", "What needs to improve?", "Executive
summary"), and the sentence-by-sentence answer quoted one item of the list, or a cover-page line
("Inspection dates: …") for "Summarise the report". A question that asks for such a section and
for nothing narrower ("What did Leeds need to improve?", not "What did Ofsted recommend about care
leavers?") is answered by quoting the section's items in order, each cited; a summary asked of a
text without a summary section quotes its opening sentences (a press report's first paragraph
is its summary). A narrower question, or a document without such a section, is answered as
before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Sequence

from assistant.domain import LIST_ITEM, SECTION_QUOTED, Answer, Chunk, Explanation, Passage
from assistant.documents.spans import paragraph_spans, sentence_spans
from assistant.search.keyword import content_terms

RECOMMENDATIONS = "recommendations"
SUMMARY = "summary"
JUDGEMENTS = "judgements"
MAX_DOCUMENTS = 3  # a question naming more reports than this asks something else than their sections

MAX_ITEMS = 20  # of a recommendations list (a runaway section, its end heading missed, stops here)
MAX_ITEM_CHARS = 900  # a longer item is quoted by its first sentences up to this
SUMMARY_SENTENCES = 4
SUMMARY_CHARS = 1000
COMMON_SHARE = 0.4  # a word in this share of the library's passages names no particular subject
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
RARE_NAMES = 2  # a file-name word shared by at most this many file names names those documents

_ASKS_RECOMMENDATIONS = re.compile(
    r"\brecommend\w*|\brecs\b|\b(need|needs|needed|must|should|ought to|have to|has to|had to)\b[^?.]{0,40}\b(improve|improving|change|fix|do better|"
    r"work on|focus on|address|tackle|put right)\b"
    r"|\b(tell|told|ask|asked|advise|advised|urge|urged|want|wants|wanted|expect|expects|expected)\b[^?.]{0,80}\bto (do|improve|change|fix|sort out|"
    r"do better|work on|focus on|address|tackle|put right)\b"
    r"|\b(areas?|things|points|priorities)\b[^?.]{0,50}\b(improve\w*|development|fix|change|action|work on|put right)\b"
    r"|\b(need|needs|needed|require|requires|required)\b[^?.]{0,20}\bimprovement\b"
    r"|\bimprovement (points|areas|priorities|actions|needs)\b|\bwhat actions\b|\ball (the )?actions\b"
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
# "What grades did Leeds get?", "How was Bristol rated in each area?", "the judgement table"; not
# "What grade did it get for care leavers?" (one area: the judgement preference answers that).
_ASKS_JUDGEMENTS = re.compile(
    r"\b(grades|ratings|judgements|judgments|gradings|scores)\b"
    r"|\bjudge?ments? table\b|\b(rated|graded|judged|scored|do|did|does|fare|fared)\b[^?.]{0,40}\b(in|for|across|on) (each|every|all|the different|the various|the) (areas?|judgements?|judgments?|parts)\b"
    r"|\b(grade|rating|judge?ment|rated|graded|judged|scored)\b[^?.]{0,40}\b(each|every|all)\b[^?.]{0,20}\b(areas?|judge?ments?|parts|grades?)\b"
    r"|\b(each|every|all)\b[^?.]{0,20}\b(areas?|judge?ments?|parts)\b[^?.]{0,40}\b(grade|grades|graded|rating|rated|judged|get|got|given)\b"
    r"|\b(rated|graded|judged|scored)\b[^?.]{0,30}\bacross the board\b"
    r"|\b(every|each|all( of)? the) (grade|rating|judge?ment)s?\b",
    re.IGNORECASE,
)
_DOCUMENT_NOUN = r"(report|review|inspection|inspectors?|ofsted|article|document|paper|findings?)"
_ASKS_SUMMARY = re.compile(
    # "a summary", "summarise the report"; not "the council's yearly summary of complaints"
    rf"\bsummar(y|ies)\b(?! of (?!(how|what|why|where)\b|(the |this |that |its |their )?([\w’'-]+ ){{0,3}}?{_DOCUMENT_NOUN}\b))|\bsummari[sz]\w*\b"
    rf"|\bsum (it|this|that|them|the {_DOCUMENT_NOUN}) up\b|\bsum up( the {_DOCUMENT_NOUN})?\W*$"
    r"|\boverview\b|\bgist\b|\btl;? ?dr\b|\bin (a )?(nutshell|brief)\b"
    r"|\bthe headlines?\b(?! (figure|rate|number|rating|grade|judge?ment|verdict))"
    r"|\b(key|main|principal|headline|overall|major|most important) (findings?|points?|messages?|issues|themes|conclusions?|"
    r"concerns|lessons|learning|takeaways?)\b"
    rf"|^\W*what (did|does|do|has|have) (the |this |that |its |their )?([\w’'-]+ ){{0,2}}?{_DOCUMENT_NOUN} (find|found|conclude|concluded|say|said)\W*$"
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
        "report reports review reviews inspection inspections inspected inspectors inspector ofsted council "
        "councils authority authorities local document documents text texts article articles paper published "
        "publication latest recent last year"
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
    r"|^\W*the (overall judgement|judgement for overall effectiveness)\b"
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


def section_kind(question: str) -> str | None:
    """``RECOMMENDATIONS`` or ``SUMMARY`` when the question's words ask for that section, unless it
    points back at something the conversation named ("What did they recommend about it?")."""
    from assistant.answers.answering import asked_kind

    if _POINTS_BACK.search(question) or asked_kind(question) is not None:
        return None  # "How many priorities …?" asks for a count, "Who …?" for a person
    if _ASKS_RECOMMENDATIONS.search(question):
        return RECOMMENDATIONS
    if _ASKS_JUDGEMENTS.search(question):
        return JUDGEMENTS
    if _ASKS_SUMMARY.search(question):
        return SUMMARY
    return None


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
_TOPIC = re.compile(r"\b(about|regarding|concerning|around|with|for|in|on|of|so|so that|to do with|in relation to|in terms of|to help|to make sure|to ensure)\s+([^?.,;!:\u2013\u2014]+)", re.IGNORECASE)
TOPIC_WORDS = 6


_CLAUSE = re.compile(r"[.?!:;]|\s[-\u2013\u2014]+\s")


def _asking_clauses(question: str) -> list[str]:
    """The parts of the question (between stops, colons and dashes) that hold the ask itself:
    "Ahead of our scrutiny committee: what did Ofsted say … needs to improve?" asks in its second."""
    clauses = [c for c in _CLAUSE.split(question) if c.strip()]
    asking = [c for c in clauses if any(p.search(c) for p in (_ASKS_RECOMMENDATIONS, _ASKS_JUDGEMENTS, _ASKS_SUMMARY))]
    return asking or clauses


_ASKER = re.compile(r"\b(i|i'm|i’m|we|we're|we’re|our|my|me|us)\b", re.IGNORECASE)


def names_topic(question: str, extra: Sequence[str], document_terms: set[str] | None = None) -> bool:
    """Whether a topic phrase of the asking clause ("… about chats with kids", "What practice with
    parents …") holds one of ``extra`` (and, given ``document_terms``, one the document uses). A
    phrase about the asker ("for our scrutiny committee paper") says why, not what."""
    unasked = set(extra) if document_terms is None else set(extra) & document_terms
    for clause in _asking_clauses(question):
        for found in _TOPIC.finditer(clause):
            words = " ".join(found.group(2).split()[:TOPIC_WORDS])
            if _ASKER.search(words):
                continue
            if unasked & set(content_terms(words)):
                return True
    return False


def narrows(kind: str, extra: Sequence[str], item_terms: Sequence[set[str]], document_terms: set[str], question: str = "") -> bool:
    """Whether the question's other words (``extra``) ask for something narrower than the whole
    section: a topic named after the ask ("the main findings about care leavers", "… to fix about
    chats with kids …"), or for a list, half or more of them in one of its items ("What must Leeds
    improve in strategy discussions?"). Other words ("need the full list pls", "before a meeting")
    narrow nothing."""
    if not extra:
        return False
    if kind == SUMMARY:
        return names_topic(question, extra, document_terms)  # a summary has no items: a topic it covers narrows it
    if names_topic(question, extra):
        return True  # paraphrased, the topic may share no word with its item ("chats" for "return home interviews")
    return any(2 * len(set(extra) & terms) >= len(extra) for terms in item_terms)


def asked_section(question: str, common: Callable[[str], bool] = lambda term: False, named_terms: Iterable[str] = ()) -> str | None:
    """The section kind the question asks for with no other word at all (no document to check
    the other words against); :func:`narrows` decides when there is one."""
    kind = section_kind(question)
    return kind if kind is not None and not unasked_terms(question, common, named_terms) else None


def document_name_terms(doc_id: str, title: str) -> set[str]:
    """The words a question uses to name a document: those of its file name and title."""
    return set(content_terms(f"{re.sub(r'[_.-]+', ' ', doc_id)} {title}"))


def file_name_terms(doc_id: str, library: Iterable[str]) -> set[str]:
    """The words of a document's file name, years aside, that at most ``RARE_NAMES`` file names
    of the library hold: the council's or the inquiry's name ("kent", "stoke", "trent")."""
    def words(name: str) -> set[str]:
        stem = _MONTH.sub(" ", re.sub(r"[_.-]+", " ", name.rsplit(".", 1)[0]))  # a date in the name names no one
        return {t for t in content_terms(stem) if not t.isdigit()}

    own = words(doc_id)
    counts = {t: 0 for t in own}
    for other in library:
        for t in own & words(other):
            counts[t] += 1
    return {t for t, n in counts.items() if n <= RARE_NAMES}


def find_section(kind: str, doc_id: str, text: str, headings: list[tuple[int, str]]) -> SectionQuote | None:
    """The section a question of ``kind`` asks for in one document, or None when it has none."""
    if kind == RECOMMENDATIONS:
        return _recommendations(doc_id, text, headings)
    if kind == JUDGEMENTS:
        return _judgements(doc_id, text, headings)
    return _summary(doc_id, text, headings)


def _section_end(text: str, headings: list[tuple[int, str]], index: int) -> int:
    return headings[index + 1][0] if index + 1 < len(headings) else len(text)


def _heading_end(text: str, offset: int) -> int:
    """Where the heading's paragraph ends: its section's text starts after it."""
    found = _PARAGRAPH_BREAK.search(text, offset)
    return found.start() if found else len(text)


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs (list items) of ``text[start:end]``, a long one cut to its first sentences."""
    found = []
    for p_start, p_end in paragraph_spans(text[start:end]):
        s, e = start + p_start, start + p_end
        words = text[s:e].split()
        if len(words) < 3 or (len(words) <= 6 and not re.search(r"[.!?:;][’”'\")]*$", text[s:e])):
            continue  # a bullet left alone, a page label, a theme's subheading ("Leadership, management and governance")
        if e - s > MAX_ITEM_CHARS:
            cut = s
            for _, sentence_end in sentence_spans(text, s, e):
                if sentence_end - s > MAX_ITEM_CHARS and cut > s:
                    break
                cut = sentence_end
            e = cut if cut > s else s + MAX_ITEM_CHARS
        found.append((s, e))
    return found


def _recommendations(doc_id: str, text: str, headings: list[tuple[int, str]]) -> SectionQuote | None:
    """The first recommendations section with items, and the sections that carry it on under
    headings of their own ("Recommendations" / "Immediately:" / "Within three months:")."""
    for i, (offset, heading) in enumerate(headings):
        if not _RECOMMENDATION_HEADING.search(heading):
            continue
        spans: list[tuple[int, int]] = []
        j = i
        while j < len(headings) and (j == i or _RECOMMENDATION_HEADING.search(headings[j][1])):
            spans += _items(text, _heading_end(text, headings[j][0]), _section_end(text, headings, j))
            j += 1
        if spans:
            return SectionQuote(RECOMMENDATIONS, doc_id, tuple(spans[:MAX_ITEMS]), heading, max(0, len(spans) - MAX_ITEMS))
    return None


def _is_prose(sentence: str) -> bool:
    """A sentence of running text: not a label line, a table row, a contents entry or a fragment."""
    flat = " ".join(sentence.split())
    return (
        len(flat.split()) >= 4
        and " | " not in flat
        and not _LABEL_LINE.match(flat)
        and re.search(r"[.!?][’”'\")]*$", flat) is not None
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
        chosen = [verdict] + [span for span in chosen if not (span[0] < verdict[1] and verdict[0] < span[1])][: SUMMARY_SENTENCES - 1]
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
) -> Answer:
    """Each document's section, items quoted in order, one a line, each cited (its chunk, page,
    paragraph); documents in the order given."""
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
        if quote.left_out:
            note += f" ({quote.left_out} more in the section, not quoted)"
        notes.append(note)
    answer_text = "\n".join(f"{LIST_ITEM}{' '.join(c.text.split())} [{c.n}]" for c in citations)
    explanation = Explanation(tuple(passages[:10]), (), 0.0, "answered", 0, answerer, notes=tuple(notes))
    return Answer(question, answer_text, False, tuple(citations), tuple(passages), {}, explanation)


_GRADE = r"(inadequate|requires? improvement( to be good)?|good|outstanding|adequate|not yet good|poor|satisfactory|not judged)"
_JUDGEMENT_ROW = re.compile(rf"^\W*(\d+(\.\d+)*\.?\s+)?[A-Z][^|\n]{{2,150}}\|\s*{_GRADE}\W*$", re.IGNORECASE)
_JUDGEMENT_HEADING = re.compile(rf"^[A-Z][^|\n]{{10,150}}(:|\bis:|\bare:)\s*{_GRADE}\W*$", re.IGNORECASE)


def _judgements(doc_id: str, text: str, headings: list[tuple[int, str]]) -> SectionQuote | None:
    """The report's judgement table: its first run of rows grading an area ("The experiences and
    progress of children in care | Good"), else its headings that state a grade ("…: good")."""
    run: list[tuple[int, int]] = []
    for start, end in paragraph_spans(text):
        line = " ".join(text[start:end].split())
        if _JUDGEMENT_ROW.match(line):
            run.append((start, end))
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
