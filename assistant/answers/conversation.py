"""Follow-up questions: read a question that leans on earlier turns in their context.

"Who referred Ali to Prevent?" then "And when did that happen?": the second cannot be answered
alone. A question that leans back (it starts with "and"/"what about", refers back with "he",
"they", "that", "it"…, or is a bare fragment such as "Why?") is read together with the question
before it: retrieval sees "previous question + this question", and the documents the
conversation was about stay preferred when this question names none. A bare question word
("And when did that happen?") is restated as the previous question asked with it, which
retrieval and the answer model both read. A question that stands on its own is read as asked.

In a library, a conversation is about the documents its questions named ("How did Ofsted rate
Leeds …?"): a later question that names none ("How have leaders created extra capacity?") keeps
to them, follow-up or not, until a question names others; an answer says which documents it was
kept to. Where no question names a document (a small corpus), a follow-up keeps to the documents
the turn before cited, and a question of its own is read as it would be alone.

The reading is shown to the user ("read as: …"), kept in history and exports, and returned as
``read_as`` in JSON, so a wrong reading can be seen and corrected (``/new`` starts afresh).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.search.keyword import content_terms
from assistant.search.routing import MEASURED_FROM as _MEASURED_FROM

# A correction of the turn before: "Sorry, I meant Wigan", "No, I meant Bristol", "Actually, Wirral",
# "Sorry, wrong borough - I meant Windsor and Maidenhead", "Oops, I was after the 2015 one".
CORRECTION_MEANT = (
    r"(?:(?:sorry|no|nope|actually|oops|whoops|oh|ah|hmm|er|erm|um|wait|hang\s+on|my\s+(?:bad|mistake))\W+)*"
    r"(?:wrong\s+(?:borough|council|authority|area|place|county|city|year|report|inspection|one)\W+)?"
    r"(?:i\s+(?:meant|mean|was\s+(?:asking\s+about|after|thinking\s+of|on\s+about)|wanted|am\s+after)|i['’]m\s+after|meant)\W+"
)
# ... or says what was not meant first: "Not Leeds, Bradford."
CORRECTION = rf"{CORRECTION_MEANT}|(?:sorry|actually|oops|whoops)\W+|not\s+[^,?;]{{1,40}}?,\s*"
_OPENS_ON_PREVIOUS = re.compile(
    rf"^\W*(?:and|but|so|also|then|or|what about|how about|what of|and what|same for|and for|and in|and why|why not|{CORRECTION})(?:\b|(?<=\W))",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(
    r"\b(he|she|him|his|her|hers|they|them|their|theirs|it|its|this|these|those|there|the same|that (meeting|case|visit|"
    r"decision|report|review|time|year|referral|recommendation|team|service|plan|finding|judgement|happen|happened)|"
    r"(about|of|with|after|before|for|on|did|does|was|is|do|has|have|had|will|would|can|could) that|"
    # "the newest one", "that one": a noun left out because the turn before named it
    r"(the|that|this|which|each|either|neither|the new|the newest|the latest|the other|the previous|the first|the last|"
    r"the second|the old) ones?|"
    r"(since|by|until|till|before|after|from) then|once (told|alerted|informed|aware|notified)|at that (time|point|stage))\b",
    re.IGNORECASE,
)
_THAT_AT_END = re.compile(r"\bthat\s*[?.!]*\s*$", re.IGNORECASE)
# "Which part wasn't good?", "Which area came out worst?", "And which came out best?": a question
# that picks among what the turn before's answer listed (its grades, its recommendations) and
# names nothing of its own; asked alone it has no subject.
_PICKS_FROM_BEFORE = re.compile(
    r"^\W*(?:(?:and|but|so|then)\s+)?(?:which|what)\s+(?:parts?|areas?|aspects?|bits?|elements?|sections?|judgements?|"
    r"grades?|of\s+(?:them|those|these))\b"
    r"|^\W*(?:(?:and|but|so|then)\s+)?which\s+(?:was|were|came|comes|got|scored|fared|did)\b",  # "And which came out best?"
    re.IGNORECASE,
)
_NAME_AFTER_FIRST_WORD = re.compile(r"(?<=\s)[A-Z][\w’'-]*")
# "And when did that happen?", "Why?": a question word and nothing of its own to ask about.
_BARE_WH = re.compile(
    r"^\W*(?:(?:and|but|so|then)\s+)?(why|when|where|how|who)\b((?:\s+(?:did|does|do|was|were|is|are|has|had|have|that|it|this|"
    r"happen|happened|exactly|then|so))*)\W*$",
    re.IGNORECASE,
)
# A previous question whose subject can take another question word: "Why was Ali referred …?",
# "Were there delays …?" (auxiliary kept, the rest kept verbatim). Not "Who is …?" or "What did
# … say?": there the question word is the subject or object, and swapping it breaks the question.
_WH_AUX = re.compile(
    r"^\W*(?:(?:why|when|where|how)\s+)?(was|were|is|are|did|does|do|has|have|had)\s+(.+)$",
    re.IGNORECASE,
)
MAX_CONTEXT_CHARS = 300
# Where a follow-up's answer is looked for first: from one sentence before the previous answer's
# quote to about three after it (characters of the document; report sentences run 100-250).
NEAR_BEFORE = 250
NEAR_AFTER = 600
NEXT_GAP = 3  # characters between a quote and the sentence right after it (a space, a line break)
SHORT_TERMS = 2  # "Why?", "Who chaired it?": two content words or fewer stand on nothing
OWN_TERMS = 2  # a follow-up the answer model reads as asked holds at least this many words of its own


Span = tuple[str, int, int]  # (source, start, end) of a quoted sentence


def was_quoted(source: str, start: int, end: int, quoted: tuple[Span, ...]) -> bool:
    """Whether a sentence overlaps one the previous answer quoted."""
    return any(q_source == source and start < q_end and q_start < end for q_source, q_start, q_end in quoted)


def near_quoted(source: str, start: int, end: int, quoted: tuple[Span, ...]) -> bool:
    """A sentence just around (not inside) one the previous answer quoted. A sentence the answer
    quoted itself is not "around" another of its quotes: the best and an "Also possible" one next
    to it would each lift the other, and the follow-up would repeat the answer."""
    if was_quoted(source, start, end, quoted):
        return False
    for q_source, q_start, q_end in quoted:
        if q_source != source:
            continue
        if 0 <= start - q_end <= NEAR_AFTER or 0 <= q_start - end <= NEAR_BEFORE:
            return True
    return False


def next_after_quoted(source: str, start: int, end: int, quoted: tuple[Span, ...]) -> bool:
    """The sentence right after one the previous answer quoted, and not quoted itself: where a
    report goes on about the same thing ("What effect does that have on them?", "Who does that
    now?", "Why don't they see them as often as they'd like?" after "Workers do not always see
    children as often as they would like."). A sentence the answer quoted too (two quotes in a
    row, or an "Also possible" one) would only repeat the answer."""
    if was_quoted(source, start, end, quoted):
        return False
    return any(q_source == source and 0 <= start - q_end <= NEXT_GAP for q_source, _, q_end in quoted)


def quoted_spans(citations) -> tuple[Span, ...]:
    """What a conversation keeps of an answer's citations: where each quote is."""
    return tuple((c.source, c.start, c.end) for c in citations)


