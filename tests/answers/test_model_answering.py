"""The model answerer's choices around the model: a stub model gives every sentence the same logit,
so what decides is what the answerer adds (the named documents, the threshold)."""

import numpy as np
import pytest

from assistant.answers.model_answering import ModelAnswerer
from assistant.domain import Chunk, Passage

TEXTS = {
    "kent.txt": "Kent County Council. Care leavers in Kent live in suitable homes in most cases.",
    "medway.txt": "Medway Council. Care leavers in Medway live in suitable homes in most cases.",
}


class SameLogitModel:
    temperature = 1.0
    bias = 0.0

    def __init__(self, logit: float = 0.0):
        self.logit = logit

    def logits(self, question, texts):
        return np.full(len(texts), self.logit, dtype=np.float32)


def _passages(first: str) -> list[Passage]:
    order = [first] + [d for d in TEXTS if d != first]
    return [
        Passage(Chunk(f"c-{d}", d, 0, len(TEXTS[d]), 0, TEXTS[d]), 1.0 / rank, rank) for rank, d in enumerate(order, 1)
    ]


def _answer(answerer: ModelAnswerer, named=frozenset(), first="kent.txt"):
    return answerer.answer(
        "Where do care leavers in Medway live?",
        _passages(first),
        top_k=2,
        titles={d: d for d in TEXTS},
        document_text=TEXTS.get,
        named=set(named),
    )


@pytest.mark.parametrize("first", ["kent.txt", "medway.txt"])
def test_a_named_documents_sentence_wins_a_tie_whatever_the_first_stage_said(first):
    answer = _answer(ModelAnswerer(SameLogitModel(), threshold=0.1, named_weight=2.0), named={"medway.txt"}, first=first)
    assert [c.source for c in answer.citations] == ["medway.txt"]
    by_doc = {c.source: c.probability for c in answer.explanation.candidates}
    # The other council's sentence is discounted by exactly the weight, on the logit scale.
    assert by_doc["medway.txt"] == pytest.approx(0.5)
    assert by_doc["kent.txt"] == pytest.approx(1 / (1 + np.exp(2.0)), abs=1e-6)
    assert answer.passages[0].chunk.doc_id == "medway.txt"  # the reranked passages follow


def test_without_a_naming_or_without_the_weight_nothing_is_discounted():
    for answerer, named in ((ModelAnswerer(SameLogitModel(), threshold=0.1, named_weight=2.0), set()),
                            (ModelAnswerer(SameLogitModel(), threshold=0.1, named_weight=0.0), {"medway.txt"})):
        answer = _answer(answerer, named=named)
        assert [c.probability for c in answer.explanation.candidates] == pytest.approx([0.5, 0.5])
        assert answer.citations[0].source == "kent.txt"  # the first stage's order breaks the tie


def test_a_discounted_sentence_under_the_threshold_is_not_quoted():
    answer = _answer(ModelAnswerer(SameLogitModel(logit=-1.0), threshold=0.2, named_weight=2.0), named={"kent.txt"})
    # Kent's sentence: sigmoid(-1) = 0.27 clears 0.2; Medway's: sigmoid(-3) = 0.05 does not.
    assert [c.source for c in answer.citations] == ["kent.txt"]


REPORT = (
    "Inspection of Leeds local authority children's services. Inspection dates: 21 February to 4 March 2022. "
    "Leeds has a long history of working with families in their own communities across the city. "
    "The experiences and progress of care leavers: good\n"
    "Young people in Leeds who leave care are helped to find homes and work near their families."
)


def _report_answer(question: str, weight: float, candidates: int = 32):
    passage = Passage(Chunk("c-leeds", "leeds.txt", 0, len(REPORT), 0, REPORT), 1.0, 1)
    answerer = ModelAnswerer(SameLogitModel(logit=-1.0), threshold=0.1, judgement_weight=weight, candidates=candidates)
    return answerer.answer(question, [passage], top_k=1, titles={"leeds.txt": "Leeds"}, document_text={"leeds.txt": REPORT}.get)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Children who need help and protection | Inadequate", True),
        ("The experiences and progress of care leavers: good", True),
        ("Overall effectiveness | Requires improvement to be good", True),
        ("Children’s services in Sunderland are inadequate", True),
        ("Capacity to improve | Adequate Grade 3", True),  # the scale before 2014
        ("Inspection dates: 11 to 15 September 2023", False),
        ("Social workers in Leeds visit children regularly and know them well.", False),
    ],
)
def test_judgement_rows_and_verdicts_are_recognised(sentence, expected):
    from assistant.answers.model_answering import states_judgement

    assert states_judgement(sentence) is expected


def test_a_question_asking_a_judgement_prefers_the_sentence_stating_one():
    answer = _report_answer("How was Leeds graded for its support to young adults leaving care?", 4.0)
    assert answer.citations[0].text == "The experiences and progress of care leavers: good"
    by_text = {c.text: c.probability for c in answer.explanation.candidates}
    assert by_text["The experiences and progress of care leavers: good"] == pytest.approx(1 / (1 + np.exp(-3.0)))
    # --explain says why that sentence scores higher than the model alone would have it
    from assistant.answers.explain import explain_lines

    assert answer.explanation.notes == ("the question asks for a judgement: 1 sentence(s) stating one gained 4 on the logit",)
    assert "Note: the question asks for a judgement: 1 sentence(s) stating one gained 4 on the logit" in explain_lines(answer)
    assert answer.explanation.to_json()["notes"] == list(answer.explanation.notes)


def test_judgements_are_read_even_when_the_words_would_leave_them_out():
    # One sentence read by the pre-filter's words; the judgement row joins it all the same.
    answer = _report_answer("How was Leeds graded for its support to young adults leaving care?", 4.0, candidates=1)
    assert "The experiences and progress of care leavers: good" in {c.text for c in answer.explanation.candidates}
    assert answer.citations[0].text == "The experiences and progress of care leavers: good"


@pytest.mark.parametrize(
    "question, asks",
    [
        ("How did inspectors rate services for young people who have left care?", True),
        ("What grade did Lewisham's leaving-care service get?", True),
        ("What was Ofsted's headline verdict on Birmingham?", True),
        ("At what rate were children re-referred in 2015?", False),
        ("How many children were in care, and at what rate per 10,000?", False),
    ],
)
def test_questions_asking_for_a_judgement_are_recognised(question, asks):
    from assistant.answers.model_answering import _ASKS_JUDGEMENT

    assert bool(_ASKS_JUDGEMENT.search(question)) is asks


def test_no_judgement_asked_or_no_weight_changes_nothing():
    for question, weight in (("Where do young people who leave care in Leeds live?", 4.0), ("How was Leeds graded for care leavers?", 0.0)):
        answer = _report_answer(question, weight)
        assert {round(c.probability, 4) for c in answer.explanation.candidates} == {round(1 / (1 + np.exp(1.0)), 4)}
        assert answer.explanation.notes == ()
