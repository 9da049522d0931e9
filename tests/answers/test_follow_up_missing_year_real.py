"""On the real stack: "And in 2019?" after a question about a council whose only report is of
another year says the library has no such report, naming the reports it has, and quotes nothing:
read as any question naming 2019, it quoted other councils' 2019 grades in lines naming none."""

import pytest

from tests.conftest import THREE_REPORTS

BRISTOL = THREE_REPORTS[1]


@pytest.mark.real
def test_a_follow_up_asking_a_year_the_council_has_no_report_of_quotes_nothing(three_reports):
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-missing-year")
    grades = three_reports.ask("What grades did Bristol get?", conversation=conversation)
    assert grades.citations and {c.source for c in grades.citations} == {BRISTOL}

    missing = three_reports.ask("And in 2019?", conversation=conversation)
    assert missing.abstained and not missing.citations
    assert "no 2019 report" in missing.text and BRISTOL in missing.text

    # The conversation is still about Bristol: its own year is answered from its report.
    again = three_reports.ask("And in 2023?", conversation=conversation)
    assert again.citations and {c.source for c in again.citations} == {BRISTOL}


@pytest.mark.real
def test_a_council_typed_with_a_slip_gets_the_whole_grades_table(three_reports):
    """"What grades did Bristl get?" is read as Bristol's, and answered with its whole judgement
    table, as typed right: the slip was taken for a topic narrowing the question, and one row was quoted."""
    right = three_reports.ask("What grades did Bristol get?")
    slip = three_reports.ask("What grades did Bristl get?")
    assert len(right.citations) >= 4
    assert [c.text for c in slip.citations] == [c.text for c in right.citations]
    assert slip.read_as == "What grades did Bristol get?"


@pytest.mark.real
def test_a_follow_up_picks_an_item_of_a_listed_section_by_its_place(three_reports):
    """"What about number 3?" after Bristol's recommendations quotes the third, as listed; and
    "the second one" after that, the second: the list two turns back still counts."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-by-place")
    listed = three_reports.ask("What does Ofsted say Bristol needs to improve?", conversation=conversation)
    assert len(listed.citations) >= 3
    third = three_reports.ask("What about number 3?", conversation=conversation)
    assert [(c.source, c.start, c.end) for c in third.citations] == [(listed.citations[2].source, listed.citations[2].start, listed.citations[2].end)]
    assert any("picks item 3 of the list" in note for note in third.explanation.notes)
    second = three_reports.ask("Tell me more about the second one", conversation=conversation)
    assert [c.text for c in second.citations] == [listed.citations[1].text]


@pytest.mark.real
def test_a_follow_up_naming_two_councils_asks_each_the_turn_befores_question(three_reports):
    """"And Bristol and Barnsley?" after a question about Leeds's care leavers asks each about its
    own care leavers: read with the turn before, each was asked about care leavers in Leeds."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-each")
    three_reports.ask("What did Ofsted say about care leavers in Leeds?", conversation=conversation)
    each = three_reports.ask("And Bristol and Barnsley?", conversation=conversation)
    lines = each.text.splitlines()
    assert len(lines) == 2 and lines[0].startswith("- Bristol: ") and lines[1].startswith("- Barnsley: ")
    assert "does not answer" not in each.text
    assert {c.source for c in each.citations} == {THREE_REPORTS[1], THREE_REPORTS[2]}
    assert all("care leaver" in c.text.lower() for c in each.citations)
    notes = " ".join(each.explanation.notes)
    assert "care leavers in Bristol like?" in notes and "care leavers in Barnsley like?" in notes and "in Leeds" not in notes


@pytest.mark.real
def test_a_follow_up_asking_another_year_reads_the_turn_befores_question_of_that_year(two_sunderlands):
    """"And in 2025?" after "What did Ofsted say about Sunderland's care leavers in 2015?" is read
    as the same question of 2025, from the 2025 report: read with the turn before, it named both
    years and the 2025 report's sentence looking back at 2015 led, or nothing was quoted."""
    from assistant.answers.conversation import Conversation
    from tests.conftest import SUNDERLAND_2025

    conversation = Conversation("c-year")
    two_sunderlands.ask("What did Ofsted say about Sunderland's care leavers in 2015?", conversation=conversation)
    later = two_sunderlands.ask("And in 2025?", conversation=conversation)
    assert later.read_as == "What did Ofsted say about Sunderland's care leavers in 2025?"
    assert later.citations and {c.source for c in later.citations} == {SUNDERLAND_2025}
    assert all("2015" not in c.text for c in later.citations)


