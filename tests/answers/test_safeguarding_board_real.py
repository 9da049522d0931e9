"""On the real stack: asked how a council's safeguarding board was judged, the answer comes from
that council's report, though another report's title ("Surrey Safeguarding Children Board")
holds more of the question's words; and the quoted sentence is the verdict, not a line saying
what a grade means ("An LSCB that is good coordinates …")."""

import pytest

from assistant.answers.model_answering import states_judgement
from tests.conftest import HILLINGDON_2014, SURREY_BOARD_2015

QUESTION = "How effective was the Local Safeguarding Children Board in Hillingdon judged to be?"
VERDICT = "The effectiveness of the Local Safeguarding Children Board (LSCB) requires improvement."


def test_a_verdict_closing_its_sentence_is_a_judgement_and_a_grades_meaning_is_not():
    assert states_judgement(VERDICT)
    assert states_judgement("The graded judgement about the experience and progress of care leavers is that it requires improvement")
    assert states_judgement("The Local Safeguarding Children Board is good")
    assert not states_judgement("An LSCB that is good coordinates the activity of statutory partners and monitors the effectiveness of local arrangements.")
    assert not states_judgement("A Local Safeguarding Children Board (LSCB) requires improvement if it does not yet demonstrate the characteristics of good.")
    assert not states_judgement("The LSCB has a clear plan to improve the quality of its audits.")


@pytest.mark.real
def test_the_board_of_the_council_named_is_answered_from_its_report(board_reviews):
    index = board_reviews.load_index()
    scores = index.router.scores(QUESTION)
    assert max(scores, key=scores.get) == SURREY_BOARD_2015  # the title's words outweigh the council's name
    answer = board_reviews.ask(QUESTION)
    assert not answer.abstained
    assert {c.source for c in answer.citations} == {HILLINGDON_2014}
    assert " ".join(answer.citations[0].text.split()) == VERDICT


@pytest.mark.real
def test_the_board_named_by_its_council_is_still_its_review(board_reviews):
    answer = board_reviews.ask("How effective was the Surrey Safeguarding Children Board?")
    assert not answer.abstained and answer.citations[0].source == SURREY_BOARD_2015


@pytest.mark.real
def test_a_council_typed_in_lower_case_keeps_the_question_too(board_reviews):
    # "LSCB", read beside the spelt-out name, is a capitalised word of Surrey's review alone.
    answer = board_reviews.ask("how effective was the local safeguarding children board in hillingdon?")
    assert not answer.abstained
    assert {c.source for c in answer.citations} == {HILLINGDON_2014}