LEAD_IN = r"^\W*(?:(?:and|but|so|then|ok|okay)\b\W*)?"  # what may come before a question's first word
# A follow-up with a question of its own ("Who can see where they are in real time?", "Do they run
# any training scheme?"), not a fragment that borrows the turn before's ("And for care leavers?",
# "What about adoption?").
_OWN_QUESTION = re.compile(
    rf"{LEAD_IN}(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|has|have|had|can|could|"
    r"will|would|should)\b(?!\s+(?:about|of)\b)",
    re.IGNORECASE,
)


# A follow-up that measures something against the turn before's answer wants the same kind of
# answer, whatever its form: "Was it the same for care leavers?", "Was adoption any better?", "Is
# leadership as strong?", "So was help and protection outstanding too?", "Is that on the list?".
_LIKE_BEFORE = re.compile(
    r"\b(same|better|worse|too|also|either|as well|as (good|bad|strong|weak|poor|high|low)|any (better|worse|different)|"
    r"(that|the) list|outstanding|inadequate|good|requires? improvement)\b",
    re.IGNORECASE,
)


def asks_its_own_question(question: str) -> bool:
    """Whether a follow-up asks a question of its own rather than the turn before's about
    something else ("Do they run any training scheme?"): what kind of answer it wants (a grade, a
    recommendation) is then its own. Not when it measures against the turn before (``_LIKE_BEFORE``)."""
    return bool(_OWN_QUESTION.match(question)) and not _LIKE_BEFORE.search(question)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def without_correction(question: str) -> str:
    """The follow-up without the words that only correct the turn before: "Sorry, I meant 2015."
    -> "2015."."""
    return re.sub(rf"^\W*(?:{CORRECTION})", "", question, flags=re.IGNORECASE)


