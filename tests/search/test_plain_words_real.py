"""On the real stack: a question in plain words finds the sentence that says it in the reports'
words, and the explanation says what was looked for; with ``plain_words`` off it does not."""

from dataclasses import replace

import pytest

from tests.conftest import THREE_REPORTS

BARNSLEY = THREE_REPORTS[2]
QUESTION = "Do Barnsley's kids who run off get a chat when they come back?"
ANSWER = "When children go missing from home or care, return home interviews are mostly timely"


@pytest.mark.real
def test_a_plain_question_is_answered_from_the_reports_own_words(three_reports):
    from assistant.core import Assistant

    answer = three_reports.ask(QUESTION)
    assert not answer.abstained
    assert answer.citations[0].source == BARNSLEY and ANSWER in answer.citations[0].text
    assert "looked for 'missing return home interviews' beside 'run off' (the reports' usual words)" in answer.explanation.notes

    plain = Assistant(replace(three_reports.settings, plain_words="off"), embedder=three_reports.embedder)
    without = plain.ask(QUESTION)
    assert not any("usual words" in note for note in without.explanation.notes)
    assert not any(ANSWER in c.text for c in without.citations)
