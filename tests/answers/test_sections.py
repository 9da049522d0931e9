"""Questions asking for a whole section: which ones, and what of the document they quote."""

import pytest

from assistant.answers.sections import (
    MAX_ITEMS,
    RECOMMENDATIONS,
    SUMMARY,
    find_section,
)
from assistant.answers.sections import counted_section, pick_rows, section_kind, unasked_terms
from assistant.domain import Document
from assistant.search.keyword import content_terms
from assistant.search.routing import name_text
from assistant.documents.spans import headings

REPORT = """# Inspection of Northtown children's services

Inspection dates: 1 to 12 May 2023

Judgement | Grade

Overall effectiveness | Good

Northtown's children receive help that is timely and well planned. Leaders know their services well and act on what they find. Social workers have manageable caseloads.

## What needs to improve?

◼ The timeliness of return home interviews.

◼ The quality of pathway plans for care leavers.

Leadership and governance

◼ Ensure that senior leaders receive accurate performance information about missing children.

## Findings

The front door is effective.
"""


def northtown() -> Document:
    return Document("northtown.md", "Inspection of Northtown children's services", REPORT, "0", format="markdown")


def asked_section(question, common=lambda term: False, named_terms=()):
    """The kind asked for when the question holds no other word at all (no document to weigh them)."""
    kind = section_kind(question)
    return kind if kind is not None and not unasked_terms(question, common, named_terms) else None


@pytest.mark.parametrize(
    "question, kind",
    [
        ("What does Ofsted say Northtown needs to improve?", RECOMMENDATIONS),
        ("List the recommendations for Northtown in 2023", RECOMMENDATIONS),
        ("Can you list the improvement points Ofsted gave Northtown?", RECOMMENDATIONS),
        ("What did it recommend?", RECOMMENDATIONS),
        ("Summarise the Northtown report", SUMMARY),
        ("What are the key findings of this report?", SUMMARY),
        ("Give me the gist", SUMMARY),
        # What the inspectorate said about the council, nothing narrower: its summary
        ("What did Ofsted say about Northtown in 2023?", SUMMARY),
        ("What did inspectors find about Northtown?", SUMMARY),
        ("What did Ofsted say about Northtown's care leavers?", None),
        # narrower: one item, or something the conversation named
        ("What did Ofsted recommend about pathway plans in Northtown?", None),
        ("What did they recommend about it?", None),
        ("Is that on Ofsted's list of things to fix?", None),
        # no section asked for
        ("How long were care proceedings taking in Northtown?", None),
        ("What did the review say about Ali?", None),
    ],
)
def test_which_questions_ask_for_a_whole_section(question, kind):
    names = set(content_terms(name_text("ofsted-northtown-12-may-2023.pdf", "Inspection of Northtown children's services", "")))
    assert asked_section(question, lambda term: False, names) == kind


def test_a_word_common_to_the_library_or_the_document_narrows_nothing():
    question = "What were Northtown's areas for improvement for looked after children?"
    names = {"northtown"}
    assert asked_section(question, lambda term: False, names) is None
    assert asked_section(question, lambda term: term in {"look", "children"}, names) == RECOMMENDATIONS


def test_the_recommendations_are_every_item_in_order_without_subheadings():
    doc = northtown()
    found = find_section(RECOMMENDATIONS, doc.id, doc.text, headings(doc))
    quoted = [doc.text[s:e] for s, e in found.spans]
    assert quoted == [
        "◼ The timeliness of return home interviews.",
        "◼ The quality of pathway plans for care leavers.",
        "◼ Ensure that senior leaders receive accurate performance information about missing children.",
    ]
    assert found.heading == "What needs to improve?" and found.left_out == 0


def test_a_long_list_is_cut_at_the_cap_and_says_how_many_were_left_out():
    items = "\n\n".join(f"{n}. Ensure that plan number {n} is reviewed every month." for n in range(1, MAX_ITEMS + 4))
    doc = Document("long.md", "Long", f"# Long\n\n## Recommendations\n\n{items}\n", "0", format="markdown")
    found = find_section(RECOMMENDATIONS, doc.id, doc.text, headings(doc))
    assert len(found.spans) == MAX_ITEMS and found.left_out == 3