def years_asked(question: str) -> set[str]:
    """The years a question asks about ("And in 2022?", "What about the 2018 inspection?"), not
    those it measures from ("Has it improved since 2015?"; not "I was after the 2015 one")."""
    question = without_correction(question)
    return {m.group() for m in _YEAR.finditer(question) if not _MEASURED_FROM.search(question[max(0, m.start() - 40) : m.start()])}


def picks_from_before(question: str) -> bool:
    """Whether a question picks among what the turn before listed ("Which part wasn't good?"),
    naming nothing of its own: a follow-up, and one that wants one item, not the list again."""
    return bool(_PICKS_FROM_BEFORE.match(question)) and not _NAME_AFTER_FIRST_WORD.search(question)


_POSITION_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "last": -1, "final": -1,
}
# "Tell me more about the second one", "What about number 3?", "And the last recommendation?":
# one item of the list the answer before quoted, by its place. Not "the first report", "the last
# inspection" (another report of the council), nor "number 3 children".
_PICKS_BY_POSITION = re.compile(
    r"\b(?:number|no\.|item|point|recommendation|bullet)\s*(?P<number>\d{1,2})\b(?!\s*(?:%|per\b|children|young|people|years?|months?|weeks?|days?|times?)\b)"
    r"|#\s*(?P<hash>\d{1,2})\b"
    r"|\bthe\s+(?:(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)|(?P<nth>\d{1,2})(?:st|nd|rd|th))"
    r"(?:\s+(?:one|item|point|recommendation|bullet|thing))?(?=\s*(?:[?.,!]|$|\b(?:on|in|mean|means|is|say|says)\b))",
    re.IGNORECASE,
)


def position_picked(question: str) -> int | None:
    """The place (1-based; -1 for the last) of the item a follow-up picks from the list the answer
    before quoted ("What about number 3?" -> 3, "And the last one?" -> -1), else None."""
    found = _PICKS_BY_POSITION.search(question)
    if not found:
        return None
    if found.group("word"):
        return _POSITION_WORDS[found.group("word").lower()]
    return int(found.group("number") or found.group("hash") or found.group("nth")) or None


_ASKS_WHY = re.compile(r"^\W*(?:(?:and|but|so)\W+)?(?:why|how come)\b", re.IGNORECASE)


def asks_why(question: str) -> bool:
    """"Why was it inadequate?" after the grades asks for the reasons: it inherits neither the
    section nor the form (a judgement row) its turn before asked for."""
    return bool(_ASKS_WHY.match(question))


# A question asking for a cause: "Why is Portsmouth short of foster homes?", "What led to the
# delays?", "What are the reasons for the rise in referrals?" (``asks_why`` and more).
_ASKS_CAUSE = re.compile(
    r"\b(?:what|which\s+\w+)\s+(?:has\s+|have\s+|had\s+)?(?:caused|causes|led\s+to|leads\s+to|lay\s+behind|lies\s+behind|is\s+behind|was\s+behind|"
    r"explains|explained|drove|drives|contributed\s+to)\b|\breasons?\s+(?:for|why|behind)\b",
    re.IGNORECASE,
)


# "What else …?", "Anything more on that?", "Which other …?": more than the answer before gave.
_ASKS_FOR_MORE = re.compile(
    r"\b(?:what|who|where|anything|something|any|which|how)\s+(?:else|more|other)\b|\b(?:another|besides|apart from that|as well as that)\b",
    re.IGNORECASE,
)


def asks_for_more(question: str) -> bool:
    """Whether a follow-up asks for more than the answer before it gave."""
    return bool(_ASKS_FOR_MORE.search(question))


def asks_for_a_cause(question: str) -> bool:
    """Whether a question asks why something happened or is so."""
    return asks_why(question) or bool(_ASKS_CAUSE.search(question))


def is_follow_up(question: str) -> bool:
    """Whether a question leans on an earlier turn (only asked when there is one)."""
    if _OPENS_ON_PREVIOUS.search(question) or _REFERS_BACK.search(question) or _THAT_AT_END.search(question):
        return True
    if picks_from_before(question) or position_picked(question):
        return True
    return len(content_terms(question)) <= SHORT_TERMS


