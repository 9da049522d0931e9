"""On the real stack: asked in plain words, the sentence in the reports' own term for them is
quoted. "Do Medway's children in care get counselling when they need it?" is searched with
"emotional health wellbeing CAMHS" beside "counselling" (search/plain_words.py), and the model,
reading the question as asked, liked "Services are monitored robustly by the joint commissioning
board …" best; the report's answer says "Child and adolescent mental health services (CAMHS)"."""

from dataclasses import replace

import pytest

from tests.conftest import MEDWAY_2013

QUESTION = "Do Medway's children in care get counselling when they need it?"


@pytest.mark.real
def test_a_sentence_in_the_reports_term_is_quoted_for_plain_words(medway_and_hillingdon):
    from assistant.core import Assistant

    answer = medway_and_hillingdon.ask(QUESTION)
    assert not answer.abstained
    first = answer.citations[0]
    assert first.source == MEDWAY_2013 and "CAMHS" in first.text, first.text
    assert any("the reports' terms" in note and "'CAMHS'" in note for note in answer.explanation.notes), answer.explanation.notes

    off = Assistant(replace(medway_and_hillingdon.settings, model_plain_words_weight=0.0), embedder=medway_and_hillingdon.embedder)
    without = off.ask(QUESTION)
    assert not any("the reports' terms" in note for note in without.explanation.notes)
    assert "CAMHS" not in without.citations[0].text, without.citations[0].text
