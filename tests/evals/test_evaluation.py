"""Metric functions on hand-made cases, the question sets' integrity, and the SQuAD importer."""

import json
import re
from pathlib import Path

import pytest

from assistant.documents.spans import sentence_spans
from assistant.domain import Answer, Chunk, Citation, Passage
from assistant.evals.evaluation import (
    GoldSpan,
    Question,
    check_bounds,
    first_hit_rank,
    gold_spans,
    holds_gold,
    keyword_recall,
    load_questions,
    percentile,
    score_question,
    same_words_spans,
    summarise,
)
from assistant.paths import DEFAULT_CORPUS_DIR, EVALS_DIR
from assistant.evals.squad import import_squad

GOLD = [GoldSpan("a.txt", 100, 140)]  # a 40-character quote


def cite(source, start, end, n=1):
    return Citation(n=n, source=source, start=start, end=end, text="x", score=1.0)


def passage(source, start, end, rank=1):
    return Passage(Chunk("id", source, start, end, 0, "x"), score=1.0, rank=rank)


@pytest.mark.parametrize(
    "doc, start, end, expected",
    [
        ("a.txt", 100, 140, True),  # exactly the quote
        ("a.txt", 90, 200, True),  # a passage containing it
        ("b.txt", 100, 140, False),  # the right span in the wrong document
        ("a.txt", 130, 200, False),  # overlaps a little (10 of 40)
        ("a.txt", 120, 200, True),  # overlaps half (20 of 40)
        ("a.txt", 121, 200, False),  # just under half
        ("a.txt", 0, 100, False),  # touches, no overlap
    ],
)
def test_holds_gold(doc, start, end, expected):
    assert holds_gold(doc, start, end, GOLD) is expected


def test_a_gold_quote_is_found_in_another_layout_of_the_same_words():
    """A judgement table's row states what the summary's line does: both hold the quote."""
    text = (
        "Judgement | Grade\nThe experiences and progress of care leavers | Good\n\n"
        "Summary. The experiences and progress of care leavers: good\n"
        "The experiences and progress of care leavers: goodness knows."
    )
    quote = "The experiences and progress of care leavers: good"
    question = Question("q", "How were care leavers rated?", True, ({"doc": "a.txt", "quote": quote},), ())
    found = [text[g.start : g.end] for g in gold_spans(question, lambda doc: text)]
    assert found[0] == quote  # the exact occurrence first
    assert "The experiences and progress of care leavers | Good" in found
    assert not any("goodness" in f for f in found)  # whole words only
    assert same_words_spans("care leavers good", "good") == []  # too short to be told apart
    assert same_words_spans(text, "progress of care leaver") == []  # a word cut short is not the word


def test_rank_keywords_and_percentiles():
    passages = [passage("b.txt", 0, 500, 1), passage("a.txt", 0, 90, 2), passage("a.txt", 95, 300, 3)]
    assert first_hit_rank(passages, GOLD) == 3
    assert first_hit_rank(passages[:2], GOLD) is None
    assert keyword_recall("It opened on 3 March 2019.", ["3 March 2019", "pier"]) == 0.5
    assert keyword_recall("anything", []) is None
    assert percentile([5, 1, 3, 2, 4], 0.5) == 3 and percentile([1.0] * 18 + [100.0] * 2, 0.95) == 100.0 and percentile([1.0] * 19 + [100.0], 0.95) == 1.0


def test_right_and_wrong_abstentions_and_citations():
    answerable = Question("q1", "When?", True, ({"doc": "a.txt", "quote": "q"},), ("2019",))
    unanswerable = Question("q2", "Who?", False, (), ())
    right = Answer("When?", "In 2019. [1] Also this. [2]", False, (cite("a.txt", 100, 140, 1), cite("b.txt", 0, 10, 2)))
    abstain = Answer("Who?", "The review texts do not answer this.", True)
    wrong_answer = Answer("Who?", "Somebody. [1]", False, (cite("a.txt", 0, 10),))
    passages = [passage("a.txt", 90, 200)]
    rows = [
        {"answerable": True, **score_question(answerable, right, passages, GOLD, 10.0)},
        {"answerable": True, **score_question(answerable, Answer("When?", "x", True), passages, GOLD, 20.0)},
        {"answerable": False, **score_question(unanswerable, abstain, [], [], 30.0)},
        {"answerable": False, **score_question(unanswerable, wrong_answer, [], [], 40.0)},
    ]
    assert rows[0]["failure"] is None
    assert "abstained on an answerable question" in rows[1]["failure"]
    assert rows[2]["failure"] is None
    assert "answered a question the texts do not answer" in rows[3]["failure"]
    summary = summarise(rows)
    assert summary["recall_at_1"] == 1.0
    assert summary["citation_recall"] == 0.5  # one of two answerable questions cites gold
    assert summary["citation_precision"] == pytest.approx(1 / 3, abs=1e-4)  # 1 correct of 3 citations in all
    assert summary["abstain_unanswerable"] == 0.5
    assert summary["answered_answerable"] == 0.5 and summary["false_abstain_rate"] == 0.5
    assert summary["keyword_recall"] == 0.5
    assert check_bounds(summary, {"citation_recall": 0.4}) == []
    assert "below the bound" in check_bounds(summary, {"citation_recall": 0.6})[0]