def last_words(text: str, limit: int) -> str:
    """The end of ``text`` within ``limit`` characters, from a word's start: a chain of follow-ups
    cut mid-word read "p and protection of children …" for "help and protection …"."""
    if len(text) <= limit:
        return text
    tail = text[-limit:]
    if not tail[0].isspace() and not text[-limit - 1].isspace():
        parts = tail.split(None, 1)
        tail = parts[1] if len(parts) > 1 else tail
    return tail.lstrip()


# "there", "in that council": what a follow-up may point back to and still ask about a new topic
# of the same report ("Were caseloads manageable there?" after a question on Barnsley's front door).
_THE_PLACE = re.compile(
    r"\b(?:there|(?:in|at|for|of)\s+(?:that|this|the same)\s+(?:council|authority|local authority|area|borough|county|city|place))\b",
    re.IGNORECASE,
)


# What the turn before set: what is counted ("And how many were in care?", "And how many get onto
# apprenticeships?" after a count of children), or the time ("the following year").
_SET_BEFORE = re.compile(
    r"\bhow (?:many|much)\s+(?:were|are|was|is|had|have|has|did|do|does|will|would|can|could|get|gets|got|go|goes|went|"
    r"made|make|makes|received|receive|left|leave|stay|stayed|remain|remained|live|lived|need|needed|came|come|took|take|moved|returned)\b"
    # "And what was forecast for the following year?": a time set by the turn before
    r"|\b(?:the\s+)?(?:following|next|same|prior|preceding)\s+(?:year|month|week|day|period|quarter)\b|\bthe\s+(?:year|month)\s+(?:before|after)\b"
    r"|\bat the time\b|\bafterwards?\b|\blater on\b",
    re.IGNORECASE,
)


# A part of a council the turn before asked about, which "there" then means ("What did inspectors
# find about the leaving care team in Luton?" + "Were caseloads manageable there?"): not the
# council's children's services as a whole.
_A_UNIT = re.compile(
    r"\b(?:teams?|hubs?|front door|mash|units?|centres?|centers?|panels?|boards?|homes?|schools?|departments?|trusts?|courts?|"
    r"offices?|advisers?|advisors?|workers?|staff|practitioners?|partnerships?|(?<!children['’]s )services?)\b",
    re.IGNORECASE,
)


def asks_a_new_topic(question: str, previous: str = "") -> bool:
    """Whether a follow-up asks a question of its own, in words enough of its own, pointing back to
    nothing but the council the conversation is about: "And what was the previous judgement?",
    "Were caseloads manageable there?" after "How was Barnsley rated?". Read with its context, the
    turn before's topic filled the passages and its sentences were quoted; it is read as asked,
    within the documents the conversation named. Not when "there" may be a part of the council
    the turn before (``previous``) asked about: a team, a hub, a service."""
    if not asks_its_own_question(question) or not says_enough_alone(question) or picks_from_before(question):
        return False
    if _THE_PLACE.search(question) and _A_UNIT.search(previous):
        return False
    rest = _THE_PLACE.sub(" ", question)
    return not _REFERS_BACK.search(rest) and not _THAT_AT_END.search(rest) and not _SET_BEFORE.search(rest)


def says_enough_alone(question: str) -> bool:
    """Whether a follow-up holds words enough of its own for the answer model to read it as asked
    ("How much extra cash was put in to hire more of them?"); one holding a word or none ("What
    did that lead to?", "What did they recommend about it?", "Why?") is read with its context,
    or the model picks a sentence about anything that leads, or recommends, anything."""
    return len(content_terms(question)) >= OWN_TERMS


@dataclass(frozen=True)
class Reading:
    """How one question is read: what the pipeline answers, and the documents it prefers."""

    question: str  # as asked
    read_as: str  # what retrieval and the answer model see
    follow_up: bool
    prefer_documents: frozenset[str] = frozenset()
    # read_as is a question of its own (a restatement, below), so the answer model reads it whole
    standalone: bool = False
    # A follow-up's: the spans (source, start, end) the answer before it quoted. What a follow-up
    # asks about next is often stated just around them ("Why?" -> the next sentence gives the
    # reason; "Has it worked?" -> what the programme achieved).
    after: tuple[Span, ...] = ()
    # A follow-up on a new topic of the documents the conversation named (asks_a_new_topic): read as
    # asked, and answered from those documents alone.
    new_topic: bool = False


