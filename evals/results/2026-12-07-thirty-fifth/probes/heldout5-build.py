import json, re
T = "/tmp/s37/texts/%s.txt"
# (id, doc, t1, t2, anchor (sentence answering t1), [gold quotes], keywords)
C = [
("wandsworth-2022-allegations", "ofsted-wandsworth-13-january-2023.pdf",
 "What did Ofsted say about how Wandsworth handles allegations against adults who work with children?",
 "Are they doing anything about it?",
 "Responses to allegations against adults who work with children in Wandsworth are not robust",
 ["Senior managers have now formulated a clear and credible plan of action and have taken immediate action to address and improve practice."],
 ["plan of action"]),
("wandsworth-2022-evolve-police", "ofsted-wandsworth-13-january-2023.pdf",
 "Can you tell me what the Wandsworth inspection found about the Evolve team?",
 "Are the police pulling their weight with it?",
 "The support offered to children and families from the Evolve team is a strength",
 ["Engagement from police and health agencies is still variable and is not routinely present in all aspects of work, for example in the work of the Evolve team."],
 ["police", "variable"]),
("shropshire-2022-da-triage", "ofsted-shropshire-25-march-2022.pdf",
 "What went wrong with the domestic abuse triage arrangements between Shropshire and the police?",
 "Has it been sorted out now?",
 "There has been disruption to the established partnership between children’s social care and the police",
 ["While this has been reinstated during this inspection, continued work with police partners is needed towards the earlier resolution of such issues as they emerge.",
  "It is of concern that this issue has only been resolved during the inspection."],
 ["reinstated", "resolved"]),
("shropshire-2022-pa-views", "ofsted-shropshire-25-march-2022.pdf",
 "How does the Shropshire report rate the help care leavers get from their personal advisers?",
 "And what do the young people say?",
 "Children leaving care in Shropshire receive excellent help and guidance from enthusiastic and passionate personal advisers",
 ["Care leavers who spoke to inspectors unanimously agreed that PAs in Shropshire provide them with exceptional support, tailored to their individual needs."],
 ["unanimously", "exceptional support"]),
("shropshire-2022-early-help-cuts", "ofsted-shropshire-25-march-2022.pdf",
 "Did the Shropshire 2022 inspection say why more children have been coming into care?",
 "What's the council doing about it?",
 "Elected members and senior leaders recognise that early help provision has been cut back too far",
 ["There is a renewed commitment to investing in preventative services, for example, the ‘stepping-stones’ service, with a focus on earlier intervention and edge of care support already having a positive impact on supporting children and families."],
 ["stepping-stones", "preventative services"]),
("rochdale-2018-neet", "ofsted-rochdale-12-march-2018.pdf",
 "What share of Rochdale's care leavers aged 19 to 21 aren't in education, employment or training?",
 "Is that worse than elsewhere?",
 "Despite this, 50% of young people aged between and 19 and 21 are not in education, employment or training.",
 ["This is in line with statistical neighbours and the England average."],
 ["statistical neighbours"]),
("rochdale-2018-council-tax", "ofsted-rochdale-12-march-2018.pdf",
 "Do care leavers in Rochdale have to pay council tax?",
 "Whose idea was that?",
 "For example, the council decision to exempt care leavers from paying council tax",
 ["For example, the council decision to exempt care leavers from paying council tax is because of the work of a Rochdale care leaver who was supported by the corporate parenting group."],
 ["Rochdale care leaver"]),
("scilly-2019-bloom", "ofsted-isles-of-scilly-19-december-2019.pdf",
 "What is 'Bloom' on the Isles of Scilly?",
 "Has it made a difference?",
 "The Isles of Scilly has ‘Bloom’",
 ["This has significantly reduced the number of children who need a specialist CAMHS service."],
 ["CAMHS"]),
("scilly-2019-care-leavers", "ofsted-isles-of-scilly-19-december-2019.pdf",
 "How many care leavers are there on the Isles of Scilly?",
 "So what happens if one turns up?",
 "There are no care leavers on the Isles of Scilly.",
 ["There is a concise and clear policy that sets out effectively the welcome and local offer that care leavers would receive."],
 ["policy", "local offer"]),
("lambeth-2022-emergency-placements", "ofsted-lambeth-16-december-2022.pdf",
 "What did Ofsted say about emergency placements for children in Lambeth out of hours?",
 "So where do those kids end up?",
 "There is a lack of emergency placements available to children who need them.",
 ["This too often results in children remaining in unsuitable arrangements overnight, such as in a police station."],
 ["police station"]),
("lambeth-2022-unregistered-homes", "ofsted-lambeth-16-december-2022.pdf",
 "Are any Lambeth children living in unregistered children's homes?",
 "What are managers doing about it?",
 "A very small number of children with high and complex needs live in unregistered children’s homes",
 ["Managers make continued efforts to find appropriate accommodation and require all unregistered providers to be in the process of registering with Ofsted."],
 ["registering with Ofsted"]),
("luton-2022-refugees", "ofsted-luton-05-september-2022.pdf",
 "How did Luton cope with the families arriving from Afghanistan and Ukraine?",
 "What did the families make of it?",
 "The service responded impressively to the arrival of large numbers of children and families",
 ["Families provided positive feedback about the help they received."],
 ["positive feedback"]),
("luton-2022-caseloads", "ofsted-luton-05-september-2022.pdf",
 "Have social work caseloads in Luton come down since the last inspection?",
 "How did they manage that?",
 "Actions leaders have taken have reduced the very high caseloads seen at the last inspection",
 ["They have taken steps to increase the total number of social workers, including creating a whole new team to support children in care.",
  "The decision to create a new Looked After Children team, and indeed to increase social worker posts across the service at a time of significant financial challenge for the council, demonstrate the corporate priority that is given to children’s services."],
 ["number of social workers", "new team"]),
("gloucestershire-2022-term", "ofsted-gloucestershire-01-april-2022.pdf",
 "What term does the Gloucestershire 2022 report use instead of 'care leavers'?",
 "Who asked for that?",
 "Instead of the term ‘care leavers’, this report uses the term ‘care experienced young people’",
 ["Instead of the term ‘care leavers’, this report uses the term ‘care experienced young people’, at the request of young people in Gloucestershire."],
 ["at the request of young people"]),
("gloucestershire-2022-it", "ofsted-gloucestershire-01-april-2022.pdf",
 "What did inspectors say about the IT systems in Gloucestershire children's services?",
 "How do staff feel about it?",
 "Senior leaders and elected members are aware of the problems relating to the accuracy of performance data linked to poor IT systems",
 ["They are a very real frustration for staff as they can sometimes hamper their ability to do their jobs as efficiently and effectively as they otherwise might.",
  "These challenges also have a negative impact on the generally positive morale of staff."],
 ["frustration", "morale"]),
("gloucestershire-2022-eet", "ofsted-gloucestershire-01-april-2022.pdf",
 "Are many of Gloucestershire's care experienced young people in education, employment or training?",
 "How does that compare with similar councils?",
 "A large majority of care experienced young people are in EET",
 ["Although a higher percentage of care experienced young people in Gloucestershire are in EET than in similar local authorities, senior leaders are committed to doing even better for young people, improving the experiences of care experienced young people even further."],
 ["similar local authorities"]),
("north-yorkshire-2023-pets", "ofsted-north-yorkshire-18-august-2023.pdf",
 "Did the North Yorkshire report say anything about care leavers and their pets?",
 "What came of that?",
 "Workers understand the significance of young people’s emotional attachments to their pets.",
 ["This has led to innovative practice in enabling the registration of a dog, as an emotional support dog, which supported a young person to obtain a tenancy that had previously been denied them."],
 ["emotional support dog"]),
("north-yorkshire-2023-plo-letters", "ofsted-north-yorkshire-18-august-2023.pdf",
 "What's the one thing Ofsted said North Yorkshire needs to improve?",
 "What's wrong with the letters?",
 "The recording of manager oversight and decision-making within the Public Law Outline, and the quality of the letter before proceedings",
 ["Letters before proceedings are variable in presentation, accessibility of language and content.",
  "There is an overemphasis on the long history of concerns, with a loss of focus on the issues and expectations of parents."],
 ["accessibility of language"]),
("trafford-2023-out-of-hours", "ofsted-trafford-31-january-2023.pdf",
 "How good is Trafford's out-of-hours service for children?",
 "Is anything being done to fix it?",
 "Children’s needs are not addressed swiftly out of office hours.",
 ["Senior leaders have acknowledged that this is an area which requires improvement and there is a review currently taking place to reshape the service."],
 ["review", "reshape"]),
("trafford-2023-shine", "ofsted-trafford-31-january-2023.pdf",
 "What did Ofsted make of Trafford's child exploitation team?",
 "Why do they rate it?",
 "The child exploitation team ‘SHINE’ is a strength",
 ["The child exploitation team ‘SHINE’ is a strength, due to the establishment of effective working relationships with key agencies who advocate for children who are hard to engage."],
 ["SHINE", "working relationships"]),
("wokingham-2023-camhs", "ofsted-wokingham-09-may-2023.pdf",
 "Are there long waits for CAMHS for children in care in Wokingham?",
 "Has anything helped?",
 "Although there are long waiting lists for child and adolescent mental health services (CAMHS)",
 ["Although there are long waiting lists for child and adolescent mental health services (CAMHS), a new CAMHS post for children in care has started to make a difference to children, enabling more timely assessment and help for children’s mental health needs, including diagnoses for attention deficit hyperactivity disorder and autism spectrum disorders."],
 ["new CAMHS post"]),
("wokingham-2023-pa-caseloads", "ofsted-wokingham-09-may-2023.pdf",
 "How stretched are Wokingham's personal advisers for care leavers?",
 "Are they getting any extra help?",
 "Although personal advisers have relatively high caseloads",
 ["Leaders are appointing an additional personal adviser so that each adviser will support fewer young people."],
 ["additional personal adviser"]),
("lewisham-2024-antiracist", "ofsted-lewisham-31-january-2024.pdf",
 "What did inspectors say about Lewisham's anti-racist practice network?",
 "What do Black staff think of it?",
 "The exemplary anti-racist practice networking and safe space platform",
 ["Black workers describe the platform as innovative.",
  "They told inspectors that they feel valued by having their diversity and aspirations for career progression recognised by leaders."],
 ["innovative", "feel valued"]),
("lewisham-2024-discretionary", "ofsted-lewisham-31-january-2024.pdf",
 "Do Lewisham's personal advisers understand the discretionary payments for care leavers?",
 "What could that mean for the young people?",
 "but not all PAs fully understand the discretionary payment offer",
 ["The offer is referred to in young people’s pathway plans, but not all PAs fully understand the discretionary payment offer, which could lead to young people missing out on services to meet their needs."],
 ["missing out"]),
("portsmouth-2023-apprenticeship", "ofsted-portsmouth-03-july-2023.pdf",
 "How many council apprenticeships does Portsmouth offer care-experienced young people?",
 "Was there much interest?",
 "For example, there is currently only one apprenticeship available for care-experienced young people within the council.",
 ["Many care-experienced young people applied for this role, showing the level of interest in such opportunities."],
 ["applied for this role"]),
("hertfordshire-2023-hubs", "ofsted-hertfordshire-10-march-2023.pdf",
 "What kind of help can care leavers get at the Hertfordshire care leaver hubs?",
 "Are many using them?",
 "Here they can receive help with money, cooking, CVs and job applications",
 ["Here they can receive help with money, cooking, CVs and job applications, but the uptake is limited at present, due to geographical location and transport links."],
 ["uptake is limited"]),
("hertfordshire-2023-wellbeing", "ofsted-hertfordshire-10-march-2023.pdf",
 "What emotional well-being support is there for care leavers in Hertfordshire?",
 "What do the young people think of it?",
 "Young people can access a variety of emotional well-being services",
 ["Some young people said that the support they receive has improved but indicated that training for staff in relation to emotional well-being, in particular, could be better."],
 ["training for staff"]),
("southwark-2022-speaker-box", "ofsted-southwark-11-november-2022.pdf",
 "What did children in care in Southwark say about Speaker Box?",
 "Why does it matter so much to them?",
 "They spoke passionately about the importance of being part of ‘Speaker Box’",
 ["They treasure the friendships they have made and the opportunity it gives them to be a collective voice in service development."],
 ["friendships", "collective voice"]),
("southwark-2022-private-fostering", "ofsted-southwark-11-november-2022.pdf",
 "What did Ofsted find about private fostering arrangements in Southwark?",
 "Has the council responded?",
 "Intervention and oversight of provision for children who are the subject of private fostering arrangements are not sufficiently robust.",
 ["Leaders took immediate action to address this shortfall."],
 ["immediate action"]),
("stoke-2022-cicc", "ofsted-stoke-on-trent-25-november-2022.pdf",
 "How many children actually go to the Stoke-on-Trent children in care council?",
 "What does that mean for their influence?",
 "the Children in Care Council has only six regular attendees",
 ["This limits the capacity for children and young people to influence strategic development and services in Stoke-on-Trent."],
 ["influence strategic development"]),
("sandwell-2022-trust", "ofsted-sandwell-05-july-2022.pdf",
 "Is it the council itself that runs children's services in Sandwell?",
 "How long has that been the case?",
 "children’s services have been delivered by Sandwell Children’s Trust on behalf of the local authority",
 ["Since April 2018, children’s services have been delivered by Sandwell Children’s Trust on behalf of the local authority."],
 ["April 2018"]),
("sandwell-2022-horizon", "ofsted-sandwell-05-july-2022.pdf",
 "What's the Horizon team in Sandwell?",
 "What do parents think of it?",
 "Children at risk of exploitation and those who go missing, including children in care in Sandwell, receive highly effective support from the Horizon team.",
 ["Children’s parents who spoke with inspectors praised the service and the positive impact it had for them and their children."],
 ["praised the service"]),
("surrey-2015-return-interviews", "ofsted-surrey-03-august-2015.pdf",
 "In the 2015 review of Surrey's safeguarding children board, what did it say about return interviews for missing children?",
 "Is that in place now?",
 "The LSCB highlighted that children who have been missing were not being offered a return interview by an independent person",
 ["Such a service is now in place for children who have been missing from care and the board remains tenacious in highlighting the continued absence of such an offer for children who have been missing from home."],
 ["now in place", "missing from care"]),
("liverpool-2018-matching", "ofsted-liverpool-02-july-2018.pdf",
 "How many children in long-term foster care in Liverpool were still waiting to be formally matched?",
 "Are they getting life-story work?",
 "At the time of the inspection, 80 children who have been living with foster carers for two years are still waiting to be formally matched.",
 ["There was very little evidence of life-story work being completed with children in long-term foster care."],
 ["life-story work"]),
("wigan-2022-new-posts", "ofsted-wigan-05-july-2022.pdf",
 "Why did Wigan create all those extra social work posts?",
 "Have they managed to fill them?",
 "Forty additional social work posts have been created in recognition of the need to reduce caseloads",
 ["Significant investment has led to increased workforce capacity through the creation of 40 additional social work posts, but the challenge remains to fill these posts."],
 ["fill these posts"]),
("wigan-2022-mentoring", "ofsted-wigan-05-july-2022.pdf",
 "Does Wigan have a mentoring scheme for care leavers?",
 "Who's volunteering?",
 "A recently established care leavers mentoring programme",
 ["A recently established care leavers mentoring programme has resulted in 21 volunteers from across the council, including the chief executive, supporting and mentoring care leavers."],
 ["21 volunteers", "chief executive"]),
("manchester-2022-pa-age", "ofsted-manchester-19-may-2022.pdf",
 "At what age do children in care in Manchester start working with a personal adviser?",
 "Does that help?",
 "Skilled and experienced personal advisers begin working with children shortly after they turn 16 years.",
 ["This supports the development of longstanding, trusting professional relationships for most care leavers."],
 ["trusting professional relationships"]),
("havering-2018-cocoon", "ofsted-havering-23-july-2018.pdf",
 "What is the Cocoon in Havering?",
 "Do the young people like it?",
 "The range and depth of support available to care leavers at the Cocoon",
 ["The service is highly valued by care leavers and has undoubtedly been of benefit in improving outcomes for many of them."],
 ["highly valued"]),
("havering-2018-india-trip", "ofsted-havering-23-july-2018.pdf",
 "Did the Havering report mention a trip abroad for children in care?",
 "What will they be doing there?",
 "An ambitious trip to India is taking place later this year",
 ["An ambitious trip to India is taking place later this year, when a number of children in care will teach English to children there."],
 ["teach English"]),
("newcastle-2022-16-plus-team", "ofsted-newcastle-upon-tyne-01-february-2022.pdf",
 "What's going on with management in Newcastle's 16-plus team?",
 "What are senior managers doing about it?",
 "In these teams, there is currently a lack of consistent decisive management grip and oversight.",
 ["Senior managers are aware of some of the issues in this team and have recruited new managers to improve this situation."],
 ["recruited new managers"]),
]

