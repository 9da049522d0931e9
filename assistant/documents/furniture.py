"""Document furniture: sentences a library repeats word for word across many of its documents
(a publisher's contact lines, licence, "Interested in our work?", the methodology paragraph).

They say nothing about the document they sit in, yet the answer model liked them for questions
naming the publisher or "the report": "What did Ofsted say about Barnsley's social workers?" was
answered "T: 0300 123 1231 Textphone: …", and "What does the report say about Lewisham's
children in care?" with the reuse licence.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from assistant.documents.spans import sentence_spans

MIN_DOCUMENTS = 3  # a sentence two documents share may be one quoting the other
MIN_SHARE = 0.08  # of the library's documents: a few reports may share a fact word for word ("The inspection team consisted of eight of Her Majesty's Inspectors")

_NOT_WORD = re.compile(r"[^\w%£.]+")
# A picture's credit closing a line of press copy: "(Image: PA )", "(Photo: Getty)".
_PHOTO_CREDIT = re.compile(r"\((?:image|photo|picture|photograph)s?\s*:[^)]*\)?\s*$", re.IGNORECASE)
CAPTION_MAX_WORDS = 3  # "David Amess (Image: …)": a caption naming who is pictured, no statement


def is_photo_caption(sentence: str) -> bool:
    """A picture's credit, alone or after a few words naming what is pictured: press copy keeps
    them among its sentences, and "David Amess (Image: UK PARLIAMENT/AFP via Getty Imag)" was
    quoted for "Who killed Sir David Amess?". A caption that states something ("Sir David was
    posthumously given a statue in Southend (Image: PA )") is kept."""
    credit = _PHOTO_CREDIT.search(sentence)
    return credit is not None and len(re.findall(r"\w+", sentence[: credit.start()])) <= CAPTION_MAX_WORDS


PICTURE_TITLE_MAX_WORDS = 10
_NEXT_LINE = re.compile(r"\s*([^\n]*)")


def is_picture_title(text: str, start: int, end: int) -> bool:
    """A line of press copy that titles the picture after it ("A statue of Sir David Amess", its
    next line "Sir David was posthumously given a statue in Southend (Image: PA )"): a whole line
    of a few words, no closing stop, whose next line ends in a picture's credit. It was quoted for
    "Who was responsible for the killing of Sir David Amess?"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if text[line_start:start].strip() or text[end:line_end].strip() or not line or line[-1] in ".!?:;\"”’)":
        return False
    if len(re.findall(r"\w+", line)) > PICTURE_TITLE_MAX_WORDS:
        return False
    following = _NEXT_LINE.match(text, line_end)  # the next line with words on it, read no further
    return following is not None and bool(_PHOTO_CREDIT.search(following.group(1)))


def furniture_key(sentence: str) -> str:
    """A sentence as compared across documents: case, spacing and punctuation aside, figures kept
    (two councils' "There have been 153 adoptions" would be the same sentence only if both said 153)."""
    return _NOT_WORD.sub(" ", sentence.lower()).strip()


def repeated_sentences(texts: Iterable[str]) -> frozenset[str]:
    """The keys of sentences found in at least ``MIN_DOCUMENTS`` documents and ``MIN_SHARE`` of
    them (never in a library of two)."""
    seen_in: Counter[str] = Counter()
    documents = 0
    for text in texts:
        documents += 1
        keys = {furniture_key(text[start:end]) for start, end in sentence_spans(text, 0, len(text))}
        seen_in.update(key for key in keys if len(key.split()) >= 2)
    least = max(MIN_DOCUMENTS, MIN_SHARE * documents)
    return frozenset(key for key, count in seen_in.items() if count >= least)
