"""People's words for what official reviews name otherwise.

Staff ask in their own words ("Were Bristol's social workers overloaded?", "How many youngsters
stayed on with their foster families after 18?"); the reports say "caseloads" and "staying put".
Keyword search and the answer step's pre-filter match words, so a question in plain words finds
neither the passage nor the sentence that answers it. This table puts the reports' usual term
beside a plain phrasing, as the acronym table puts a long form beside an acronym: retrieval and
the pre-filter search both; the answer model reads the question as asked.

The table is written from the vocabulary of children's social care, safeguarding and inquiry
reports in England (inspection frameworks, learning and case reviews), not from any one question
set: each entry is a phrasing a person uses and the term such reports use for the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.search.keyword import content_terms

# (plain phrasing, as a regular expression over the question, case ignored; the reports' terms,
# phrases apart by commas: a sentence holding one of them is about what was asked).
# Where a phrasing is recognised by its context, the group "phrase" marks the words it replaces.
_TABLE: tuple[tuple[str, str], ...] = (
    # the workforce
    (r"overloaded|overworked|overstretched|stretched too thin|too many (?:cases|children|families)\b|cases (?:each|per (?:worker|person|social worker))|"
     r"workloads?|carrying (?:too many|\w+ cases)|holding (?:\w+ )?cases", "caseloads, workloads"),
    (r"\btemps?\b|temporary (?:staff|workers|social workers)|locums?|contract (?:staff|workers)|not permanent|rather than permanent|agency-supplied", "agency staff"),
    (r"turnover|churn|staff (?:leaving|left|keep leaving)|keep(?:ing)? (?:their |its )?staff|hold on to (?:their |its )?staff|(?:stable|settled) (?:staff|workforce|team)|"
     r"same social worker|changes? of social worker", "workforce stability, retention"),
    (r"newly qualified|new(?:ly)? graduates?|first year (?:in practice|of practice|social workers)|new recruits", "assessed supported year employment, ASYE"),
    (r"(?:top|most senior|head|chief|boss)\w* (?:children'?s )?(?:services )?(?:officer|official|manager|person|leader)\b|head of children'?s services|"
     r"(?:boss|head|leader) of (?:the )?(?:children'?s )?(?:department|services)", "director of children's services"),
    (r"council(?:'s)? (?:boss|head|leader)|(?:boss|head) of the council|council chief", "chief executive"),
    (r"councillors?|politicians?|elected (?:officials|representatives)", "elected members, lead member"),
    (r"\bbosses\b|people (?:running|at the top)|(?:top|senior|management) (?:team|brass)", "leaders, senior leadership"),
    (r"(?:managers?|bosses) (?:check(?:ing)?|oversee(?:ing)?|sign(?:ing)? off)|keeping an eye on (?:the )?(?:work|cases|practice)", "management oversight, supervision"),
    (r"one-to-ones?|catch-ups? with (?:their )?managers?|talks? with (?:their )?managers?", "supervision"),
    (r"(?:check(?:s|ing)?|review(?:s|ing)?) (?:of|on) (?:the )?(?:quality|case files|files|records)|quality checks?|file checks?", "audit, quality assurance"),
    # children and families
    (r"\bkids?\b|youngsters?|\bminors?\b|\bteens?\b|teenagers?", "children, young people"),
    (r"(?:young (?:adults|people|persons)|youngsters|those|adults|teens|teenagers)\b[^?]{0,30}\b(?:left|leave|leaving|grew up in|grown up in|aged out of|ageing out of|moved on from) "
     r"(?:its |their |the council'?s |the local authority'?s )?care\b|care[- ]experienced|former(?:ly)? (?:looked[- ]after|in care|foster)|after (?:they )?(?:leave|left) care|post-care", "care leavers"),
    (r"(?:in|under) (?:the )?(?:council'?s |local authority'?s |its |their )?care\b|taken into care|in public care", "looked after"),
    (r"looked[- ]after(?! by)", "children in care"),
    (r"foster (?:parents?|families|family|households?|homes?|mums?|dads?)", "foster carers, fostering"),
    (r"(?:stay|stayed|staying|remain|remained|remaining|live|living|lived) (?:on )?(?:with|at) (?:their |the )?(?:former )?(?:foster|carers?)|(?:past|beyond|after|over) (?:18|eighteen) (?:with|at) (?:their )?foster", "staying put"),
    (r"relatives|grandparents?|aunts?|uncles?|wider family|extended family|family and friends|friends and family|informal (?:carers?|placements?|arrangements?)|kinship", "connected carers, kinship, special guardianship"),
    (r"children'?s homes?|residential (?:homes?|care|units?)|care homes?|group homes?", "children's homes, residential"),
    (r"not (?:registered|signed off by (?:the )?(?:regulator|ofsted))|unlicensed|without (?:a )?(?:registration|licence)|illegal (?:homes?|placements?)", "unregistered"),
    (r"far (?:away )?from home|miles (?:away|from)|outside (?:the |their )?(?:area|county|borough|city)|out[- ]of[- ](?:area|county|borough)|a long way from", "placed at a distance, out of area"),
    (r"(?:moved?|moving|moves) (?:home|around|placements?|between (?:placements|homes|foster|carers))|number of (?:moves|placements)|(?:settled|stable) (?:homes?|placements?)|bounced around",
     "placement stability, moves"),
    (r"(?:chair(?:ed|s|ing)?|ran|run|running|runs|lead|leads|led) their own (?:review |care )?(?:review|meeting)s?", "chair their own reviews"),
    (r"(?:reviewing|review) officers?|independent reviewers?|reviews? of (?:their|the child'?s) care", "independent reviewing officers, IRO"),
    (r"advocates?|someone to speak (?:up )?for|speak up for|independent visitors?", "advocacy, advocate"),
    (r"(?:adults?|personal|dedicated) (?:advisers?|advisors?|key workers?)|leaving care workers?", "personal advisers"),
    (r"adopt(?:ed|ing|ive)? (?:families|parents|children)|after (?:the )?adoption|post-adoption|(?:after|once) the (?:adoption )?order", "adoption support"),
    (r"(?:views|wishes|feelings|voices?) of (?:the )?(?:children|child|young people)|listen(?:ed|ing|s)? to (?:the )?(?:children|child|young people)|what (?:children|young people) (?:want|think|say)",
     "wishes and feelings, views, voice"),
    (r"(?:have|has|had|having|get|gets|got|given) (?:a|any|their|much|no|some) say\b|(?:a|their) say in\b|(?:be|are|were|being|feel|felt) (?:heard|listened to)|(?:speak|spoke) up\b|"
     r"(?:involved|involve|involving|included|include) (?:\w+ )?in (?:decisions|decision-making|plans|planning|shaping)",
     "participation, views, voice, children in care council"),
    (r"life stor(?:y|ies)|why they (?:are|were) in care", "life story work"),
    (r"forever (?:famil(?:y|ies)|homes?)|permanent (?:new )?(?:parents|famil(?:y|ies)|homes?)", "adoption, permanence"),
    (r"(?:see|seeing|saw|seen|visit|visiting|visits|stay|staying|keep|keeping) in touch with (?:their |his |her )?(?:birth )?(?:famil(?:y|ies)|parents)|"
     r"(?:see|seeing|saw|seen|visit|visiting) (?:their |his |her )(?:birth )?(?:parents|famil(?:y|ies)|mums?|dads?|mothers?|fathers?)\b", "family time, contact"),
    (r"disabled|disabilit(?:y|ies)|special (?:educational )?needs|complex needs", "disabilities, SEND"),
    (r"asylum|refugees?|migrant|arrived alone|without (?:their )?(?:parents|family)", "unaccompanied asylum-seeking children"),
    # protection
    (r"front door|first point of contact|(?:single|one-stop) (?:point of )?(?:entry|contact|access|route)|entry (?:point|route)|referral (?:desk|team|point|hub)",
     "multi-agency safeguarding hub, MASH, contact, referral"),
    (r"(?:abuse|child protection|safeguarding) investigations?|investigat\w* (?:into )?(?:abuse|harm|allegations of abuse)|look(?:s|ed|ing)? into (?:concerns|allegations) (?:of|about) (?:abuse|harm)|"
     r"inquir(?:y|ies) into (?:abuse|harm)", "section 47 enquiries, strategy"),
    (r"(?:case|child protection|safeguarding) (?:conferences?|meetings?)", "child protection conferences"),
    (r"(?:children|child|kids?|young people|youngsters|teens?|teenagers|girls?|boys?|they|who)\b[^?.]{0,20}?\b(?P<phrase>(?:go|goes|gone|went|going|run|ran|running|runs) (?:off|away|missing))|"
     r"runaways?|absconding", "missing, return home interviews"),
    (r"grooming|groomed|sexual(?:ly)? exploit\w*|prostitut\w*", "child sexual exploitation, CSE"),
    (r"gangs?|county lines|drug (?:running|dealing)|criminal(?:ly)? exploit\w*", "criminal exploitation"),
    (r"domestic violence|violence at home|violent (?:partners?|homes?)|wife[- ]beating", "domestic abuse"),
    (r"(?:letters?|warnings?) (?:before|ahead of) (?:going to )?court|before (?:going to )?court|pre-court|(?:threat|step) (?:of|before) (?:court|proceedings)", "public law outline, PLO, pre-proceedings"),
    (r"(?:through|in|to|before) (?:the )?courts?\b|court (?:cases?|process|hearings?)|legal action", "proceedings"),
    (r"neglected|neglecting|not (?:properly )?(?:looked after|cared for|fed)", "neglect"),
    (r"accusations?\b|(?:complaints?|concerns?) (?:about|against) (?:staff|adults|professionals|workers|teachers|carers)",
     "allegations against professionals, designated officer, LADO"),
    (r"new-?borns?|under[- ]ones", "babies, infants"),
    (r"harm(?:ing)? themselves|self[- ]harm|suicid\w*", "self-harm"),
    # health, school, work, homes
    (r"(?<!parents' )(?<!parent's )(?<!parental )(?<!adult )(?<!adults' )mental health|emotional (?:health|support|wellbeing|well-being|needs)|psychological|counsell?ing|therap\w*", "emotional health, wellbeing, CAMHS"),
    (r"exam(?:s|ination)? results?|grades? at school|gcses?|(?:school|educational) (?:results|progress|achievement|performance)|how (?:well )?they do at school",
     "educational attainment, virtual school"),
    (r"(?:out of|not in|without) (?:work|jobs?|education|school|study|training)|unemployed|jobless|neets?\b|(?:in|into) (?:work|jobs?|paid work)\b|"
     r"(?:paid )?(?:work|jobs?) or (?:study|education|training)", "education employment training, EET, NEET"),
    (r"universit(?:y|ies)|higher education", "higher education, university"),
    (r"round[- ]the[- ]clock|24/7|24 hours a day|day (?:and|or) night|any time of (?:the )?(?:day|night)|after hours|outside (?:office|working|normal) hours|"
     r"(?:evenings?|nights?) (?:and|or) (?:at )?weekends?", "out-of-hours, 24-hour, emergency duty"),
    (r"dentists?|teeth (?:checked|checks?)", "dental checks"),
    (r"health checks?|medical checks?|(?:seen|checked) by (?:a |the )?(?:doctor|gp|nurse)", "health assessments"),
    (r"expell?(?:ed|ing)?\b|expulsions?|(?:kicked|thrown|sent home) (?:out )?(?:of|from) school", "exclusions"),
    (r"homeless\w*|(?:somewhere|place|places) to live|housing|bed and breakfasts?|b&bs?|hostels?|sofa[- ]surf\w*", "suitable accommodation, housing"),
    (r"(?:help|support|step in|intervene|intervention)\w* (?:early|sooner)(?![-\w])|(?:help|support)\w* before (?:problems|things|it) (?:get|gets|got|escalate)|"
     r"prevent(?:ing)? (?:problems|escalation)|early (?:support|intervention)", "early help"),
    (r"community (?:centres?|hubs?)|children'?s centres?|one-stop (?:shops?|centres?) for families|family (?:centres?|support centres?)", "family hubs"),
    (r"(?-i:\bIT\b) (?:systems?|weakness\w*|problems?)|(?:computer|software|case[- ]management|electronic|digital|recording|records?) (?:systems?|weakness\w*|problems?|issues?|failures?|glitch\w*)|"
     r"databases?", "electronic recording system, case records"),
    (r"background (?:checks?|vetting)|vetting|police checks?|criminal record checks?|\bdbs\b", "checks, DBS"),
    (r"allowances?|perks|financial (?:help|support)|(?:extra|weekly) (?:payments?|cash|money)|household bills|cost of living|fees? for (?:foster|carers)", "allowances, financial support"),
    # partners and boards
    (r"health (?:services|visitors|partners)|(?:other|partner) (?:agencies|organisations|services)|working together|joined[- ]up|agencies (?:work|working|worked|cooperat\w*)",
     "partners, multi-agency, partnership"),
    (r"safeguarding (?:board|partnership|arrangements)|\blscb\b|board (?:that|which) (?:oversees|coordinates)", "local safeguarding children board, partnership"),
    # inspections
    (r"headline (?:grade|judgement|rating|verdict)|overall (?:grade|rating|verdict|judgement|score)|(?:rated|graded|judged) overall", "overall effectiveness"),
    (r"(?:previous|prior|earlier) (?:time|inspection|visit)|(?:inspected|visited) (?:before|previously)|previously inspected|last (?:inspected|visited) before", "previous inspection"),
    # the shipped articles' subject: counter-terrorism reviews
    (r"de-?radicali[sz]\w*|anti-extremism|counter-extremism|extremism (?:scheme|programme|referral)", "Prevent, Channel"),
    (r"counter-?terror(?:ism)? (?:police|policing|officers?|units?)|anti-?terror(?:ism)? (?:police|officers?|units?)", "counter terrorism policing"),
    (r"member of parliament", "MP"),
    (r"killer|murderer|attacker|assassin", "killed, murder"),
)
MAX_ADDED = 3


@dataclass(frozen=True)
class PlainWords:
    """A question with the reports' terms beside its plain phrasings, and what was added."""

    question: str
    added: tuple[tuple[str, str], ...]  # (the phrasing as asked, the reports' terms put beside it)
    # The reports' terms one by one, a tuple for each phrasing: ("caseloads", "workloads"), ("missing", "return home interviews").
    phrases: tuple[tuple[str, ...], ...] = ()