def test_a_summary_without_a_summary_section_is_the_opening_prose():
    doc = northtown()
    found = find_section(SUMMARY, doc.id, doc.text, headings(doc))
    quoted = [doc.text[s:e] for s, e in found.spans]
    # The overall verdict first; label lines ("Inspection dates: …") and other table rows are not the report's summary.
    assert quoted == [
        "Overall effectiveness | Good",
        "Northtown's children receive help that is timely and well planned.",
        "Leaders know their services well and act on what they find.",
        "Social workers have manageable caseloads.",
    ]
    assert found.heading is None


def test_a_summary_section_is_preferred_to_the_opening():
    text = REPORT.replace("## Findings", "## Executive summary\n\nServices for children are good. Leaders are effective and ambitious.\n\n## Findings")
    doc = Document("northtown.md", "Northtown", text, "0", format="markdown")
    found = find_section(SUMMARY, doc.id, doc.text, headings(doc))
    assert found.heading == "Executive summary"
    quoted = [doc.text[s:e] for s, e in found.spans]
    assert quoted == ["Overall effectiveness | Good", "Services for children are good.", "Leaders are effective and ambitious."]


def test_a_summary_titled_in_the_text_but_not_marked_a_heading_is_found():
    """A PDF's "Executive summary" set in body type is still the summary's title."""
    text = "Report\n\nThe opening line of the cover page is here.\n\nExecutive summary\n\nLeaders are effective and ambitious.\n"
    doc = Document("plain.txt", "Report", text, "0")
    found = find_section(SUMMARY, doc.id, doc.text, headings(doc))
    assert found.heading == "Executive summary"
    assert [doc.text[s:e] for s, e in found.spans] == ["Leaders are effective and ambitious."]


def test_a_document_without_recommendations_has_no_such_section():
    doc = Document("press.txt", "Press", "Headline\n\nThe minister spoke. The review was published.\n", "0")
    assert find_section(RECOMMENDATIONS, doc.id, doc.text, headings(doc)) is None


def test_a_list_answer_shows_one_item_a_line_in_the_chat_the_terminal_and_the_export():
    from assistant.answers.export import conversation_markdown
    from assistant.cli import format_answer
    from assistant.domain import Answer, Citation
    from assistant.tui.render import answer_markdown

    citations = tuple(Citation(n, "r.md", n * 10, n * 10 + 5, f"item {n}", 1.0) for n in (1, 2))
    answer = Answer("What needs to improve?", "- The first item. [1]\n- The second *item*. [2]", False, citations)
    assert answer_markdown(answer) == "- The first item\\. **\\[1\\]**\n- The second \\*item\\*\\. **\\[2\\]**"
    assert format_answer(answer).splitlines()[:2] == ["- The first item. [1]", "- The second *item*. [2]"]
    assert "- The first item. [1]\n- The second *item*. [2]" in conversation_markdown([answer])


def test_other_words_narrow_a_list_only_when_they_pick_out_one_of_its_items():
    from assistant.answers.sections import narrows, unasked_terms
    from assistant.search.keyword import content_terms

    doc = northtown()
    found = find_section(RECOMMENDATIONS, doc.id, doc.text, headings(doc))
    items = [set(content_terms(doc.text[s:e])) for s, e in found.spans]

    def narrower(question):
        return narrows(RECOMMENDATIONS, question, named_terms={"northtown"}, item_terms=items)

    assert narrower("What did Ofsted tell Northtown to improve in return home interviews?")
    assert not narrower("What did Ofsted tell Northtown to improve? Need the full list pls, for our director")
    summary = "What are the main findings about caseloads, in a few lines pls?"
    assert narrows(SUMMARY, summary, named_terms={"northtown"})
    chatty = "Main findings in a few lines pls, before my meeting"
    assert not narrows(SUMMARY, chatty, named_terms={"northtown"})


def test_the_judgement_table_is_its_run_of_graded_rows_with_the_overall_verdict():
    from assistant.answers.sections import JUDGEMENTS

    text = (
        "Southtown Council\n\nThe overall judgement is that children’s services require improvement\n\n"
        "1. Children who need help and protection | Requires improvement\n\n2. Children looked after | Good\n\n"
        "3. Leadership, management and governance | Requires improvement\n\nSummary of findings\n\n"
        "Staff | Number\n\nA later table row | Good\n"
    )
    doc = Document("southtown.txt", "Southtown", text, "0")
    found = find_section(JUDGEMENTS, doc.id, doc.text, headings(doc))
    assert [doc.text[s:e] for s, e in found.spans] == [
        "The overall judgement is that children’s services require improvement",
        "1. Children who need help and protection | Requires improvement",
        "2. Children looked after | Good",
        "3. Leadership, management and governance | Requires improvement",
    ]
    for question, kind in [
        ("What grades did Southtown get?", JUDGEMENTS),
        ("How was Southtown rated in each area?", JUDGEMENTS),
        ("What grade did Southtown get for children looked after?", None),
    ]:
        assert asked_section(question, named_terms={"southtown"}) == kind


