"""Where a question asks two or three things: "What grades did Halton get and who is the lead
inspector?", "What grades did Bristol get, who was the lead inspector and when was it inspected?".
Apart from answering (two_parts.py), so the answer step can tell what each part asks without
importing what joins answers (two_parts -> comparison -> model_answering)."""

from __future__ import annotations

import re

# A part's opening: a question word, or a request ("… and list the grades", "… and summarise it").
_ASKING = r"(?:what|when|who|whom|why|how|which|where|did|does|do|is|are|was|were|has|have|had|can|could|will|list|give|show|tell|name|summari[sz]e)\b"
# "…, and what …", "… and also who …", "… as well as when …": the second part's ask after a first part's words.
_JOIN = re.compile(rf"(?<=[\w’')])\s*[,;]?\s+(?:and|also|and also|as well as|plus)\s+(?={_ASKING})", re.IGNORECASE)
# "What grades did Luton get? What does it need to improve?", "Who was the lead inspector? Also what
# were the grades?": two questions typed as one.
_TWO_QUESTIONS = re.compile(rf"\?\s+(?:(?:and|also|and also|plus)\s+)?(?={_ASKING})", re.IGNORECASE)
# "What grades did Halton get, who led it and when was it inspected?": a comma before an ask, in a
# list of asks closed by "and".
_LISTED = re.compile(rf"(?<=[\w’')])\s*,\s+(?={_ASKING})", re.IGNORECASE)
MIN_WORDS = 3  # of each part: "and why?" is a follow-up's word, not a part of its own
MAX_PARTS = 3  # more asks than this in one question are a list of topics, not parts to answer in turn


def split_parts(question: str) -> tuple[str, ...] | None:
    """The question's parts (two or three), each a question ending "?" with its first letter
    capitalised; None unless it asks two or three things, each of at least ``MIN_WORDS`` words."""
    text = " ".join(question.split())
    joins = list(_JOIN.finditer(text))
    if joins:
        joins = sorted(joins + [m for m in _LISTED.finditer(text) if m.start() < joins[-1].start()], key=lambda m: m.start())
    else:
        joins = list(_TWO_QUESTIONS.finditer(text))
    if not 1 <= len(joins) <= MAX_PARTS - 1:
        return None
    bounds = [0, *(edge for join in joins for edge in (join.start(), join.end())), len(text)]
    parts = []
    for begin, end in zip(bounds[::2], bounds[1::2]):
        part = text[begin:end].strip().rstrip(" ,;?.!")
        parts.append(part[:1].upper() + part[1:] + "?")
    if min(len(part.split()) for part in parts) < MIN_WORDS:
        return None
    return tuple(parts)
