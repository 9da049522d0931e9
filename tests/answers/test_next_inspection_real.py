"""Asked when a council will next be inspected, a report's own "Inspection dates: …" line is no
answer: it dates the inspection the report is about (a probe: "When is Cambridgeshire's next
inspection?" was answered "Inspection dates: 4 to 15 March 2024")."""

import pytest

from assistant.answers.answering import ASKS_NEXT_INSPECTION


def test_questions_about_an_inspection_still_to_come():
    for question in (
        "When is Cambridgeshire's next inspection?",
        "When will Wirral be inspected again?",
        "When is Sunderland due to be inspected?",
        "When is the next Ofsted visit for Leeds?",
        "Is Leeds due for re-inspection soon?",
        "When will Leeds's children's services be inspected?",
    ):
        assert ASKS_NEXT_INSPECTION.search(question), question
    for question in (
        "When was Leeds last inspected?",
        "When did the inspection take place?",
        "What happened at the next visit to the family?",
        "What did the inspection find about the next steps for care leavers?",
    ):
        assert not ASKS_NEXT_INSPECTION.search(question), question


@pytest.mark.real
def test_a_reports_own_dates_do_not_answer_when_the_next_inspection_is(three_reports):
    last = three_reports.ask("When was Leeds last inspected?")
    assert not last.abstained and last.citations[0].text.startswith("Inspection dates:")
    for question in ("When will Leeds be inspected again?", "When is the next Ofsted inspection of Leeds?"):
        answer = three_reports.ask(question)
        assert not any(c.text.startswith("Inspection dates:") for c in answer.citations), question
