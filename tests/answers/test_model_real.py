"""The shipped answer model on the real stack: its checksum, and questions asked in a person's words."""

import json
import threading

import numpy as np
import pytest

from assistant.answers.model import CARD_FILE, MODEL_DIR, AnswerModel, file_sha256


def test_the_shipped_weights_match_their_model_card():
    card = json.loads((MODEL_DIR / CARD_FILE).read_text(encoding="utf-8"))
    weights = MODEL_DIR / card["weights"]
    assert file_sha256(weights) == card["sha256"] and weights.stat().st_size == card["size_bytes"] <= 30_000_000
    assert {"train", "tune", "test"} == set(card["data"]["squad"]["articles"])
    splits = card["data"]["squad"]["articles"]
    assert not set(splits["train"]) & (set(splits["tune"]) | set(splits["test"]))  # never one article in two splits
    assert (MODEL_DIR / "MODEL_CARD.md").exists()


@pytest.mark.real
def test_the_model_prefers_the_answering_sentence():
    model = AnswerModel()
    p = model.probabilities(
        "When was Ali first referred to Prevent?",
        [
            "As a result, in October 2014, Ali was referred to Prevent for the first time.",
            "They also made reference to a forthcoming ‘final visit’.",
            "The Government promised to publish the Prevent Learning Review after the report was published.",
        ],
    )
    assert p[0] > max(p[1], p[2])


class _Spy:
    """A session that records what each run was given, then runs it."""

    def __init__(self, session, runs: list):
        self.session, self.runs, self.readers = session, runs, set()

    def run(self, out, feed):
        self.runs.append(feed["input_ids"].shape)
        self.readers.add(threading.current_thread().name)
        return self.session.run(out, feed)


def _spy_on_runs(model: AnswerModel) -> list:
    """The shapes of the runs ``model`` is given from now on (from whichever thread reads them)."""
    model.load()
    runs: list = []
    model._session = _Spy(model._session, runs)
    return runs


SENTENCES = [
    "As a result, in October 2014, Ali was referred to Prevent for the first time.",
    "They also made reference to a forthcoming ‘final visit’.",
    "The Government promised to publish the Prevent Learning Review after the report was published.",
    "Ali Harbi Ali is serving a whole life order.",
    "The reviewer found that the assessment of the perpetrator’s vulnerabilities was problematic, and this "
    "ultimately led to questionable decision making and sub-optimal handling of the case during the time he "
    "was engaged with Prevent and Channel.",
]


@pytest.mark.real
def test_the_model_scores_in_runs_of_like_length_and_scores_the_same_sentences_alike():
    """Runs of ``batch_size`` sentences, shortest first: a run pads only to its own longest."""
    question = "When was Ali first referred to Prevent?"
    model = AnswerModel(batch_size=2)
    widths = _spy_on_runs(model)
    grouped = model.logits(question, SENTENCES)
    by_width = sorted(widths, key=lambda shape: shape[1])  # runs may finish in any order, side by side
    assert [rows for rows, _ in by_width] == [2, 2, 1] and by_width[0][1] < by_width[-1][1]  # like lengths run together
    alone = model._run(question, SENTENCES, batch_size=1)  # past the memo of the question just scored
    # int8 activations are quantised per run, so a run's company nudges a score, never much:
    # the answering sentence leads by about 6 on the logit either way
    assert abs(grouped - alone).max() < 1.0 and grouped.argmax() == alone.argmax() == 0


@pytest.mark.real
def test_runs_read_side_by_side_score_exactly_as_one_session_reading_them_in_turn():
    """Two cores: each run read by one thread, two runs at once; the scores do not move at all."""
    question = "When was Ali first referred to Prevent?"
    one = AnswerModel(threads=1, batch_size=2)
    one.load()
    two = AnswerModel(threads=2, batch_size=2)
    runs = _spy_on_runs(two)
    assert two._pool is not None and one._pool is None
    assert np.array_equal(one._run(question, SENTENCES, 2), two._run(question, SENTENCES, 2)) and len(runs) == 3
    assert np.array_equal(one._run(question, SENTENCES, 1), two._run(question, SENTENCES, 1)) and len(runs) == 8
    assert {name.startswith("answer-model") for name in two._session.readers} == {True}  # read by the pool