@pytest.mark.real
def test_compare_that_after_a_listed_section_lists_both_councils(three_reports):
    """"Compare that with Barnsley" after Bristol's recommendations gives both councils'
    recommendations, a line each: the recommendations section it carried was asked of Barnsley
    alone, and Bristol's were lost."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-compare-section")
    listed = three_reports.ask("What did Ofsted recommend for Bristol?", conversation=conversation)
    assert len(listed.citations) >= 3 and {c.source for c in listed.citations} == {BRISTOL}
    compared = three_reports.ask("Compare that with Barnsley", conversation=conversation)
    assert {c.source for c in compared.citations} == {BRISTOL, THREE_REPORTS[2]}
    assert "Bristol:" in compared.text and "Barnsley:" in compared.text
    assert {c.text for c in listed.citations} <= {c.text for c in compared.citations}


@pytest.mark.real
def test_another_council_is_asked_the_turn_befores_own_question_not_the_section_before_it(three_reports):
    """"And Barnsley?" after "Summarise the Bristol report" / "What did they say about domestic
    abuse?" asks Barnsley about domestic abuse; the text the turn before was read with opens
    "Summarise", and Barnsley's whole summary was given."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-section-two-back")
    three_reports.ask("Summarise the Bristol report", conversation=conversation)
    three_reports.ask("What did they say about domestic abuse?", conversation=conversation)
    barnsley = three_reports.ask("And Barnsley?", conversation=conversation)
    summary = three_reports.ask("Summarise the Barnsley report")
    assert barnsley.read_as == "Barnsley: What did they say about domestic abuse?"
    assert [c.text for c in barnsley.citations] != [c.text for c in summary.citations]
    assert all(c.source == THREE_REPORTS[2] for c in barnsley.citations)
    # A section asked for in the turn just before is still asked again of another council.
    conversation = Conversation("c-section-one-back")
    three_reports.ask("Summarise the Bristol report", conversation=conversation)
    again = three_reports.ask("And Barnsley?", conversation=conversation)
    assert [c.text for c in again.citations] == [c.text for c in summary.citations]


@pytest.mark.real
def test_the_earlier_report_is_asked_the_turn_befores_question(two_sunderlands):
    """"And the earlier report?" after "When was Sunderland inspected?" gives the earlier report's
    own inspection dates: read with "earlier report", the question asked about an inspection before
    it, the report's own dates were set aside, and it abstained."""
    from assistant.answers.conversation import Conversation
    from tests.conftest import SUNDERLAND_2015, SUNDERLAND_2025

    conversation = Conversation("c-earlier-report")
    latest = two_sunderlands.ask("When was Sunderland inspected?", conversation=conversation)
    assert [c.source for c in latest.citations] == [SUNDERLAND_2025] and "January 2025" in latest.text
    earlier = two_sunderlands.ask("And the earlier report?", conversation=conversation)
    assert earlier.read_as == "When was Sunderland inspected?"
    assert [c.source for c in earlier.citations] == [SUNDERLAND_2015] and "May 2015" in earlier.citations[0].text
    # With more than the pointer, the question is its own, of that report.
    conversation = Conversation("c-earlier-topic")
    two_sunderlands.ask("When was Sunderland inspected?", conversation=conversation)
    topic = two_sunderlands.ask("What did the earlier report say about care leavers?", conversation=conversation)
    assert topic.citations and {c.source for c in topic.citations} == {SUNDERLAND_2015}
    assert "earlier report" not in topic.read_as and "care leavers" in topic.read_as


@pytest.mark.real
def test_a_year_follow_up_after_a_question_naming_none_asks_it_of_that_years_report(two_sunderlands):
    """"And what did the 2015 one say?" after a question naming no year is that question of the
    2015 report: read as a question of its own, it lost the topic (care leavers) and quoted contact
    figures; "And in the 2015 report?" quoted the report's "Inspection date: …" line."""
    from assistant.answers.conversation import Conversation
    from tests.conftest import SUNDERLAND_2015

    for follow_up in ("And what did the 2015 one say?", "And in the 2015 report?"):
        conversation = Conversation("c-year-after-none")
        two_sunderlands.ask("What does Ofsted say about care leavers in Sunderland?", conversation=conversation)
        answer = two_sunderlands.ask(follow_up, conversation=conversation)
        assert answer.read_as == "What does Ofsted say about care leavers in Sunderland?"
        assert answer.citations and {c.source for c in answer.citations} == {SUNDERLAND_2015}
        assert not any(c.text.startswith("Inspection date") for c in answer.citations)