_PERSONAL = re.compile(r"\b(he|him|his|she|her|hers)\b", re.IGNORECASE)
_NOT_A_NOUN_NEXT = re.compile(r"^(?:\W|$|(?:and|or|to|about|for|in|on|at|with|from|by|as|than|that|if|when|again|now|then|so|say|said|think|thought)\b)", re.IGNORECASE)


def said_in(citations) -> tuple[str, ...]:
    """The texts an answer quoted, in order: what Conversation.record keeps as ``said``."""
    return tuple(c.text for c in citations)


def person_referred_to(question: str, previous: str, said: tuple[str, ...]) -> str | None:
    """Whom "he", "his", "she" or "her" in a follow-up means: the person the answer before named,
    when the question before asked who and named no one itself ("Who told Parliament about it?" …
    "Security minister Dan Jarvis told the Commons …" -> "Dan Jarvis"; of several, the one nearest
    what was asked). None unless the follow-up uses one such word once and names no one itself,
    and the answer before named someone."""
    from assistant.answers.answering import asks_who, person_named

    if len(_PERSONAL.findall(question)) != 1:
        return None  # none, or several ("When did she meet her?"): not one person to write in
    if _NAME_AFTER_FIRST_WORD.search(question) or not said or not asks_who(previous):
        return None
    if person_named(previous, ""):
        return None  # "What was his sentence?" after "Who did Ali Harbi Ali kill?": his may be either's
    return _named_nearest(said[0], previous)