def test_shipped_question_set_gold_quotes_are_exact_substrings():
    questions = load_questions(EVALS_DIR / "shipped.jsonl")
    assert len(questions) >= 40 and sum(not q.answerable for q in questions) >= 10
    for q in questions:
        for gold in q.gold:
            text = (DEFAULT_CORPUS_DIR / gold["doc"]).read_text(encoding="utf-8")
            assert gold["quote"] in text, q.id
        assert q.answerable == bool(q.gold) == bool(q.keywords)


@pytest.mark.parametrize("name", ["squad-test-1000.jsonl", "squad-tune-400.jsonl"])
def test_squad_sets_are_balanced_disjoint_and_from_their_own_articles(name):
    from assistant.evals.squad import squad_splits
    from assistant.paths import SQUAD_DEV_FILE

    questions = load_questions(EVALS_DIR / "squad" / name)
    answerable = sum(q.answerable for q in questions)
    assert answerable * 2 == len(questions)
    other = {"squad-test-1000.jsonl": "squad-tune-400.jsonl", "squad-tune-400.jsonl": "squad-test-1000.jsonl"}[name]
    assert not {q.id for q in questions} & {q.id for q in load_questions(EVALS_DIR / "squad" / other)}
    if SQUAD_DEV_FILE.exists():  # never a question from an article the answer model trained on
        data = json.loads(SQUAD_DEV_FILE.read_text(encoding="utf-8"))["data"]
        splits = squad_splits(a["title"] for a in data)
        article_of = {qa["id"]: a["title"] for a in data for p in a["paragraphs"] for qa in p["qas"]}
        wanted = "test" if "test" in name else "tune"
        assert {splits[article_of[q.id]] for q in questions} == {wanted}


def test_squad_import_keeps_paragraphs_and_gold_sentences(tmp_path):
    context = "The pier opened in 1901. It closed in 1990 after a storm. Tourists still visit."
    data = {
        "data": [
            {
                "title": "Old_Pier",
                "paragraphs": [
                    {
                        "context": context,
                        "qas": [
                            {"id": "a1", "question": "When did it close?", "is_impossible": False,
                             "answers": [{"text": "1990", "answer_start": context.index("1990")}]},
                            {"id": "u1", "question": "Who built it?", "is_impossible": True, "answers": []},
                        ],
                    },
                    {"context": "Second paragraph here.", "qas": []},
                ],
            }
        ]
    }
    source = tmp_path / "squad.json"
    source.write_text(json.dumps(data))
    stats = import_squad(source, tmp_path / "corpus", tmp_path / "q.jsonl", sample=None)
    assert stats == {"articles": 1, "questions": 2, "answerable": 1, "unanswerable": 1}
    text = (tmp_path / "corpus" / "01_Old_Pier.txt").read_text()
    assert text == f"Old Pier\n\n{context}\n\nSecond paragraph here.\n\n"
    rows = {q.id: q for q in load_questions(tmp_path / "q.jsonl")}
    assert rows["a1"].gold[0]["quote"] == "It closed in 1990 after a storm."
    assert rows["a1"].answers == ("1990",) and not rows["u1"].answerable and rows["u1"].gold == ()


def test_bad_question_files_are_named(tmp_path):
    from assistant.evals.evaluation import QuestionSetError

    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "x", "question": "q", "answerable": true, "gold": [], "keywords": []}\n')
    with pytest.raises(QuestionSetError, match="q.jsonl: line 1 .* no gold quote"):
        load_questions(path)
    path.write_text("not json\n")
    with pytest.raises(QuestionSetError, match="line 1 is not a valid question"):
        load_questions(path)
    path.write_bytes(b"\xff\xfe\n")
    with pytest.raises(QuestionSetError, match="q.jsonl: is not UTF-8 text"):
        load_questions(path)


