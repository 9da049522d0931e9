"""Document furniture on the real stack: a publisher's contact lines and licence, which every
report repeats, are never quoted (documents/furniture.py)."""

import pytest

from assistant.documents.furniture import furniture_key


def test_the_reports_shared_contact_lines_are_furniture_and_never_quoted(three_reports):
    index = three_reports.load_index()
    assert furniture_key("Interested in our work?") in index.furniture
    assert not any("leeds" in key or "bristol" in key or "barnsley" in key for key in index.furniture)
    for question in ("What did Ofsted say about Barnsley's social workers?", "How can I contact Ofsted about the Leeds report?"):
        answer = three_reports.ask(question)
        assert not any(furniture_key(c.text) in index.furniture for c in answer.citations), question


def test_a_picture_credit_is_never_quoted_and_a_caption_that_states_something_is(shipped_assistant):
    """The press copy keeps its pictures' credits: "David Amess (Image: …Getty Imag)" answered
    "Which constituency did David Amess represent?" (a probe); the statue's caption states a fact."""
    for question in ("Which constituency did David Amess represent?", "Who killed Sir David Amess?"):
        answer = shipped_assistant.ask(question)
        assert not any("(Image:" in c.text or "(Photo:" in c.text for c in answer.citations if len(c.text.split()) < 8), question
    # (It also quoted "… David Amess, the MP for Southend West." beside the best, at 0.104 against
    # the 0.10 threshold, by the company its run kept; settled alone it scores 0.097 and is not
    # quoted: README, Evaluation, forty-first session.)
    statue = shipped_assistant.ask("Was Sir David given a statue?")
    assert not statue.abstained and "statue in Southend" in statue.text


@pytest.mark.real
def test_a_line_titling_a_picture_is_not_quoted(shipped_assistant):
    # A probe: "A statue of Sir David Amess", the line over a press photo's caption, was quoted.
    answer = shipped_assistant.ask("Who was responsible for the killing of Sir David Amess?")
    assert not any(c.text == "A statue of Sir David Amess" for c in answer.citations)
    assert any("picture caption" in note for note in answer.explanation.notes)
