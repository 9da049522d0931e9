"""How ``ask`` prints an answer for people: the reading it answered, when not the question as typed."""

from assistant.cli import format_answer
from assistant.domain import Answer


def test_the_reading_is_printed_above_the_answer_when_it_differs_from_the_question():
    mended = Answer("When were Barnsly's services inspected?", "The review texts do not answer this.", True, read_as="When were Barnsley's services inspected?")
    assert format_answer(mended).splitlines()[:2] == ["(read as: When were Barnsley's services inspected?)", ""]
    plain = Answer("When were Barnsley's services inspected?", "The review texts do not answer this.", True)
    assert not format_answer(plain).startswith("(read as")