@pytest.mark.real
def test_a_correction_asks_the_turn_befores_question_of_the_council_meant(three_reports):
    """"Sorry, I meant Barnsley" after a question about Bristol's care leavers is that question of
    Barnsley: read as a question of its own, it quoted a report's grade line."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-correction")
    three_reports.ask("What does Ofsted say about care leavers in Bristol?", conversation=conversation)
    corrected = three_reports.ask("Sorry, I meant Barnsley", conversation=conversation)
    assert corrected.read_as == "What does Ofsted say about care leavers in Barnsley?"
    alone = three_reports.ask("What does Ofsted say about care leavers in Barnsley?")
    assert corrected.citations and [c.text for c in corrected.citations] == [c.text for c in alone.citations]


@pytest.mark.real
def test_a_correction_naming_a_year_asks_the_turn_befores_question_of_that_years_report(two_sunderlands):
    """"Sorry, I meant 2015." and "Oops, I was after the 2015 one." after a question on the 2025
    report are that question of the 2015 report, as asked alone: read with the turn before, the
    question named both years (the correction's words counted as a question of its own, and
    "after" made 2015 a year measured from)."""
    from assistant.answers.conversation import Conversation
    from tests.conftest import SUNDERLAND_2015

    alone = two_sunderlands.ask("What did Ofsted say about Sunderland's care leavers in 2015?")
    for turn, correction in enumerate(("Sorry, I meant 2015.", "Oops, I was after the 2015 one.")):
        conversation = Conversation(f"c-year-correction-{turn}")
        two_sunderlands.ask("What did Ofsted say about Sunderland's care leavers in 2025?", conversation=conversation)
        corrected = two_sunderlands.ask(correction, conversation=conversation)
        assert corrected.read_as == "What did Ofsted say about Sunderland's care leavers in 2015?"
        assert corrected.citations and {c.source for c in corrected.citations} == {SUNDERLAND_2015}
        assert [c.text for c in corrected.citations] == [c.text for c in alone.citations]


@pytest.mark.real
def test_a_correction_with_a_remark_asks_the_turn_befores_question_of_the_council_meant(three_reports):
    """"Sorry, wrong council - I meant Barnsley" is "Sorry, I meant Barnsley": read with the turn
    before, Bristol's words drew the answer."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-correction-remark")
    three_reports.ask("What does Ofsted say about care leavers in Bristol?", conversation=conversation)
    corrected = three_reports.ask("Sorry, wrong council - I meant Barnsley", conversation=conversation)
    assert corrected.read_as == "What does Ofsted say about care leavers in Barnsley?"
    assert corrected.citations and all("barnsley" in c.source for c in corrected.citations)


@pytest.mark.real
def test_a_correction_naming_a_council_and_a_year_asks_who_led_that_inspection(two_sunderlands):
    """"No sorry, I meant Sunderland's 2015 inspection." after "Who was the lead inspector on
    Bristol's 2023 visit?": read as "Who was the lead inspector on Sunderland's?" (the year went
    with its noun), and the "Lead inspector: …" line was not looked for (the correction's words
    ask for nobody), so the deputy's line was quoted."""
    from tests.conftest import SUNDERLAND_2015, asked_in_turn

    _, corrected = asked_in_turn(two_sunderlands, ("Who was the lead inspector on Bristol's 2023 visit?", "No sorry, I meant Sunderland's 2015 inspection."))
    assert corrected.read_as == "Who was the lead inspector on Sunderland's visit?"
    assert corrected.citations[0].source == SUNDERLAND_2015
    assert corrected.citations[0].text == "Lead inspector: Fiona J Millns"


