"""On the real stack: asked how a council was rated, the answer is the report's own verdict, not
the earlier inspection's that its opening facts give. Reports of 2014–2017 say, under "Previous
Ofsted inspections" (or "Other Ofsted inspections"), "The previous inspection of the local
authority’s arrangements for the protection of children was in March 2012. The local authority was
judged to be good." The sentence names no earlier inspection itself, and the model liked it: 28 of
96 such questions over the 32 reports written so were answered with it (README, Evaluation,
thirty-seventh session), Sunderland's 2015 report among them, whose own verdict is inadequate."""

import pytest

from tests.conftest import SUNDERLAND_2015


def _first(assistant, question, **kwargs):
    answer = assistant.ask(question, **kwargs)
    assert not answer.abstained, question
    return answer.citations[0], answer


@pytest.mark.real
def test_the_overall_verdict_is_the_reports_own_not_the_earlier_inspections(two_sunderlands):
    from assistant.answers.model_answering import states_earlier_verdict

    citation, answer = _first(two_sunderlands, "What was Ofsted's overall verdict on Sunderland's children's services in 2015?")
    assert citation.source == SUNDERLAND_2015
    quoted = " ".join(citation.text.split())
    assert "inadequate" in quoted.lower(), quoted
    # The earlier inspection's verdict was among the sentences weighed and gained nothing as a judgement.
    earlier = [c for c in answer.explanation.candidates if " ".join(c.text.split()) == "The local authority was judged to be good."]
    assert earlier and earlier[0].probability < answer.explanation.candidates[0].probability
    text = two_sunderlands.document_text(SUNDERLAND_2015)
    at = text.index("The local authority was judged to be good.")
    assert states_earlier_verdict(text[at : at + 42], previous=text[max(0, at - 200) : at].split(".")[-2] + ".")


@pytest.mark.real
def test_an_inspection_dated_in_the_sentence_is_an_earlier_one(medway_and_hillingdon):
    """Medway's 2013 report: "The inspection of safeguarding and looked after children arrangements in
    August 2011 judged overall effectiveness for looked after children as adequate." was quoted for
    its own grade, inadequate."""
    from tests.conftest import MEDWAY_2013

    question = "What overall grade did Ofsted give Medway's looked-after children services in 2013?"
    citation, _ = _first(medway_and_hillingdon, question, documents=[MEDWAY_2013])
    assert "inadequate" in citation.text.lower(), citation.text
    assert "2011" not in citation.text


@pytest.mark.real
def test_asked_for_a_grade_a_sentence_holding_none_is_no_answer(two_sunderlands):
    """"How were children looked after in … rated?" matched "a rate of 67 per 10,000 children": the
    count of children looked after was quoted beside (for Hackney's 2016 report, above) the row."""
    question = "How were children looked after in Sunderland rated in 2015?"
    answer = two_sunderlands.ask(question)
    quoted = [" ".join(c.text.split()) for c in answer.citations]
    assert quoted and quoted[0].startswith("Children looked after and achieving permanence |"), quoted
    assert not any("being looked after by the local authority" in q for q in quoted), quoted
    assert any("stating none lost" in note for note in answer.explanation.notes)
    # A question asking no grade is answered by the count as before.
    counted = two_sunderlands.ask("How many children were being looked after by Sunderland at the time of the 2015 inspection?")
    assert not any("stating none lost" in note for note in counted.explanation.notes)


@pytest.mark.real
def test_asked_for_a_grade_the_named_reports_table_is_read_whatever_the_search_found(two_sunderlands):
    """With three passages from the search, none of them the table's, the row is still read."""
    from dataclasses import replace

    from assistant.core import Assistant

    narrow = Assistant(replace(two_sunderlands.settings, candidates=3), embedder=two_sunderlands.embedder)
    question = "How were children looked after in Sunderland rated in 2015?"
    answer = narrow.ask(question)
    assert " ".join(answer.citations[0].text.split()).startswith("Children looked after and achieving permanence |")
    searched = {p.chunk.id for p in narrow.retrieve(question, top_k=3)[0]}
    assert not any("achieving permanence |" in p.chunk.text for p in answer.explanation.passages if p.chunk.id in searched)
    # Without the judgement preference the table is not looked for.
    unweighted = Assistant(replace(narrow.settings, model_judgement_weight=0.0), embedder=two_sunderlands.embedder)
    assert not any("achieving permanence |" in p.chunk.text for p in unweighted.ask(question).explanation.passages)


@pytest.mark.real
def test_an_earlier_inspection_asked_by_its_year_keeps_its_verdict(medway_and_hillingdon):
    """Asked about the inspection a sentence dates, by its year ("… in August 2011 …"), that sentence
    is the answer, not an earlier verdict to pass over (a hostile probe: "How did the inspection of
    Tower Hamlets in July 2012 judge services?")."""
    from tests.conftest import MEDWAY_2013

    question = "How did the August 2011 inspection of Medway judge overall effectiveness for looked after children?"
    citation, _ = _first(medway_and_hillingdon, question, documents=[MEDWAY_2013])
    assert "August 2011" in citation.text, citation.text


def test_a_sentence_dating_an_earlier_inspection_is_recognised_however_far_its_date():
    from assistant.answers.model_answering import dates_earlier_inspection

    assert dates_earlier_inspection("The previous inspection of the local authority’s arrangements for the protection of children was in March 2014.")
    assert dates_earlier_inspection("The previous inspection of Hartlepool’s fostering service was in August 2012.")
    assert not dates_earlier_inspection("The previous inspection found weaknesses in the front door.")
    assert not dates_earlier_inspection("Inspection dates: 16 to 27 January 2023")
