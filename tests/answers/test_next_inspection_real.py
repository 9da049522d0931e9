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
        "When will Ofsted next visit Bristol?",
        "When are inspectors coming back to Leeds?",
        "When will Ofsted visit Leeds again?",
    ):
        assert ASKS_NEXT_INSPECTION.search(question), question
    for question in (
        "When was Leeds last inspected?",
        "When did the inspection take place?",
        "What happened at the next visit to the family?",
        "What did the inspection find about the next steps for care leavers?",
        "When did inspectors return to Leeds?",
        "When is the director returning?",
        "When will the council visit the children again?",
    ):
        assert not ASKS_NEXT_INSPECTION.search(question), question


@pytest.mark.real
def test_a_reports_own_dates_do_not_answer_when_the_next_inspection_is(three_reports):
    last = three_reports.ask("When was Leeds last inspected?")
    assert not last.abstained and last.citations[0].text.startswith("Inspection dates:")
    for question in ("When will Leeds be inspected again?", "When is the next Ofsted inspection of Leeds?"):
        answer = three_reports.ask(question)
        assert not any(c.text.startswith("Inspection dates:") for c in answer.citations), question


@pytest.mark.real
def test_a_sentence_dating_an_earlier_inspection_does_not_answer_when_the_next_is(two_sunderlands):
    # "The previous inspection of Sunderland’s safeguarding arrangements was in April 2012." was quoted.
    from assistant.answers.model_answering import dates_earlier_inspection

    for question in ("When is Sunderland's next inspection due?", "When will Ofsted next visit Sunderland?"):
        answer = two_sunderlands.ask(question)
        assert not any(dates_earlier_inspection(c.text) or c.text.startswith("Inspection date") for c in answer.citations), question