@pytest.mark.real
def test_a_year_the_council_has_no_report_of_is_said_so_for_who_led_it(two_sunderlands):
    """"Who was the lead inspector for Sunderland in 2019?", as a question and as a correction: the
    2015 and 2025 leads were quoted, and nothing said 2019 was missing."""
    from tests.conftest import asked_in_turn

    alone = two_sunderlands.ask("Who was the lead inspector for Sunderland in 2019?")
    _, corrected = asked_in_turn(two_sunderlands, ("Who was the lead inspector for Bristol?", "No sorry, I meant Sunderland's 2019 inspection."))
    for answer in (alone, corrected):
        assert answer.abstained and not answer.citations
        assert "holds no 2019 report on Sunderland" in answer.text


@pytest.mark.real
def test_why_after_the_grades_is_not_answered_with_the_table(three_reports):
    """"Why was it rated that way?" after Bristol's grades asks for reasons: the grades section and
    the judgement preference it carried quoted the table's rows again."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-why-grades")
    grades = three_reports.ask("What grades did Bristol get?", conversation=conversation)
    assert any("|" in c.text for c in grades.citations)
    why = three_reports.ask("Why was it rated that way?", conversation=conversation)
    assert why.citations and not any("|" in c.text for c in why.citations)
    assert {c.source for c in why.citations} == {BRISTOL}


@pytest.mark.real
def test_a_year_follow_up_asking_its_own_words_keeps_the_section_asked_for(sunderlands_among_others):
    """"What were they in 2025?" after "What grades did Sunderland get in 2015?" is read as that
    question of 2025 and gets the 2025 table whole, as asked alone: one row came back."""
    from assistant.answers.conversation import Conversation
    from tests.conftest import SUNDERLAND_2025

    conversation = Conversation("c-year-section")
    sunderlands_among_others.ask("What grades did Sunderland get in 2015?", conversation=conversation)
    answer = sunderlands_among_others.ask("What were they in 2025?", conversation=conversation)
    alone = sunderlands_among_others.ask("What grades did Sunderland get in 2025?")
    assert answer.read_as == "What grades did Sunderland get in 2025?"
    assert len(alone.citations) >= 3 and {c.source for c in alone.citations} == {SUNDERLAND_2025}
    assert [c.text for c in answer.citations] == [c.text for c in alone.citations]


@pytest.mark.real
def test_which_is_better_compares_the_councils_of_the_last_two_turns(three_reports):
    """"Which is better?" after Leeds's grades and "And Bristol?" lists both councils' grades, a
    line each: read with the turn before alone, Bristol's table came back and Leeds was lost."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-which-better")
    three_reports.ask("What grades did Leeds get?", conversation=conversation)
    three_reports.ask("And Bristol?", conversation=conversation)
    better = three_reports.ask("Which is better?", conversation=conversation)
    assert {c.source for c in better.citations} == {THREE_REPORTS[0], BRISTOL}
    assert "Leeds:" in better.text and "Bristol:" in better.text


