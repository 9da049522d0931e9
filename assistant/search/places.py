"""The names of England's local authorities with children's services (the 153 councils Ofsted
inspects, and Cumbria, whose name people still use), as facts to check typed names against.

A name typed with a slip is read as the library's nearest document name ("Sunderlnd" as
Sunderland), but "Herefordshire" is one letter from Hertfordshire and is a council of its own:
read as Hertfordshire, "What grades did Herefordshire get?" was answered with Hertfordshire's
grades. A word of one of these names is never read as another name (search/names.py).
"""

from __future__ import annotations

import re
from collections import Counter

ENGLISH_COUNCILS = (
    # North East
    "Darlington", "Durham", "Gateshead", "Hartlepool", "Middlesbrough", "Newcastle upon Tyne", "North Tyneside",
    "Northumberland", "Redcar and Cleveland", "South Tyneside", "Stockton-on-Tees", "Sunderland",
    # North West
    "Blackburn with Darwen", "Blackpool", "Bolton", "Bury", "Cheshire East", "Cheshire West and Chester", "Cumberland",
    "Westmorland and Furness", "Cumbria", "Halton", "Knowsley", "Lancashire", "Liverpool", "Manchester", "Oldham",
    "Rochdale", "Salford", "Sefton", "St Helens", "Stockport", "Tameside", "Trafford", "Warrington", "Wigan", "Wirral",
    # Yorkshire and the Humber
    "Barnsley", "Bradford", "Calderdale", "Doncaster", "East Riding of Yorkshire", "Kingston upon Hull", "Kirklees",
    "Leeds", "North East Lincolnshire", "North Lincolnshire", "North Yorkshire", "Rotherham", "Sheffield", "Wakefield", "York",
    # East Midlands
    "Derby", "Derbyshire", "Leicester", "Leicestershire", "Lincolnshire", "North Northamptonshire", "West Northamptonshire",
    "Nottingham", "Nottinghamshire", "Rutland",
    # West Midlands
    "Birmingham", "Coventry", "Dudley", "Herefordshire", "Sandwell", "Shropshire", "Solihull", "Staffordshire",
    "Stoke-on-Trent", "Telford and Wrekin", "Walsall", "Warwickshire", "Wolverhampton", "Worcestershire",
    # East of England
    "Bedford", "Cambridgeshire", "Central Bedfordshire", "Essex", "Hertfordshire", "Luton", "Norfolk", "Peterborough",
    "Southend-on-Sea", "Suffolk", "Thurrock",
    # London
    "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "City of London", "Croydon", "Ealing",
    "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon",
    "Hounslow", "Islington", "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham",
    "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth", "Westminster",
    # South East
    "Bracknell Forest", "Brighton and Hove", "Buckinghamshire", "East Sussex", "Hampshire", "Isle of Wight", "Kent",
    "Medway", "Milton Keynes", "Oxfordshire", "Portsmouth", "Reading", "Slough", "Southampton", "Surrey", "West Berkshire",
    "West Sussex", "Windsor and Maidenhead", "Wokingham",
    # South West
    "Bath and North East Somerset", "Bournemouth, Christchurch and Poole", "Bristol", "Cornwall",
    "Devon", "Dorset", "Gloucestershire", "Isles of Scilly", "North Somerset", "Plymouth", "Somerset",
    "South Gloucestershire", "Swindon", "Torbay", "Wiltshire",
)

# Words that are part of many names, or everyday words: they say nothing about which council.
_SHARED = frozenset("and of upon on with the city st north south east west central".split())

COUNCIL_WORDS = frozenset(
    word for name in ENGLISH_COUNCILS for word in re.findall(r"[a-z]+", name.lower()) if word not in _SHARED and len(word) >= 4
)


def council_words(name: str) -> frozenset[str]:
    """The words of a name that tell councils apart: "North East Lincolnshire" -> {north, east,
    lincolnshire}; "Brighton and Hove" -> {brighton, hove}."""
    return frozenset(re.findall(r"[a-z]+", name.lower())) - _CONNECTORS


