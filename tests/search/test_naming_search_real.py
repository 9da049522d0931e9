"""On the real stack: within the report a question names, keyword search leaves out the words that
name it ("Barnsley"): the report says "Barnsley" in passage after passage, so counted, they rank
passages that name the council above the one that answers."""

from dataclasses import replace

import pytest

from tests.conftest import THREE_REPORTS

BARNSLEY = THREE_REPORTS[2]
QUESTION = "What was the problem with the written warnings Barnsley sends parents ahead of going to court?"
ANSWER = "Letters before proceedings include too much social work and legal jargon"


def _answer_rank(assistant) -> int | None:
    passages, _ = assistant.retrieve(QUESTION, top_k=40)
    text = assistant.load_index().documents[BARNSLEY].text
    start = text.index(ANSWER)
    ranks = [p.rank for p in passages if p.chunk.doc_id == BARNSLEY and p.chunk.start <= start < p.chunk.end]
    return ranks[0] if ranks else None


@pytest.mark.real
def test_the_words_naming_the_report_do_not_rank_its_passages(three_reports):
    from assistant.core import Assistant

    ranked = _answer_rank(three_reports)
    assert ranked is not None and ranked <= 3
    answer = three_reports.ask(QUESTION)
    assert any(
        note.startswith("the search within the report asked about did not count Barnsley") for note in answer.explanation.notes
    )

    counted = Assistant(replace(three_reports.settings, naming_words="prefilter"), embedder=three_reports.embedder)
    counted_rank = _answer_rank(counted)
    assert counted_rank is None or counted_rank > ranked
    assert not any("search within the report" in note for note in counted.ask(QUESTION).explanation.notes)