@pytest.mark.real
def test_sentences_read_for_the_same_question_just_before_are_not_read_again():
    """A question asked of a council's newest report, then of the library, reads only what is new."""
    model = AnswerModel()
    read = _spy_on_runs(model)
    question = "When was Ali first referred to Prevent?"
    first = model.logits(question, ["As a result, in October 2014, Ali was referred to Prevent for the first time.", "Ali Harbi Ali is serving a whole life order."])
    again = model.logits(question, ["Ali Harbi Ali is serving a whole life order.", "They also made reference to a forthcoming ‘final visit’.", "Ali Harbi Ali is serving a whole life order."])
    assert [rows for rows, _ in read] == [2, 1]  # only the new sentence, once
    assert again[0] == again[2] == first[1]
    model.logits("Who referred Ali?", ["Ali Harbi Ali is serving a whole life order."])
    assert [rows for rows, _ in read] == [2, 1, 1]  # another question reads everything afresh


@pytest.mark.real
@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("What risk level did Channel assign to Ali before closing the case?", "‘very low’"),
        ("What did the Amess family complain about?", "Essex Police"),
        ("On what date did the intervention provider meet Ali?", "17 January 2015"),
    ],
)
def test_questions_in_a_persons_words_are_answered_with_the_right_sentence(shipped_assistant, question, quoted):
    answer = shipped_assistant.ask(question)
    assert not answer.abstained and answer.explanation.answerer == "model"
    assert any(quoted in c.text for c in answer.citations)


@pytest.mark.real
def test_a_retrained_model_folder_is_used_when_named_and_checked_like_the_shipped_one(real_embedder, shipped_copy, tmp_path):
    """ASSISTANT_ANSWER_MODEL: try a model from `train-answer-model --out DIR` before it replaces the shipped one."""
    import shutil

    from assistant.core import Assistant, AssistantError
    from assistant.settings import Settings

    mine = tmp_path / "model"
    shutil.copytree(MODEL_DIR, mine)
    settings = Settings.from_env({"ASSISTANT_ANSWER_MODEL": str(mine)}, corpus_dir=shipped_copy, index_dir=tmp_path / "index")
    assistant = Assistant(settings, embedder=real_embedder)
    assistant.prepare(build=True)
    answer = assistant.ask("What risk level did Channel assign to Ali before closing the case?")
    assert not answer.abstained and any("very low" in c.text for c in answer.citations)
    assert assistant._model_answerer.model.model_dir == mine

    weights = mine / json.loads((mine / CARD_FILE).read_text(encoding="utf-8"))["weights"]
    weights.write_bytes(weights.read_bytes()[:-1] + b"\0")  # one byte changed
    damaged = Assistant(settings, embedder=real_embedder)
    with pytest.raises(AssistantError, match="checksum"):
        damaged.load_answer_model()


@pytest.mark.real
def test_a_close_second_is_quoted_after_the_best_and_both_check_out(shipped_assistant):
    """"How late was the 12 month review conducted?": the model scores two sentences about the
    review almost alike (0.80 and 0.80), so both are quoted; with the setting off, only the best."""
    from dataclasses import replace

    from assistant.answers.answering import citation_problems
    from assistant.core import Assistant

    question = "How late was the 12 month review conducted?"
    answer = shipped_assistant.ask(question)
    assert "Also possible: " in answer.text and len(answer.citations) >= 2
    first, second = answer.citations[0], answer.citations[-1]
    assert second.score >= 0.8 * first.score
    assert citation_problems(answer, shipped_assistant.document_text) == []
    alone = Assistant(replace(shipped_assistant.settings, model_runner_up=0.0), embedder=shipped_assistant.embedder).ask(question)
    assert "Also possible" not in alone.text and alone.citations[0].text == first.text