_CONNECTORS = frozenset("and of upon on with the".split())
# Each council's name as its words, to tell "Somerset" from "North Somerset".
COUNCIL_NAMES = frozenset(council_words(name) for name in ENGLISH_COUNCILS)
# The word a council's name opens with, where it tells councils apart ("southend", "stoke"; not
# "north" or "city"): a name typed in lower case starts with one, or is a whole name.
COUNCIL_FIRST_WORDS = frozenset(
    words[0] for words in (re.findall(r"[a-z]+", name.lower()) for name in ENGLISH_COUNCILS) if words[0] not in _SHARED | {"isle", "isles"}
)
# Councils whose names are everyday words in lower case ("I've been reading the review", "bury
# the findings", "slough off"): only with a capital do they name a council. A probe's long question
# opening "So I've been reading a lot about this case" was not searched, "no report is about Reading".
EVERYDAY_WORD_COUNCILS = frozenset({"reading", "bury", "slough"})
# A council's name as typed in lower case ("norfolk", "north somerset"), the longest first.
COUNCIL_IN_LOWER_CASE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted((re.escape(name.lower()) for name in ENGLISH_COUNCILS if name.lower() not in EVERYDAY_WORD_COUNCILS), key=len, reverse=True))
    + r")(?![\w-])"
)


# Short forms staff write for councils that no rule of the name check derives (search/names.py
# reads "Notts", "Herts", "Lincs": the first three letters, the rest in order, a final "s"): an
# older county form ("Hants", "Oxon", "Salop"), a point of the compass cut short ("N Yorks", "W
# Sussex"), initials ("B&NES", "RBKC", "MK"). A probe's "How was N Yorks rated?" got York's grade.
# Not "Northants" or "Beds": each is two councils.
SHORT_FORMS = {
    "hants": "Hampshire", "oxon": "Oxfordshire", "salop": "Shropshire",
    "n yorks": "North Yorkshire", "north yorks": "North Yorkshire", "n yorkshire": "North Yorkshire", "e riding": "East Riding of Yorkshire",
    "n lincs": "North Lincolnshire", "north lincs": "North Lincolnshire", "ne lincs": "North East Lincolnshire", "north east lincs": "North East Lincolnshire",
    "e sussex": "East Sussex", "w sussex": "West Sussex", "w berks": "West Berkshire", "c beds": "Central Bedfordshire",
    "n somerset": "North Somerset", "s glos": "South Gloucestershire", "n tyneside": "North Tyneside", "s tyneside": "South Tyneside",
    "n northants": "North Northamptonshire", "north northants": "North Northamptonshire",
    "w northants": "West Northamptonshire", "west northants": "West Northamptonshire",
    "b&nes": "Bath and North East Somerset", "banes": "Bath and North East Somerset",
    "rbkc": "Kensington and Chelsea", "lbbd": "Barking and Dagenham", "h&f": "Hammersmith and Fulham", "mk": "Milton Keynes",
}
SHORT_FORM = re.compile(
    r"(?<![\w&-])(?:" + "|".join(sorted((re.escape(form).replace("\\ ", r"\.?\s+") for form in SHORT_FORMS), key=len, reverse=True)) + r")(?![\w&-])",
    re.IGNORECASE,
)


def council_of_short_form(typed: str) -> str:
    """The council a short form names ("N. Yorks" -> "North Yorkshire")."""
    return SHORT_FORMS[re.sub(r"\.?\s+", " ", typed.lower())]