def sents(par):
    # split paragraph into sentences (period/?/! followed by space + capital/quote/digit)
    parts = re.split(r'(?<=[.!?])\s+(?=[A-Z‘“0-9(])', par.strip())
    return parts

out = []
from collections import Counter
wc = Counter()
for cid, doc, t1, t2, anchor, golds, kws in C:
    text = open(T % doc, encoding="utf-8").read()
    assert text.count(anchor) >= 1, (cid, "anchor missing")
    if text.count(anchor) > 1: print("WARN anchor multiple", cid, text.count(anchor))
    # locate anchor sentence index in global sentence list
    allsents = []
    for li, line in enumerate(text.split("\n")):
        for si, s in enumerate(sents(line)):
            allsents.append((li, si, s))
    def find(q):
        hits = [i for i, (li, si, s) in enumerate(allsents) if q in s]
        return hits
    ai = find(anchor)
    assert ai, (cid, "anchor not in a sentence")
    ai = ai[0]
    wheres = []
    for g in golds:
        n = text.count(g)
        assert n >= 1, (cid, "GOLD MISSING", g)
        if n > 1: print("WARN gold multiple", cid, n)
        gi = find(g)
        if not gi:
            # gold spans sentence boundary per splitter; locate by start
            gi = find(g[:60])
        gi = gi[0]
        li_a = allsents[ai][0]; li_g = allsents[gi][0]
        if gi == ai: w = "same"
        elif li_a == li_g and 1 <= gi - ai <= 2: w = "next"
        else:
            # also allow next across a line break only if adjacent sentences (paragraph split by pdf)
            w = "next" if 1 <= gi - ai <= 2 and all(allsents[k][0] in (li_a, li_g) for k in range(ai, gi+1)) and False else "elsewhere"
        wheres.append(w)
        for k in kws:
            pass
    assert any(any(k in g for g in golds) for k in kws), (cid, "kw")
    for k in kws:
        assert any(k in g for g in golds), (cid, "kw not in gold", k)
    w = wheres[0]
    if len(set(wheres)) > 1: print("NOTE mixed where", cid, wheres)
    wc[w] += 1
    out.append({"id": cid, "turns": [t1, t2], "gold": [{"doc": doc, "quote": g} for g in golds],
                "keywords": kws, "corpus": "ofsted", "where": w})
    print(f"{w:9s} {cid:40s} gap={gi-ai} lines {li_a}->{li_g}")

with open("/tmp/s37/probe2/followups.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), wc, len({o['gold'][0]['doc'] for o in out}))
print(Counter(o['gold'][0]['doc'] for o in out).most_common(3))
