"""Questions in two parts, one asking for a whole section: each part asked in turn (answers/two_parts.py)."""

import pytest

from assistant.answers.question_parts import split_parts


@pytest.mark.parametrize(
    "question, parts",
    [
        ("What grades did Halton get and who is the lead inspector?", ("What grades did Halton get?", "Who is the lead inspector?")),
        ("What grades did Luton get, and what does it need to improve?", ("What grades did Luton get?", "What does it need to improve?")),
        ("What grades did Luton get? What does it need to improve?", ("What grades did Luton get?", "What does it need to improve?")),
        ("Summarise the Leeds report and also when was it inspected", ("Summarise the Leeds report?", "When was it inspected?")),
        ("Summarise the Halton report and list the grades", ("Summarise the Halton report?", "List the grades?")),
        (
            "What grades did Halton get, who led it and when was it inspected?",
            ("What grades did Halton get?", "Who led it?", "When was it inspected?"),
        ),
        (
            "What did Ofsted say about care leavers and what about fostering and who led it?",
            ("What did Ofsted say about care leavers?", "What about fostering?", "Who led it?"),
        ),
        ("What grades did Luton get? Who led it? When was it?", ("What grades did Luton get?", "Who led it?", "When was it?")),
        ("Who was the lead inspector? Also what were the grades for Bristol?", ("Who was the lead inspector?", "What were the grades for Bristol?")),
    ],
)
def test_a_question_asking_two_or_three_things_is_split_at_each_ask(question, parts):
    assert split_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "What grades did Leeds get?",
        "And why?",
        "What did Ofsted say about care leavers, and what about fostering, and who led it and when was it?",  # four things
        "What grades did Leeds get, who led it?",  # a comma, and no "and" closing a list
        "Who decides and when?",  # a part of two words
        "What did Ofsted recommend about housing and education?",  # one ask of two topics
    ],
)
def test_a_question_asking_one_thing_is_not_split(question):
    assert split_parts(question) is None


@pytest.mark.real
def test_grades_and_the_lead_inspector_are_both_answered(three_reports):
    from assistant.answers.explain import explain_lines
    from assistant.domain import LIST_ITEM

    # A probe: "What grades did Halton get and who is the lead inspector?" got the grades alone.
    answer = three_reports.ask("What grades did Bristol get and who was the lead inspector?")
    assert not answer.abstained
    lines = answer.text.split("\n")
    assert lines[0].startswith(LIST_ITEM) and "Overall effectiveness" in answer.text
    assert lines[-1].startswith("Lead inspector:")
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert {c.source for c in answer.citations} == {"ofsted-bristol-10-march-2023.pdf"}
    assert all(f"[{c.n}]" in answer.text for c in answer.citations)
    assert "the question asks two things" in "\n".join(explain_lines(answer))


@pytest.mark.real
def test_two_parts_neither_a_whole_section_are_answered_as_before(three_reports):
    question = "When was Bristol inspected and who led the inspection?"
    answer = three_reports.ask(question)
    assert not any("the question asks two things" in note for note in answer.explanation.notes)


@pytest.mark.real
def test_a_summary_and_the_grades_asked_as_requests_are_both_quoted(three_reports):
    # A probe: "Summarise the Halton report and list the grades" got the grades alone.
    answer = three_reports.ask("Summarise the Bristol report and list the grades")
    assert not answer.abstained and {c.source for c in answer.citations} == {"ofsted-bristol-10-march-2023.pdf"}
    assert "the question asks two things" in " ".join(answer.explanation.notes)
    rows = [c for c in answer.citations if "|" in c.text]
    assert len(rows) >= 4 and any("|" not in c.text for c in answer.citations[: len(answer.citations) - len(rows)])


@pytest.mark.real
def test_a_first_part_naming_no_report_is_asked_of_the_one_the_question_names(three_reports):
    answer = three_reports.ask("Give me the grades and tell me who led the inspection of Bristol")
    assert not answer.abstained and {c.source for c in answer.citations} == {"ofsted-bristol-10-march-2023.pdf"}
    assert answer.text.split("\n")[-1].startswith("Lead inspector:")


@pytest.mark.real
def test_a_part_asking_nothing_of_its_own_is_not_asked_alone(three_reports):
    # "Give me the whole list." restates the ask before it: one list, quoted once.
    answer = three_reports.ask("What does Bristol need to improve according to Ofsted? Give me the whole list.")
    assert not any("the question asks two things" in note for note in answer.explanation.notes)
    assert len(answer.citations) == len({(c.start, c.end) for c in answer.citations})


@pytest.mark.real
def test_a_question_in_three_parts_gets_each_part_answered_in_turn(three_reports):
    # A probe: three-part questions dropped a part; "… and when was it inspected?" asks a date,
    # something of its own, though it holds no word of its own.
    answer = three_reports.ask("What grades did Bristol get, who was the lead inspector and when was it inspected?")
    lines = answer.text.split("\n")
    assert "Overall effectiveness" in answer.text and lines[-2].startswith("Lead inspector:") and lines[-1].startswith("Inspection dates:")
    assert "the question asks three things" in " ".join(answer.explanation.notes)
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    text = three_reports.document_text("ofsted-bristol-10-march-2023.pdf")
    assert all(c.source == "ofsted-bristol-10-march-2023.pdf" and text[c.start : c.end] == c.text for c in answer.citations)