@pytest.mark.parametrize(
    "question, narrower",
    [
        # Context around the ask narrows nothing; a topic inside it does, hyphenated words and all.
        ("Ahead of our scrutiny committee: what did Ofsted say Northtown needs to improve?", False),
        ("I'm pulling our improvement plan together - can you list every area for improvement Ofsted gave Northtown County Council?", False),
        ("What was Northtown told to change about the one-to-one sessions between caseworkers and their bosses?", True),
        ("What did Ofsted tell Northtown to fix about chats with kids after they come back from running away?", True),
        # "visit" is the asker's word for the inspection, as "inspection" is: no topic of its own
        ("What two areas did Ofsted say Northtown should work on after the 2022 visit?", False),
    ],
)
def test_only_a_topic_inside_the_asking_clause_narrows_a_list(question, narrower):
    from assistant.answers.sections import narrows, section_kind, unasked_terms

    assert section_kind(question) == RECOMMENDATIONS
    assert narrows(RECOMMENDATIONS, question, named_terms={"northtown"}) is narrower


@pytest.mark.parametrize(
    "question, kind",
    [
        ("Give me a short summary of how Northtown came out of its inspection.", SUMMARY),
        ("What was the headline rating for the borough in 2016?", None),
        ("brighton and hove ofsted 2015 - what judgement did each area get?", "judgements"),
        ("How was Northtown graded across the board by Ofsted in 2019?", "judgements"),
        ("What grades did Ofsted give Northtown?", "judgements"),
        ("What did Ofsted tell East Sussex (2014) and South Gloucestershire (2024) to improve?", RECOMMENDATIONS),
        ("What did Ofsted say about Northtown's children's services?", SUMMARY),
        ("What did inspectors find about Northtown's work in 2019?", SUMMARY),
        # A topic after the council's name asks about it, however much of the report is about it (the
        # 2024 Peterborough report mentions care leavers in 43% of its passages: it was summarised).
        ("What did Ofsted say about Peterborough's care leavers?", None),
        ("What did inspectors find about Northtown's MASH?", None),
    ],
)
def test_more_ways_of_asking_for_a_section(question, kind):
    from assistant.answers.sections import section_kind

    assert section_kind(question) == kind


def test_words_before_the_ask_say_why_not_what():
    from assistant.answers.sections import JUDGEMENTS, narrows, section_kind, unasked_terms

    question = "For our scrutiny committee paper I need every grade from Northtown's 2018 inspection"
    assert section_kind(question) == JUDGEMENTS
    assert not narrows(JUDGEMENTS, question, named_terms={"northtown"})
    assert section_kind("york recs from ofsted?? need all of them for tomorrow's DMT") == RECOMMENDATIONS
    assert section_kind("Sunderland 2025 inspection: what are all the things Ofsted said still need improving?") == RECOMMENDATIONS


LIBRARY = {
    name: name.rsplit(".", 1)[0].replace("-", " ")
    for name in (
        "ofsted-north-lincolnshire-01-may-2022.pdf", "ofsted-north-east-lincolnshire-02-june-2021.pdf",
        "ofsted-lincolnshire-03-july-2019.pdf", "ofsted-sunderland-20-july-2015.pdf", "ofsted-sunderland-11-march-2025.pdf",
        "ofsted-kent-13-june-2017.pdf", "ofsted-bristol-10-march-2023.pdf", "ofsted-gloucestershire-01-april-2022.pdf",
        "ofsted-south-gloucestershire-23-july-2024.pdf",
    )
}


