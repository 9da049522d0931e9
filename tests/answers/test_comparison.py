"""A comparing question asked of each thing it compares, and the answers put side by side
(assistant/answers/comparison.py)."""

import pytest

from assistant.answers.comparison import COMPARED, compared_answer, own_question, says_what_about
from assistant.domain import MARKER, NOT_FOUND_TEXT, Answer, Citation, Explanation
from tests.search.test_routing_compared import router


def own(question: str) -> list[str]:
    found = router().compared(question)
    return [own_question(question, group, found) for group in found]


def test_each_council_is_asked_alone_without_the_words_that_ask_to_compare():
    # About an area the reports grade, "do": its grade row answers. About anything else, the verb is
    # dropped: "How do Kent do on caseloads?" asked for a grade, and any area's row was quoted.
    assert own("How do Leeds and Bristol compare on care leavers?") == [
        "How do Leeds do on care leavers?",
        "How do Bristol do on care leavers?",
    ]
    assert own("How did Leeds in 2022 compare with Bristol on caseloads?") == [
        "How did Leeds on caseloads?",
        "How did Bristol on caseloads?",
    ]
    assert own("Did Leeds, unlike Bristol, have outstanding leadership?")[1] == "Did Bristol, have outstanding leadership?"
    assert own("Was staff turnover a problem in Bristol or in Kent?") == [
        "Was staff turnover a problem in Bristol?",
        "Was staff turnover a problem in Kent?",
    ]
    assert own("How do Barnsley, the Isle of Wight and Kent compare on adoption?")[1] == "How do Isle of Wight do on adoption?"


def test_words_between_the_names_that_ask_something_are_kept():
    assert own("What did Ofsted say about Leeds's care leavers and Bristol's?") == [
        "What did Ofsted say about Leeds's care leavers?",
        "What did Ofsted say about care leavers and Bristol's?",
    ]
    assert own("What did Leeds in 2022 and Bristol say about MASH?") == [
        "What did Leeds say about MASH?",  # the year chose the report it is asked of
        "What did Bristol say about MASH?",
    ]


def test_one_council_at_two_dates_is_asked_of_each_date_without_the_dates():
    # Each is asked of that year's report; the year in the question drew "Inspection dates: …" lines.
    assert own("How did Leeds's care leavers fare in 2015 compared with 2022?") == ["How did Leeds's care leavers fare?"] * 2
    assert own("How had Leeds's adoption work changed between the 2015 and 2022 inspections?") == [
        "How had Leeds's adoption work changed?"
    ] * 2


def test_a_follow_up_names_its_own_topic_or_leans_on_the_turn_before():
    assert says_what_about("And on adoption?") and says_what_about("What about caseloads?")
    assert not says_what_about("Which is better?") and not says_what_about("Why?") and not says_what_about("And which did best?")


def _answer(question: str, quotes: list[tuple[str, str]]) -> Answer:
    citations = tuple(Citation(n, doc, 0, len(text), text, 0.5) for n, (doc, text) in enumerate(quotes, 1))
    text = " ".join(f"{c.text} [{c.n}]" for c in citations) or NOT_FOUND_TEXT
    explanation = Explanation((), (), 0.1, "answered" if citations else "abstained", 3, notes=("a note",))
    return Answer(question, text, not citations, citations, (), {"total": 100.0}, explanation, named=tuple(sorted({d for d, _ in quotes})))


def test_answers_side_by_side_one_line_each_with_citations_numbered_through():
    leeds = _answer("q", [("leeds.pdf", "Care leavers are well supported."), ("leeds.pdf", "Most are in work.")])
    bristol = _answer("q", [("bristol.pdf", "Too few have a pathway plan.")])
    merged = compared_answer("How do Leeds and Bristol compare?", ["Leeds", "Bristol"], [2, 1], [leeds, bristol])
    assert merged.text.split("\n") == [
        "- Leeds: Care leavers are well supported. [1] Most are in work. [2]",
        "- Bristol: Too few have a pathway plan. [3]",
    ]
    assert [(c.n, c.source) for c in merged.citations] == [(1, "leeds.pdf"), (2, "leeds.pdf"), (3, "bristol.pdf")]
    assert {int(n) for n in MARKER.findall(merged.text)} == {1, 2, 3}
    assert not merged.abstained and merged.named == ("bristol.pdf", "leeds.pdf")
    assert merged.timings_ms["total"] == 200.0
    assert merged.explanation.notes[0].startswith(COMPARED) and "Leeds (2 reports), Bristol (1 report)" in merged.explanation.notes[0]


def test_a_council_its_reports_do_not_answer_says_so_and_all_abstaining_abstains():
    leeds = _answer("q", [("leeds.pdf", "Care leavers are well supported.")])
    nothing = _answer("q", [])
    merged = compared_answer("q", ["Leeds", "Bristol"], [2, 1], [leeds, nothing])
    assert merged.text.split("\n")[1] == "- Bristol: the report does not answer this."
    assert not merged.abstained
    both = compared_answer("q", ["Leeds", "Bristol"], [2, 1], [nothing, nothing])
    assert both.abstained and both.text == NOT_FOUND_TEXT and not both.citations


def test_a_name_no_report_is_about_gets_a_line_saying_so():
    leeds = _answer("q", [("leeds.pdf", "Care leavers are well supported.")])
    nothing = _answer("q", [])
    merged = compared_answer("q", ["Leeds", "Norfolk"], [2, 0], [leeds, nothing])
    assert merged.text.split("\n")[1] == "- Norfolk: no report in the library is about Norfolk."
    assert not merged.abstained and len(merged.citations) == 1

    both = compared_answer("q", ["Leeds", "Norfolk"], [2, 0], [nothing, nothing])
    assert both.abstained and both.text == f"{NOT_FOUND_TEXT} No report in the library is about Norfolk."


@pytest.mark.parametrize(
    "asked, left",
    [
        # After a council's possessive the year alone goes; its noun stays the question's.
        ("Who was lead inspector on Stoke-on-Trent's 2022 visit?", "Who was lead inspector on Stoke-on-Trent's visit?"),
        ("What did Leeds's 2022 report say about adoption?", "What did Leeds's report say about adoption?"),
        ("How was Leeds rated in 2022?", "How was Leeds rated?"),
        ("What did the 2015 inspection say about adoption?", "What did say about adoption?"),
    ],
)
def test_a_year_left_out_takes_its_noun_only_where_no_name_owns_it(asked, left):
    from assistant.answers.comparison import without_years

    assert without_years(asked) == left