def _named_nearest(sentence: str, previous: str) -> str | None:
    """Of the people the quote names that the question before did not, the one nearest the words
    it shares with that question: "In October 2021, Ali Harbi Ali assassinated David Amess, the MP
    for Southend West." for "Who was the MP for Southend West?" -> "David Amess"."""
    from assistant.answers.answering import person_named

    names, rest, offset = [], sentence, 0
    while (name := person_named(rest, previous)) is not None and len(names) < 4:
        at = rest.find(name)
        names.append((offset + at, name))
        offset += at + len(name)
        rest = rest[at + len(name) :]
    if len(names) < 2:
        return names[0][1] if names else None
    shared = [m.start() for term in content_terms(previous) for m in re.finditer(rf"\b{re.escape(term)}", sentence, re.IGNORECASE)]
    if not shared:
        return names[0][1]
    return min(names, key=lambda item: min(abs(item[0] + len(item[1]) // 2 - at) for at in shared))[1]


def with_person(question: str, person: str) -> str:
    """The follow-up with its "he", "his", "she" or "her" written as the person: "What's his job?"
    -> "What's Dan Jarvis's job?"."""

    def written(match: re.Match) -> str:
        word = match.group(1).lower()
        possessive = word in ("his", "hers") or (word == "her" and not _NOT_A_NOUN_NEXT.match(question[match.end() :].lstrip()))
        return f"{person}\u2019s" if possessive else person

    return _PERSONAL.sub(written, question)


def restate(previous: str, question: str) -> str | None:
    """The previous question asked with this one's question word, when this one adds nothing else.

    "Why was Ali Harbi Ali first referred to Prevent?" + "And when did that happen?" ->
    "When was Ali Harbi Ali first referred to Prevent?"; "Were there delays …?" + "Why?" ->
    "Why were there delays …?". Every word but the question word is the person's own, so
    nothing is invented; any other follow-up is read with its context instead (None).
    """
    bare = _BARE_WH.match(question)
    before = _WH_AUX.match(previous)
    if not bare or not before:
        return None
    rest = before.group(2)
    end = len(rest)
    while end and not (rest[end - 1].isalnum() or rest[end - 1] == "_"):  # the closing "?" and the like
        end -= 1  # (a loop, not a trailing \W* in the pattern: that backtracks quadratically)
    return f"{bare.group(1).capitalize()} {before.group(1).lower()} {rest[:end]}?" if end else None


# "What about Wigan?", "And Bristol?", "How about the Isle of Wight in 2023?": a follow-up that
# asks the turn before's question of another council, and nothing else.
_ABOUT_ANOTHER = re.compile(
    rf"^\W*(?:{CORRECTION})?(?:(?:and|but|so|ok|okay)\W+)?(?:(?:what|how)\s+about|what\s+of|same\s+(?:for|with|in))?\s*"
    r"(?:(?:for|in|with|at)\s+)?(?:the\s+)?(?P<name>.+?)(?:['’]s?)?(?:,?\s+(?:not|rather\s+than|instead\s+of)\s+[^,?;]{1,40}?)?"
    r"(?:\W+(?:then|instead|too|as well|please))?\W*$",
    re.IGNORECASE,
)


def asked_of_another(question: str) -> str | None:
    """What a "What about X?" follow-up asks about (X, with any year): the caller checks that it
    is a council's name and nothing more."""
    found = _ABOUT_ANOTHER.match(question)
    return found.group("name") if found else None


# A topic as typed in a follow-up: a few words in lower case ("fostering", "disabled children",
# "the front door") or acronyms ("SEND", "MASH"); not a name ("Bristol"), a year, a pointer or a
# question word.
_TOPIC_WORD = re.compile(r"^(?:[a-z][a-z'’-]*|[A-Z]{2,6}s?)$")
_NOT_A_TOPIC = re.compile(
    r"^(?:why|when|where|who|whom|whose|what|which|how|whether|that|this|it|them|they|those|these|then|there|so|too|"
    r"also|else|more|again|now|before|after|earlier|later|next|the\s+(?:other|rest|same|first|last|second|earlier|later|newer|older|"
    r"previous|latest|newest|oldest)\b.*|others?|one|ones|yes|no|ok|okay|sorry|thanks|thank\s+you|please|meant|anything\s+else)$",
    re.IGNORECASE,
)
_LEADS_TO_ANOTHER = re.compile(
    rf"^\W*(?:(?:and|but)\s+(?:what|how)\s+about|(?:and|but)|what\s+about|how\s+about|what\s+of|{CORRECTION_MEANT})\s*", re.IGNORECASE
)
_ASKING_WORDS = frozenset(
    "what why how when who whom whose which where whether did does do is are was were has have had can could will would "
    "should shall may might must they it he she we you i that this those these then there if not".split()
)
_OPENING_PREPOSITION = re.compile(r"^(?:in|on|at|to|with|from|by|since|about|for|of|during|before|after)\b", re.IGNORECASE)
# The end of a topic that says whose or when ("adoption in Leeds", "care leavers in 2015"): kept.
_TOPIC_TAIL = re.compile(r"\s+(?:in|for|at|of|across|within|by|from)\s+(?:the\s+)?(?:[A-Z]|(?:19|20)\d\d\b).*$")


_OWNER = re.compile(r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w-]*['’]s\s+(?=\w)")


def switch_topic(previous: str, question: str) -> str | None:
    """The previous question asked of another topic, when it asked what the documents say about
    one and the follow-up names nothing but another ("And fostering?", "What about disabled
    children?"): "What does Ofsted say about adoption in Leeds?" -> "What does Ofsted say about
    fostering in Leeds?". None otherwise. Every word is the person's own."""
    from assistant.answers.topic_questions import topic_asked

    lead = _LEADS_TO_ANOTHER.match(question)
    if lead is None:
        return None
    asked = re.sub(r"(?:[\s,]+(?:too|as\s+well|then|instead|please|there|in\s+that\s+(?:council|area|report)))?[\s?.!]*$", "", question[lead.end():]).strip()
    asked = re.sub(r"^(?:for|on|about|regarding)\s+", "", asked, flags=re.IGNORECASE)  # "And on adoption?"
    words = asked.split()
    if not 1 <= len(words) <= 5 or _NOT_A_TOPIC.match(asked) or not all(_TOPIC_WORD.match(w) for w in words):
        return None
    if any(w.lower() in _ASKING_WORDS for w in words) or _OPENING_PREPOSITION.match(asked):
        return None  # "And what did they recommend?" asks its own question; "And in Kent?" names no topic
    topic = topic_asked(previous)
    if not topic:
        return None
    core = _TOPIC_TAIL.sub("", topic)
    owner = _OWNER.match(core)  # "Salford's front door": the council's name stays, "Salford's fostering"
    if owner and not re.match(r"(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those)\b", asked, re.IGNORECASE):
        core = core[owner.end() :]
    if not core or set(content_terms(asked)) <= set(content_terms(core)):
        return None
    start = previous.find(core)
    if start < 0:
        return None
    return previous[:start] + asked + previous[start + len(core):]


def swap_name(previous: str, spans: list[tuple[int, int]], name: str) -> str:
    """The previous question asked of another name: "How does Leeds support its care leavers?" +
    "What about Wigan?" -> "How does Wigan support its care leavers?" (a possessive kept). Every
    word is the person's own, so nothing is invented."""
    text = previous
    for start, end in sorted(spans, reverse=True):
        possessive = re.search(r"['’]s$", text[start:end])
        text = text[:start] + name + (possessive.group() if possessive else "") + text[end:]
    return text


@dataclass(frozen=True)
class Turn:
    reading: Reading
    quoted: tuple[Span, ...]  # the spans its answer quoted
    topic: frozenset[str]  # the documents the conversation is about after it: those last named
    section: str | None = None  # the section it asked for whole (sections.section_kind), which "And Leeds?" asks again
    said: tuple[str, ...] = ()  # the texts its answer quoted, in order: whom "he" or "she" may be

    @property
    def cited(self) -> tuple[str, ...]:
        """The sources its answer cited, in order, once each."""
        return tuple(dict.fromkeys(source for source, _, _ in self.quoted))


@dataclass
class Conversation:
    """The turns so far, as read and answered; what a follow-up is read against."""

    id: str = ""
    turns: list[Turn] = field(default_factory=list)

    def read(self, question: str) -> Reading:
        question = " ".join(question.split())
        if not self.turns:
            return Reading(question, question, False)
        previous = self.turns[-1]
        if not is_follow_up(question):
            # A question of its own keeps to the documents the conversation named, when it names none
            # (retrieval decides that); read as asked.
            return Reading(question, question, False, previous.topic)
        if previous.topic and asks_a_new_topic(question, previous.reading.read_as):
            return Reading(question, question, True, previous.topic, standalone=True, new_topic=True)
        prefer = previous.topic or (frozenset(previous.cited) | previous.reading.prefer_documents)
        before = previous.reading
        if not before.follow_up or before.standalone:
            restated = restate(before.read_as, question)
            if restated:
                return Reading(question, restated, True, prefer, standalone=True, after=previous.quoted)
            # "And fostering?" after "What does Ofsted say about adoption in Leeds?": the same
            # question of another topic. Read with the turn before, adoption's words (and the
            # sentences around its quote) won.
            switched = switch_topic(before.read_as, question)
            if switched:
                return Reading(question, switched, True, prefer, standalone=True)
        person = person_referred_to(question, before.read_as, previous.said)
        if person is not None:
            # "What's his job?" after "Who told Parliament about it?", answered "Security minister Dan
            # Jarvis told the Commons …": read with the turn before, its topic won. Read as a question
            # of its own, with no lift for the sentences around that quote (the one naming him says
            # what he is; around it, "The Home Secretary has requested …" won).
            return Reading(question, with_person(question, person), True, prefer, standalone=True)
        # The previous reading, not just the previous question: a chain of follow-ups carries its
        # first subject forward ("Who referred Ali?" / "When?" / "Why?"), capped to stay short.
        context = last_words(before.read_as, MAX_CONTEXT_CHARS)
        return Reading(question, f"{context} {question}", True, prefer, after=previous.quoted)

    def record(
        self, reading: Reading, quoted: tuple[Span, ...], named: frozenset[str] = frozenset(), section: str | None = None, said: tuple[str, ...] = ()
    ) -> None:
        """``quoted``: the spans (source, start, end) the answer quoted, where the next follow-up
        looks first; ``named``: the documents the question itself named (routing), the
        conversation's topic until a question names others; ``section``: the section it asked
        for whole, if any; ``said``: the texts it quoted."""
        topic = frozenset(named) or (self.turns[-1].topic if self.turns else frozenset())
        self.turns.append(Turn(reading, tuple(quoted), topic, section, tuple(said)))

    def clear(self) -> None:
        self.turns.clear()

    @classmethod
    def restore(cls, conversation_id: str, answers) -> "Conversation":
        """A conversation reopened from history keeps its context: its turns as they were read."""
        from assistant.answers.sections import section_kind

        conversation = cls(conversation_id)
        for answer in answers:
            read_as = answer.read_as or answer.question
            reading = Reading(answer.question, read_as, bool(answer.read_as))
            # History keeps what each question named, so the topic is what it was (answers saved
            # before it kept that have none: their follow-ups keep to the cited documents).
            conversation.record(reading, quoted_spans(answer.citations), frozenset(answer.named), section_kind(read_as), said_in(answer.citations))
        return conversation