_COMPILED = tuple((re.compile(rf"\b(?:{pattern})", re.IGNORECASE), terms) for pattern, terms in _TABLE)


def _names_something(question: str, match: re.Match) -> bool:
    """A phrasing written capitalised inside the question ("Medway's Legal Gateway Panel", "the
    Front Door service") is a name the reports may use as it is, not plain words; an acronym
    ("IT") and the question's first word are not."""
    words = match.group(0).split()
    return match.start() > 0 and all(w[:1].isupper() and not w.isupper() for w in words)


def with_report_terms(question: str) -> PlainWords:
    """``question`` with "(the reports' terms)" after each plain phrasing it uses, at most
    ``MAX_ADDED`` of them (the first in the question first); unchanged when it uses none or
    already uses the reports' terms."""
    asked = set(content_terms(question))
    matches = []
    for pattern, terms in _COMPILED:
        for match in pattern.finditer(question):
            if not _names_something(question, match) and not set(content_terms(terms)) <= asked:
                # A phrasing recognised by its context ("kids who run off") is only its own words.
                part = "phrase" if "phrase" in pattern.groupindex and match.group("phrase") else 0
                matches.append((match.start(part), match.end(part), terms))
                break
    # Where phrasings overlap, the longer says more ("stayed on with their foster family" is
    # staying put, not only foster carers).
    found: list[tuple[int, int, str]] = []
    for start, end, terms in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        if not any(start < f_end and f_start < end for f_start, f_end, _ in found):
            found.append((start, end, terms))
    found = sorted(found)[:MAX_ADDED]
    out, last, added, phrases = [], 0, [], []
    for start, end, terms in found:
        out.append(question[last:end])
        out.append(f" ({terms.replace(',', '')})")
        added.append((question[start:end], terms.replace(",", "")))
        phrases.append(tuple(p.strip() for p in terms.split(",")))
        last = end
    out.append(question[last:])
    return PlainWords("".join(out), tuple(added), tuple(phrases))