@pytest.mark.real
def test_when_was_that_after_what_ofsted_said_gives_the_inspection_dates(three_reports):
    """"What year was that?" after what Ofsted said about Bristol's care leavers: when the
    inspectors said so, the report's "Inspection dates: …" line; it abstained."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-when-said")
    three_reports.ask("What did Ofsted say about care leavers in Bristol?", conversation=conversation)
    when = three_reports.ask("What year was that?", conversation=conversation)
    assert [c.source for c in when.citations] == [BRISTOL] and when.citations[0].text.startswith("Inspection dates")


@pytest.mark.real
def test_one_councils_reports_are_told_apart_and_compared(sunderlands_among_others):
    """"What grades did Sunderland get?" quotes both reports' tables, each row saying which
    report; "What about the earlier inspection?" is the 2015 table whole (one row came back); and
    "Which one was better?" sets the two reports side by side (it quoted one)."""
    from assistant.answers.conversation import Conversation
    from tests.conftest import SUNDERLAND_2015, SUNDERLAND_2025

    conversation = Conversation("c-one-council")
    both = sunderlands_among_others.ask("What grades did Sunderland get?", conversation=conversation)
    assert {c.source for c in both.citations} == {SUNDERLAND_2015, SUNDERLAND_2025}
    assert "- 2025 report: " in both.text and "- 2015 report: " in both.text
    earlier = sunderlands_among_others.ask("What about the earlier inspection?", conversation=conversation)
    assert {c.source for c in earlier.citations} == {SUNDERLAND_2015} and len(earlier.citations) >= 3
    better = sunderlands_among_others.ask("Which one was better?", conversation=conversation)
    assert "Sunderland (2025):" in better.text and "Sunderland (2015):" in better.text
    assert {c.source for c in better.citations} == {SUNDERLAND_2015, SUNDERLAND_2025}


@pytest.mark.real
def test_the_next_inspection_and_years_later_point_to_the_newer_report(two_sunderlands):
    """"And the next inspection?" and "And ten years later?" after a question on Sunderland's 2015
    report ask it of the next report, its year read in: they stayed on 2015."""
    from assistant.answers.conversation import Conversation
    from tests.conftest import SUNDERLAND_2025

    for follow_up in ("And the next inspection?", "And ten years later?"):
        conversation = Conversation("c-next")
        two_sunderlands.ask("How was Sunderland rated in 2015?", conversation=conversation)
        answer = two_sunderlands.ask(follow_up, conversation=conversation)
        assert answer.read_as == "How was Sunderland rated in 2025?"
        assert answer.citations and {c.source for c in answer.citations} == {SUNDERLAND_2025}


@pytest.mark.real
def test_a_question_picking_a_year_the_council_has_no_report_of_says_so(three_reports):
    """"How was Bristol rated in 2016?" of a library holding Bristol's 2023 report says it holds no
    2016 report and names the one it holds: its 2023 grades were quoted as 2016's. A year a later
    report may give a figure for is asked as before."""
    for question in ("How was Bristol rated in 2016?", "What did the 2016 Bristol report say?"):
        answer = three_reports.ask(question)
        assert answer.abstained and not answer.citations
        assert "no 2016 report on Bristol" in answer.text and BRISTOL in answer.text
    assert "no 2023 report" not in three_reports.ask("How was Bristol rated in 2023?").text
    assert "no 2016 report" not in three_reports.ask("How many children were in care in Bristol in 2016?").text


@pytest.mark.real
def test_a_rating_asked_in_shorthand_is_asked_as_a_rating(three_reports):
    """"Is Bristol good?" and "Bristol overall" are read as "How was Bristol rated?" and answered
    as it is: put as typed, a name line, a remark or a statistic was quoted."""
    rated = three_reports.ask("How was Bristol rated?")
    assert rated.citations
    for shorthand in ("Is Bristol good?", "Bristol overall", "Is Bristol rated outstanding?"):
        answer = three_reports.ask(shorthand)
        assert answer.question == shorthand and answer.read_as == "How was Bristol rated?"
        assert [c.text for c in answer.citations] == [c.text for c in rated.citations]
    assert three_reports.ask("Is it good?").read_as is None  # no council: as typed


@pytest.mark.real
def test_a_chain_naming_no_council_keeps_to_the_conversations_council(three_reports):
    """"what did they say about staff turnover?" after "when did the inspection take place"
    (asked of Bristol's report) keeps to Bristol: neither it nor its context names a council, and
    other councils' sentences were quoted."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation("c-chain")
    three_reports.ask("Who was the lead inspector for Bristol?", conversation=conversation)
    dates = three_reports.ask("when did the inspection take place", conversation=conversation)
    assert [c.source for c in dates.citations] == [BRISTOL]
    turnover = three_reports.ask("what did they say about staff turnover?", conversation=conversation)
    assert all(c.source == BRISTOL for c in turnover.citations)
    assert turnover.kept_to == (BRISTOL,) or not turnover.citations


@pytest.mark.real
def test_a_follow_up_on_an_ungraded_topic_after_a_grade_is_not_answered_with_a_grade(three_reports):
    """"what about homeless 16 and 17 year olds" after "How was Bristol rated?" asks about that
    topic, which no row grades: the grade preference it carried quoted the overall row."""
    from assistant.answers.conversation import Conversation
    from assistant.answers.model_answering import names_an_ungraded_topic

    assert names_an_ungraded_topic("what about homeless 16 and 17 year olds")
    assert not names_an_ungraded_topic("And for care leavers?") and not names_an_ungraded_topic("And in 2018?")
    conversation = Conversation("c-ungraded")
    three_reports.ask("How was Bristol rated?", conversation=conversation)
    homeless = three_reports.ask("what about homeless 16 and 17 year olds", conversation=conversation)
    assert homeless.citations and not any("|" in c.text for c in homeless.citations)