@pytest.mark.real
@pytest.mark.parametrize(
    "question", ["What was the name of the intervention provider?", "What was the name of the intervention provider who met Ali?"]
)
def test_a_persons_name_the_texts_never_give_is_not_answered(shipped_assistant, question):
    """The texts call the intervention provider "an 'Intervention Provider' (IP)" and never name them:
    no sentence holds a name the question does not, so every one is discounted and none clears the
    threshold; the explanation says why."""
    answer = shipped_assistant.ask(question)
    assert answer.abstained and not answer.citations
    assert any("a person's name" in note for note in answer.explanation.notes)


@pytest.mark.real
def test_a_persons_name_the_texts_give_is_answered_with_it(shipped_assistant):
    answer = shipped_assistant.ask("What is the name of the minister who spoke to MPs about the review?")
    assert not answer.abstained and "Dan Jarvis" in answer.citations[0].text


@pytest.mark.real
def test_reading_the_skipped_passages_reorders_passages_and_leaves_the_answer_as_it_was(shipped_assistant, real_embedder):
    """ASSISTANT_RERANK_READ_EVERY_PASSAGE: the extra sentences are scored apart and never quoted,
    so the answer, its candidates and their scores are those of the run without them."""
    from dataclasses import replace

    from assistant.core import Assistant

    without = Assistant(replace(shipped_assistant.settings, rerank_read_every_passage="off"), embedder=real_embedder)
    without.prepare()
    question = "Why was the case closed in 2016?"
    on, off = shipped_assistant.ask(question, top_k=40), without.ask(question, top_k=40)
    assert [(c.source, c.start, c.end) for c in on.citations] == [(c.source, c.start, c.end) for c in off.citations]
    assert [(c.start, round(c.probability, 5)) for c in on.explanation.candidates] == [
        (c.start, round(c.probability, 5)) for c in off.explanation.candidates
    ]
    assert on.explanation.considered == off.explanation.considered
    assert any("only to order the passages" in note for note in on.explanation.notes)
    assert not any("only to order the passages" in note for note in off.explanation.notes)
    assert {p.chunk.id for p in on.passages} == {p.chunk.id for p in off.passages}  # the same first stage, reordered


@pytest.mark.real
def test_a_sentence_scored_alone_scores_the_same_whatever_else_is_read():
    """``logits_alone``: each sentence in a run of its own, so its score is the question's and the
    sentence's alone, as a run of one scores it; memoised for the question like ``logits``."""
    question = "When was Ali first referred to Prevent?"
    answer = "As a result, in October 2014, Ali was referred to Prevent for the first time."
    others = [
        "They also made reference to a forthcoming ‘final visit’.",
        "The reviewer found that the assessment of the perpetrator’s vulnerabilities was problematic, and this "
        "ultimately led to questionable decision making and sub-optimal handling of the case.",
    ]
    model = AnswerModel()
    model.load()
    with_others = model.logits_alone(question, [answer, *others])
    fresh = AnswerModel()
    by_itself = fresh.logits_alone(question, [answer])
    assert with_others[0] == by_itself[0] == fresh._run(question, [answer], 1)[0]
    read = _spy_on_runs(model)
    again = model.logits_alone(question, [others[1], answer])
    assert read == [] and again[1] == with_others[0]  # read just before: not read again
    model.logits_alone("Who referred Ali?", [answer])
    assert [rows for rows, _ in read] == [1]


@pytest.mark.real
@pytest.mark.parametrize("question", ["How late was the 12 month review conducted?", "On what date did the intervention provider meet Ali?"])
def test_the_answer_does_not_turn_on_how_many_sentences_share_a_run(shipped_assistant, question):
    """The best sentences are settled alone (``model_settle``): runs of 64, 16 or 3 sentences give
    the same quotes at the same probabilities, and so the same choice to answer or abstain."""
    from dataclasses import replace

    from assistant.core import Assistant

    def asked(batch: int):
        assistant = Assistant(replace(shipped_assistant.settings, model_batch=batch), embedder=shipped_assistant.embedder)
        answer = assistant.ask(question)
        return answer.abstained, [(c.source, c.start, c.end, c.score) for c in answer.citations]

    answers = {batch: asked(batch) for batch in (64, 16, 3)}
    assert not answers[64][0] and answers[64][1]
    assert answers[16] == answers[64] == answers[3]