@pytest.mark.parametrize(
    "question, named, conversation, expected",
    [
        ("What needs to improve in North Lincolnshire (2022)?", {"ofsted-north-lincolnshire-01-may-2022.pdf", "ofsted-north-east-lincolnshire-02-june-2021.pdf", "ofsted-lincolnshire-03-july-2019.pdf"}, set(), ("ofsted-north-lincolnshire-01-may-2022.pdf",)),
        ("What did Ofsted recommend for Sunderland in its latest report?", {"ofsted-sunderland-20-july-2015.pdf", "ofsted-sunderland-11-march-2025.pdf"}, set(), ("ofsted-sunderland-11-march-2025.pdf",)),
        ("What grades did Kent and Sunderland get?", {"ofsted-kent-13-june-2017.pdf", "ofsted-sunderland-20-july-2015.pdf", "ofsted-sunderland-11-march-2025.pdf"}, set(), ("ofsted-kent-13-june-2017.pdf", "ofsted-sunderland-11-march-2025.pdf")),
        ("What did Ofsted recommend for Sunderland?", {"ofsted-sunderland-20-july-2015.pdf", "ofsted-sunderland-11-march-2025.pdf"}, set(), ("ofsted-sunderland-11-march-2025.pdf", "ofsted-sunderland-20-july-2015.pdf")),
        ("What grades did Bristol get in 2015?", {"ofsted-bristol-10-march-2023.pdf"}, set(), ()),
        ("What did Gloucestershire need to improve?", {"ofsted-gloucestershire-01-april-2022.pdf", "ofsted-south-gloucestershire-23-july-2024.pdf"}, set(), ("ofsted-gloucestershire-01-april-2022.pdf",)),
        # a year alone, in a conversation about Sunderland
        ("What were the recommendations in the 2025 one?", {"ofsted-sunderland-11-march-2025.pdf", "ofsted-south-gloucestershire-23-july-2024.pdf"}, {"ofsted-sunderland-20-july-2015.pdf", "ofsted-sunderland-11-march-2025.pdf"}, ("ofsted-sunderland-11-march-2025.pdf",)),
        # a library question naming nothing: no guess
        ("What are the recommendations?", set(), set(), ()),
    ],
)
def test_which_reports_a_section_question_is_about(question, named, conversation, expected):
    from assistant.answers.sections import choose_documents

    order = sorted(LIBRARY)
    assert choose_documents(question, order, LIBRARY, named=named, conversation=conversation).doc_ids == expected


def test_a_small_library_quotes_its_best_passages_document_or_every_one_asked_for():
    from assistant.answers.sections import choose_documents

    titles = {"a.txt": "Programme that missed", "b.txt": "How Prevent failed"}
    assert choose_documents("Give me the gist", ["b.txt", "a.txt"], titles, small_library=True).doc_ids == ("b.txt",)
    assert choose_documents("Summarise both articles", ["b.txt", "a.txt"], titles, small_library=True).doc_ids == ("b.txt", "a.txt")


def test_a_list_ends_where_its_style_ends_but_keeps_its_sub_bullets():
    numbered = "\n\n".join(f"{n}. Ensure that plan number {n} is reviewed every single month." for n in range(1, 4))
    text = (
        f"# R\n\n## Recommendations\n\n{numbered}\n\n4. Improve the quality of supervision by:\n\n"
        "◼ recording every supervision session held with each worker\n\n◼ reviewing the plans agreed in supervision monthly\n\n"
        "5. Ensure that the last recommendation is quoted as well.\n\nSummary for children\n\n"
        "◼ Social workers listen to children and act on what they say to them.\n\n"
        "◼ Managers check that the work is done well and done on time.\n"
    )
    doc = Document("r.md", "R", text, "0", format="markdown")
    quoted = [doc.text[s:e] for s, e in find_section(RECOMMENDATIONS, doc.id, doc.text, headings(doc)).spans]
    assert quoted[0].startswith("1. Ensure") and quoted[-1] == "5. Ensure that the last recommendation is quoted as well."
    assert len(quoted) == 7  # 1-4, two sub-bullets, 5; not the summary for children after it