# What kind of council a name may say it is, or how grand: "Kent County Council", "the Royal
# Borough of Greenwich", "London Borough of Southwark", "Barnsley Metropolitan Borough Council".
_KIND_OF_COUNCIL = re.compile(
    r"\b(?:the\s+)?(?:(?:royal|london|metropolitan)\s+)?borough\s+of\s+|\b(?:metropolitan\s+)?(?:borough|county|city|district)?\s*council\b"
    r"|\bcity\s+of\s+(?!london\b)",
    re.IGNORECASE,
)
_NAME_WORDS = {name: re.findall(r"[a-z]+", name.lower()) for name in ENGLISH_COUNCILS}
_OPENINGS = Counter(words[0] for words in _NAME_WORDS.values())
_TWO_WORD_STARTS = Counter(tuple(words[:2]) for words in _NAME_WORDS.values())
# A council's distinctive first word, where it opens one council's name alone: "Newcastle" is
# Newcastle upon Tyne, "Telford" Telford and Wrekin, "Bournemouth" BCP; not "Kingston" (two).
_OPENING_WORD_OF_ONE = {
    words[0]: name
    for name, words in _NAME_WORDS.items()
    if _OPENINGS[words[0]] == 1 and words[0] not in _SHARED | {"isle", "isles"} and len(words[0]) >= 4
}
# The same for a name opening with a word many share: "the East Riding" is East Riding of Yorkshire.
_TWO_WORD_OPENINGS = {
    " ".join(words[:2]): name
    for name, words in _NAME_WORDS.items()
    if len(words) > 2 and words[0] in _SHARED and words[1] not in _SHARED and _TWO_WORD_STARTS[tuple(words[:2])] == 1
}
_TWO_WORD_OPENING = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, _TWO_WORD_OPENINGS), key=len, reverse=True)) + r")(?![\w-])")
# (The spaces between a body's words are read one way only: "\s+(?:and)?\s*" split a run of spaces
# every way, and "Abc   Abc   …" took seconds a word.)
# A body's last word ("Avon and Somerset Police", "Leeds Teaching Hospitals NHS Trust"), and the words
# that make a place's name another place's ("New York" is not York, "Greater Manchester" not Manchester).
ORGANISATION_WORDS = frozenset(
    "police constabulary trust hospital hospitals university college nhs ccg icb court courts commissioner fire".split()
)
PLACE_PREFIXES = frozenset({"new", "greater", "great", "little", "old"})
_ORGANISATION = "|".join(sorted(ORGANISATION_WORDS))
_PREFIX = "|".join(sorted(word.capitalize() for word in PLACE_PREFIXES))
_OTHER_BODY = re.compile(
    rf"\b(?:(?:{_PREFIX})\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|of|upon|on)\s+)?[A-Z][\w’'-]*)*\s+(?i:{_ORGANISATION})\b"
    rf"|\b(?:{_PREFIX})\s+[A-Z][\w’'-]*"
)
_CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?=(?:['’]s)?(?![\w-]))")


def councils_in(question: str) -> tuple[frozenset[str], ...]:
    """The English councils a question names, each as its name's words, however it is written:
    "Kent County Council" and "the Royal Borough of Greenwich" (what kind of council dropped),
    "halton" in lower case (not the everyday-word names: "reading"), "Newcastle" for Newcastle
    upon Tyne (a capitalised word that opens one council's name alone)."""
    # "Avon and Somerset Police", "Leeds Teaching Hospitals NHS Trust", "Greater Manchester Police",
    # "New York": another body or place, whose name holds a council's.
    plain = _OTHER_BODY.sub(" ", _KIND_OF_COUNCIL.sub(" ", question))
    found: list[frozenset[str]] = []
    taken: list[tuple[int, int]] = []
    for match in COUNCIL_IN_LOWER_CASE.finditer(plain.lower()):
        found.append(council_words(match.group()))
        taken.append(match.span())
    for match in _TWO_WORD_OPENING.finditer(plain.lower()):
        if not any(start <= match.start() < end for start, end in taken):
            found.append(council_words(_TWO_WORD_OPENINGS[match.group()]))
            taken.append(match.span())
    for match in _CAPITALISED_WORD.finditer(plain):
        if any(start <= match.start() < end for start, end in taken):
            continue
        name = _OPENING_WORD_OF_ONE.get(match.group().lower())
        if name is not None:
            found.append(council_words(name))
    for word in EVERYDAY_WORD_COUNCILS:  # only with a capital: "Reading's care leavers"
        if re.search(rf"(?<![\w-]){word.capitalize()}(?![\w-])", plain):
            found.append(frozenset({word}))
    return tuple(dict.fromkeys(found))
