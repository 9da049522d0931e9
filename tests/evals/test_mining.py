"""Hard negatives: the product's own near misses on its training questions, never another answer."""

import json
import random

import pytest

from assistant.evals.mining import answers_too, hard_negatives, mine
from assistant.evals.training import ofsted_pairs

REPORT = (
    "Inspection of Anytown children's services. "
    "Overall effectiveness: requires improvement. "
    "The overall judgement is requires improvement to be good. "
    "Leaders have reduced caseloads since 2021. "
    "Social workers told inspectors that caseloads are manageable. "
    "There were 412 children in care in March 2023. "
    "Care leavers said they felt supported by their personal advisers."
)


def candidate(text: str, sentence: str, probability: float, source: str = "anytown.txt") -> dict:
    start = text.index(sentence)
    return {"source": source, "start": start, "end": start + len(sentence), "probability": probability}


def test_a_sentence_holding_the_answers_own_words_or_number_answers_too():
    question = "What was the headline verdict on Anytown?"
    quote = "The overall judgement is requires improvement to be good."
    assert answers_too(question, quote, "Overall effectiveness: requires improvement.")
    assert not answers_too(question, quote, "Leaders have reduced caseloads since 2021.")
    assert answers_too("How many children were in care?", "There were 412 children in care in March 2023.", "In all, 412 children are looked after.")
    # a number the question itself gives is no answer
    assert not answers_too("What happened in 2021?", "Leaders have reduced caseloads since 2021.", "The 2021 review found delays.")


def test_hard_negatives_skip_the_answer_its_neighbour_other_answers_and_repeats():
    row = {"doc": "anytown.txt", "question": "What was the headline verdict on Anytown?", "quote": "The overall judgement is requires improvement to be good."}
    candidates = [
        candidate(REPORT, "The overall judgement is requires improvement to be good.", 0.9),
        candidate(REPORT, "Overall effectiveness: requires improvement.", 0.8),  # beside the answer, and an answer too
        candidate(REPORT, "Social workers told inspectors that caseloads are manageable.", 0.4),
        candidate(REPORT, "Social workers told inspectors that caseloads are manageable.", 0.4),
        candidate(REPORT, "Care leavers said they felt supported by their personal advisers.", 0.2),
        candidate(REPORT, "There were 412 children in care in March 2023.", 0.1),
    ]
    kept = hard_negatives(row, candidates, {"anytown.txt": REPORT}.get, per_question=2)
    assert [k["quote"] for k in kept] == [
        "Social workers told inspectors that caseloads are manageable.",
        "Care leavers said they felt supported by their personal advisers.",
    ]


def test_an_unanswerable_question_keeps_its_best_sentences():
    row = {"doc": "anytown.txt", "question": "Who chairs the safeguarding partnership?", "quote": ""}
    candidates = [candidate(REPORT, "Leaders have reduced caseloads since 2021.", 0.3), candidate(REPORT, "There were 412 children in care in March 2023.", 0.2)]
    kept = hard_negatives(row, candidates, {"anytown.txt": REPORT}.get, per_question=3)
    assert [k["probability"] for k in kept] == [0.3, 0.2]


def test_training_pairs_take_the_mined_negatives_only_when_asked(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "anytown.txt").write_text(REPORT, encoding="utf-8")
    (reports / "othertown.txt").write_text("Inspection of Othertown. Othertown is good. Its leaders are stable.", encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    question = "How many children were looked after?"
    rows.write_text(json.dumps({"doc": "anytown.txt", "question": question, "answerable": True, "quote": "There were 412 children in care in March 2023."}) + "\n")
    negatives = tmp_path / "negatives.jsonl"
    mined_sentence = "Care leavers said they felt supported by their personal advisers."
    negatives.write_text(json.dumps({"doc": "anytown.txt", "question": question, "negatives": [{"doc": "anytown.txt", "quote": mined_sentence}]}) + "\n")

    with_mined, _ = ofsted_pairs(rows, reports, random.Random(1), 1, negatives_path=negatives, mined_per_question=3)
    without, _ = ofsted_pairs(rows, reports, random.Random(1), 1, negatives_path=negatives, mined_per_question=0)
    mined_pairs = [p for p in with_mined if p.candidate.startswith(mined_sentence)]
    assert mined_pairs and all(p.label == 0.0 for p in mined_pairs)
    assert not [p for p in without if p.candidate.startswith(mined_sentence)]
    assert sum(p.label for p in with_mined) == 1.0  # still one answer


@pytest.mark.real
def test_mining_on_the_real_stack_keeps_near_misses_from_the_library(three_reports):
    """The shipped model, asked of real reports: it keeps sentences of the question's own report, never the answer's."""
    quote = "Social worker caseloads are high for some workers"
    rows = [
        {"doc": "ofsted-leeds-09-may-2022.pdf", "question": "Are social workers in Leeds overloaded with cases?", "answerable": True, "quote": quote},
        {"doc": "ofsted-bristol-10-march-2023.pdf", "question": "Who runs the fostering panel in Bristol?", "answerable": False},
    ]
    leeds = three_reports.document_text("ofsted-leeds-09-may-2022.pdf")
    assert quote in leeds
    mined = mine(three_reports, rows, per_question=3, log=lambda message: None)
    assert [row["question"] for row in mined] == [row["question"] for row in rows]
    assert all(1 <= len(row["negatives"]) <= 3 for row in mined)
    for row in mined:  # asked of its own report: another report's sentence may answer it there
        for negative in row["negatives"]:
            assert negative["doc"] == row["doc"]
            assert negative["quote"] in three_reports.document_text(negative["doc"])
    assert all(quote not in negative["quote"] for negative in mined[0]["negatives"])