@pytest.mark.parametrize(
    "line, reason",
    [
        ("[1, 2, 3]", "a JSON object is needed, not list"),
        ('{"id": "e", "question": "q", "answerable": true, "gold": [{"doc": "a.txt"}]}', "each gold entry must be"),
        ('{"id": "e", "question": "q", "answerable": true, "gold": ["a.txt"]}', "each gold entry must be"),
        ('{"id": "f", "turns": "not a list", "gold": [{"doc": "a.txt", "quote": "x y z w"}]}', "'turns' must be a list"),
        ('{"id": "g", "question": " ", "answerable": false}', "the question is empty"),
        ('{"id": "h", "turns": ["Who?", ""], "gold": [{"doc": "a.txt", "quote": "x y z w"}]}', "the question is empty"),
        ('{"id": "i", "question": 5, "answerable": false}', "'question' must be a string, not 5"),
        ('{"id": "j", "question": "q", "answerable": "no"}', "'answerable' must be true or false"),
        ('{"id": ["j"], "question": "q", "answerable": false}', "'id' must be a string or a whole number"),
        ('{"id": true, "question": "q", "answerable": false}', "'id' must be a string or a whole number"),
        ('{"question": "q", "answerable": false}', "'id' is missing"),
        ('{"id": "k", "question": "q"}', "'answerable' is missing"),
        ('{"id": "l", "turns": ["Who?", 3], "gold": [{"doc": "a.txt", "quote": "x y z w"}]}', "'turns' items must be a string"),
    ],
)
def test_a_malformed_question_line_is_named_with_its_line(tmp_path, line, reason):
    from assistant.evals.evaluation import QuestionSetError

    path = tmp_path / "q.jsonl"
    good = '{"id": "a", "question": "q", "answerable": false}'
    path.write_text(f"{good}\n{line}\n")
    with pytest.raises(QuestionSetError, match=f"q.jsonl: line 2 is not a valid question \\({re.escape(reason)}"):
        load_questions(path)


def test_a_gold_quote_outside_the_index_stops_the_run_before_any_question(shipped_assistant, monkeypatch, tmp_path, capsys):
    from assistant import cli

    monkeypatch.setattr(cli, "make_assistant", lambda settings: shipped_assistant)
    asked = []
    monkeypatch.setattr(shipped_assistant, "ask", lambda *a, **k: asked.append(a))
    path = tmp_path / "q.jsonl"
    path.write_text(
        '{"id": "a", "question": "When?", "answerable": true, "gold": [{"doc": "004_256014053818b57a.txt", "quote": "17 January 2015"}]}\n'
        '{"id": "d", "question": "Who?", "answerable": true, "gold": [{"doc": "missing.txt", "quote": "not in any document"}]}\n'
    )
    assert cli.main(["eval", str(path), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"assistant: error: {path}: question d: its gold quote is not found in the indexed documents (missing.txt)"
    assert not asked and "Traceback" not in "".join(err)


def test_a_question_limited_to_documents_is_asked_within_them(tmp_path):
    """``documents`` in a question set: asked as a person does with /doc, retrieval included."""
    from assistant.evals.evaluation import RunConfig, evaluate

    path = tmp_path / "set.jsonl"
    rows = [
        {"id": "in", "question": "When?", "answerable": True, "gold": [{"doc": "a.txt", "quote": "in May"}], "keywords": [], "documents": ["a.txt"]},
        {"id": "all", "question": "Who?", "answerable": False, "gold": [], "keywords": []},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    questions = load_questions(path)
    assert [q.documents for q in questions] == [("a.txt",), ()]

    class Recording:
        asked, retrieved = [], []

        def document_text(self, doc):
            return "It closed in May." if doc == "a.txt" else None

        def ask(self, question, **options):
            self.asked.append(options.get("documents"))
            return Answer(question, "The review texts do not answer this.", True)

        def retrieve(self, question, **options):
            self.retrieved.append(options.get("documents"))
            return [], None

    stub = Recording()
    evaluate(stub, questions, RunConfig("model"))
    assert stub.asked == [("a.txt",), None] and stub.retrieved == [("a.txt",), None]


def test_gold_coverage_is_the_share_of_gold_quotes_some_citation_holds():
    """A list or a two-part question has several gold quotes; citing one of three covers a third."""
    gold = [GoldSpan("a.txt", 100, 140), GoldSpan("a.txt", 200, 240), GoldSpan("a.txt", 300, 340)]
    question = Question("q", "What needs to improve?", True, ({"doc": "a.txt", "quote": "x"},) * 3, ())
    one = Answer(question.question, "x [1]", False, (cite("a.txt", 100, 140),))
    all_three = Answer(question.question, "x", False, tuple(cite("a.txt", g.start, g.end, n) for n, g in enumerate(gold, 1)))
    scored = [score_question(question, a, [], gold, 1.0)["scores"]["gold_coverage"] for a in (one, all_three)]
    assert scored == [pytest.approx(1 / 3), 1.0]
    rows = [{"answerable": True, **score_question(question, a, [], gold, 1.0)} for a in (one, all_three)]
    assert summarise(rows)["gold_coverage"] == pytest.approx(2 / 3, abs=1e-4)  # summaries are rounded