@pytest.mark.real
def test_another_council_after_a_question_in_parts_gets_every_part(three_reports):
    """"And for Bristol?" after a question in three parts is that question of Bristol, each part
    answered: a probe found it read right and answered with the grades alone."""
    from tests.conftest import asked_in_turn

    leeds, bristol = asked_in_turn(three_reports, ("What grades did Leeds get, who was the lead inspector and when was it inspected?", "And for Bristol?"))
    assert leeds.text.split("\n")[-1].startswith("Inspection dates:")
    assert bristol.read_as == "What grades did Bristol get, who was the lead inspector and when was it inspected?"
    lines = bristol.text.split("\n")
    assert "Overall effectiveness" in bristol.text and lines[-2].startswith("Lead inspector:") and lines[-1].startswith("Inspection dates:")
    assert {c.source for c in bristol.citations} == {"ofsted-bristol-10-march-2023.pdf"}


@pytest.mark.real
def test_a_question_in_parts_of_its_own_mid_conversation_gets_every_part(three_reports):
    """The same question of another council, typed whole after the first: its "it" made it a
    follow-up, read with the turn before, and only the grades came back."""
    from tests.conftest import asked_in_turn

    question = "What grades did {} get, who was the lead inspector and when was it inspected?"
    _, barnsley = asked_in_turn(three_reports, (question.format("Leeds"), question.format("Barnsley")))
    lines = barnsley.text.split("\n")
    assert "Overall effectiveness" in barnsley.text and lines[-2].startswith("Lead inspector:") and lines[-1].startswith("Inspection dates:")
    assert {c.source for c in barnsley.citations} == {"ofsted-barnsley-27-october-2023.pdf"}


@pytest.mark.real
def test_a_year_after_a_question_in_parts_gets_every_part_of_that_years_report(two_sunderlands):
    """"And in 2025?" after a question in three parts of the 2015 report: the 2025 grades came back alone."""
    from tests.conftest import SUNDERLAND_2025, asked_in_turn

    _, later = asked_in_turn(two_sunderlands, ("What grades did Sunderland get in 2015, who was the lead inspector and when was it inspected?", "And in 2025?"))
    assert later.read_as == "What grades did Sunderland get in 2025, who was the lead inspector and when was it inspected?"
    lines = later.text.split("\n")
    assert lines[-2].startswith("Lead inspector:") and lines[-1].startswith("Inspection dates:")
    assert {c.source for c in later.citations} == {SUNDERLAND_2025}


@pytest.mark.real
def test_a_later_part_is_asked_of_each_report_the_first_part_quoted_and_says_which(sunderlands_among_others):
    """A probe: with Trafford's two tables quoted, one report's lead inspector came first and the
    other's was "Also possible", neither saying its year; a reader took the older one for the newer."""
    from tests.conftest import SUNDERLAND_2015, SUNDERLAND_2025

    answer = sunderlands_among_others.ask("What grades did Sunderland get and who was the lead inspector?")
    lines = answer.text.split("\n")
    assert lines[-2].startswith("2025 report: Lead inspector:") and lines[-1].startswith("2015 report: Lead inspector: Fiona J Millns")
    assert "Also possible" not in answer.text
    by_source = {c.text: c.source for c in answer.citations}
    assert by_source["Lead inspector: Fiona J Millns"] == SUNDERLAND_2015
    assert any(source == SUNDERLAND_2025 and text.startswith("Lead inspector:") for text, source in by_source.items())
    assert "the question asks two things" in " ".join(answer.explanation.notes)


@pytest.mark.real
def test_a_part_asking_a_name_does_not_cost_the_other_part_its_grade(sunderlands_among_others):
    """A probe: "… lead inspector … and what was the overall judgement?" took the name weight from
    the grade row (it names no one), and the grade went unquoted."""
    from tests.conftest import SUNDERLAND_2025

    answer = sunderlands_among_others.ask("Who was the lead inspector for Sunderland in 2025 and what was the overall judgement?")
    texts = [" ".join(c.text.split()) for c in answer.citations if c.source == SUNDERLAND_2025]
    assert "Overall effectiveness | Outstanding" in texts
    assert any(text.startswith("Lead inspector:") for text in texts)


@pytest.mark.real
def test_parts_each_quoting_a_section_explain_without_scores_and_a_list_is_quoted_once(three_reports):
    from assistant.answers.explain import explain_lines

    # A probe: "--explain" failed on an answer whose parts all quoted whole sections (no sentence
    # weighed, no score to print), and a list asked for twice was quoted twice.
    both = three_reports.ask("What grades did Bristol get and what grades did Leeds get?")
    lines = explain_lines(both)
    assert lines[0].startswith("Answered:") and {c.source for c in both.citations} == {"ofsted-bristol-10-march-2023.pdf", "ofsted-leeds-09-may-2022.pdf"}
    once = three_reports.ask("What are the recommendations and what needs to improve for Bristol?")
    assert len(once.citations) == len({(c.source, c.start, c.end) for c in once.citations}) >= 3
    assert "part 2 quoted only what an earlier part quoted: not repeated" in once.explanation.notes
    explain_lines(once)


@pytest.mark.real
def test_a_second_question_opening_also_is_a_part_of_its_own(three_reports):
    # A probe: "Who was the lead inspector? Also what were the grades for Bristol?" got the inspector alone.
    answer = three_reports.ask("Who was the lead inspector? Also what were the grades for Bristol?")
    lines = answer.text.split("\n")
    assert lines[0].startswith("Lead inspector:") and "Overall effectiveness" in answer.text
    assert {c.source for c in answer.citations} == {"ofsted-bristol-10-march-2023.pdf"}