def test_the_lscb_list_when_the_question_names_it_and_split_judgement_rows_rejoined():
    from assistant.answers.sections import JUDGEMENTS

    text = (
        "# R\n\n## What does the local authority need to improve?\n\n1. Ensure that plans for children are reviewed monthly.\n\n"
        "## The LSCB\n\nThe board meets monthly.\n\n## What does the LSCB need to improve?\n\n"
        "2. Ensure that the board audits multi-agency practice every year.\n"
    )
    doc = Document("r.md", "R", text, "0", format="markdown")
    first = find_section(RECOMMENDATIONS, doc.id, doc.text, headings(doc))
    board = find_section(RECOMMENDATIONS, doc.id, doc.text, headings(doc), asked={"lscb"})
    assert doc.text[slice(*first.spans[0])].startswith("1. Ensure") and doc.text[slice(*board.spans[0])].startswith("2. Ensure")
    split = (
        "Sefton\n\n1. Children who need help and protection | Requires improvement\n\n2. Children looked after and achieving | Good\n\n"
        "permanence\n\nGood\n\n2.1 Adoption performance\n\nRequires improvement\n\nOfsted produces this report under its powers.\n"
    )
    doc = Document("s.txt", "Sefton", split, "0")
    rows = [" ".join(doc.text[s:e].split()) for s, e in find_section(JUDGEMENTS, doc.id, doc.text, headings(doc)).spans]
    assert rows[-1] == "2.1 Adoption performance Requires improvement" and len(rows) == 3


def test_a_follow_up_keeps_to_the_councils_talked_of_and_their_latest_report_when_asked():
    from assistant.answers.sections import choose_documents

    order = sorted(LIBRARY)
    sunderland = {"ofsted-sunderland-20-july-2015.pdf", "ofsted-sunderland-11-march-2025.pdf"}
    # "And in 2025?" after a Sunderland 2015 question: a year alone names other reports too.
    year_named = {"ofsted-sunderland-11-march-2025.pdf", "ofsted-bristol-10-march-2023.pdf"}
    chosen = choose_documents("And in 2025?", order, LIBRARY, named=year_named, conversation={"ofsted-sunderland-20-july-2015.pdf"})
    assert chosen.doc_ids == ("ofsted-sunderland-11-march-2025.pdf",)
    latest = choose_documents("What are its recommendations?", order, LIBRARY, conversation=sunderland, context="Tell me about Sunderland's latest inspection What are its recommendations?")
    assert latest.doc_ids == ("ofsted-sunderland-11-march-2025.pdf",)


@pytest.mark.parametrize(
    "question",
    [
        "What is the first recommendation for Northtown in 2019?",
        "What was recommendation 3 for Northtown?",
        "Give me one recommendation from the Northtown report",
        "Which areas have improved in Northtown?",
        "What actions has Northtown taken to improve care leaver services?",
        "What did the review find about how quickly Ali was exited from Prevent?",
        "What did the 12-month review say about Ali?",
        "What ratings do foster carers give Northtown?",
        "What judgements did the court make in Northtown?",
    ],
)
def test_one_item_what_was_done_and_questions_about_someone_are_not_section_asks(question):
    from assistant.answers.sections import section_kind

    assert section_kind(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "What does Northtown need to do to improve its front door?",
        "Summarise how Northtown supports care leavers",
        "Summarise Northtown's MASH arrangements",
        "What were the main lessons from serious case reviews in Northtown?",
        "What recommendations relate to the MASH in Northtown?",
    ],
)
def test_a_topic_after_improve_summarise_from_or_relate_to_narrows(question):
    from assistant.answers.sections import narrows, section_kind

    kind = section_kind(question)
    assert kind is not None and narrows(kind, question, named_terms={"northtown"})


def test_a_report_named_in_lower_case_and_the_lscb_list_of_a_part_titled_for_it():
    from assistant.answers.sections import named_in_lower_case

    assert named_in_lower_case("recommendations for sunderland", LIBRARY) == ["ofsted-sunderland-11-march-2025.pdf", "ofsted-sunderland-20-july-2015.pdf"]
    assert named_in_lower_case("recommendations please", LIBRARY) == []
    text = (
        "# R\n\n## The local authority\n\n## Recommendations\n\n1. Ensure that plans for children are reviewed monthly.\n\n"
        "## The Local Safeguarding Children Board (LSCB)\n\n## Recommendations\n\n2. Ensure that the board audits practice yearly.\n"
    )
    doc = Document("r.md", "R", text, "0", format="markdown")
    board = find_section(RECOMMENDATIONS, doc.id, doc.text, headings(doc), asked={"lscb"})
    assert doc.text[slice(*board.spans[0])].startswith("2. Ensure")


def _rows(*texts):
    """(start, end, text) of rows laid end to end, as a previous answer's quotes."""
    rows, at = [], 0
    for text in texts:
        rows.append((at, at + len(text), text))
        at += len(text) + 1
    return rows


TABLE = _rows(
    "Children’s services in Kent are good",
    "1. Children who need help and protection | Requires improvement",
    "2. Children looked after and achieving permanence | Good",
    "2.2 Experiences and progress of care leavers | Outstanding",
    "Overall effectiveness | Requires improvement to be good",
)


def picked_texts(question, rows=TABLE):
    picked = pick_rows(question, "report.pdf", rows)
    texts = {start: text for start, _, text in rows}
    return None if picked is None else [texts[start] for start, _ in picked.spans]


def test_a_follow_up_picks_rows_by_grade_from_the_table_quoted_before():
    assert picked_texts("Which part wasn't good?") == ["1. Children who need help and protection | Requires improvement"]
    assert picked_texts("Which of those was weakest?") == ["1. Children who need help and protection | Requires improvement"]
    assert picked_texts("Which area came out best?") == ["2.2 Experiences and progress of care leavers | Outstanding"]
    assert picked_texts("Which parts were good?") == ["2. Children looked after and achieving permanence | Good"]
    assert picked_texts("Which of them did the report mention first?") is None  # nothing the grades answer
    assert picked_texts("Which of them was inadequate?") is None  # no row of that grade: asked as any question
    overall_only = _rows("Help and protection | Good", "Overall effectiveness | Requires improvement to be good")
    assert picked_texts("Which part wasn't good?", overall_only) == ["Overall effectiveness | Requires improvement to be good"]
    assert picked_texts("Which part wasn't good?", _rows("Lead inspector: Tom Anthony", "Inspection dates: 1 to 5 May")) is None


def test_an_item_is_picked_by_its_place_only_from_a_list():
    from assistant.answers.sections import LIST, pick_item

    items = [(0, 10), (11, 20), (21, 30), (31, 40)]
    third = pick_item(3, "r.pdf", items)
    assert third.kind == LIST and third.spans == ((21, 30),) and "item 3" in third.picked
    assert pick_item(-1, "r.pdf", items).spans == ((31, 40),)
    assert pick_item(5, "r.pdf", items) is None  # no fifth item: answered as any other question
    assert pick_item(1, "r.pdf", items[:2]) is None  # two quotes (a best and an "Also possible") are no list


@pytest.mark.parametrize(
    "question, rest",
    [
        ("How many recommendations did Ofsted make for Bristol?", "recommendations did Ofsted make for Bristol?"),
        ("how many areas for improvement were there for Oldham in 2024?", "areas for improvement were there for Oldham in 2024?"),
        ("How many things did Ofsted say Leeds needed to improve?", "things did Ofsted say Leeds needed to improve?"),
    ],
)
def test_asked_how_many_recommendations_the_list_may_answer(question, rest):
    assert section_kind(question) is None  # a count is asked: a sentence stating it answers first
    assert counted_section(question) == (RECOMMENDATIONS, rest)


@pytest.mark.parametrize(
    "question",
    [
        "How many children are on child protection plans in Leeds?",
        "How many of the recommendations has Leeds acted on?",  # a part of the list
        "What recommendations did Ofsted make for Bristol?",  # no count: the section, as section_kind says
        "How much improvement did Bristol make?",
        "Which recommendation came first?",
    ],
)
def test_other_questions_ask_no_count_of_the_list(question):
    assert counted_section(question) is None


def test_a_review_by_its_interval_is_one_the_text_tells_of_not_the_text():
    from assistant.answers.sections import narrows

    assert section_kind("What did the 12-month review conclude?") == SUMMARY
    assert narrows(SUMMARY, "What did the 12-month review conclude?")
    assert narrows(SUMMARY, "What did the annual review find?")
    assert not narrows(SUMMARY, "What did the review find?")
    assert not narrows(SUMMARY, "What did the 2016 review conclude?")


def test_grades_asked_beside_the_recommendations_are_asked_too():
    from assistant.answers.sections import grades_too

    assert grades_too("grades and recommendations for Northtown") == "first"
    assert grades_too("What are Northtown's grades and its recommendations?") == "first"
    assert grades_too("What were Northtown's recommendations and ratings in 2022?") == "after"
    assert grades_too("What are Northtown's recommendations?") is None
    assert grades_too("What grades did Northtown get?") is None  # the grades alone: section_kind's
