"""A few training steps on a tiny split run end to end: pairs, training, ONNX int8, model card."""

import json

import pytest

from assistant.answers.model import AnswerModel, AnswerModelError, file_sha256
from assistant.evals.squad import squad_splits
from assistant.evals.training import TrainConfig, average_weights, overlap, plausible_pair, squad_pairs, terms, train
from assistant.paths import SQUAD_DEV_FILE

pytestmark = pytest.mark.skipif(not SQUAD_DEV_FILE.exists(), reason="SQuAD 2.0 dev is not beside the project")


@pytest.fixture(scope="module")
def tiny_squad(tmp_path_factory):
    """Six articles, two paragraphs each: every split gets articles, nothing crosses splits."""
    data = json.loads(SQUAD_DEV_FILE.read_text(encoding="utf-8"))
    tiny = {"version": "v2.0", "data": [dict(a, paragraphs=a["paragraphs"][:2]) for a in data["data"][:6]]}
    path = tmp_path_factory.mktemp("squad") / "tiny.json"
    path.write_text(json.dumps(tiny), encoding="utf-8")
    return path


def test_splits_are_by_article_and_seeded():
    titles = [f"Article {i}" for i in range(35)]
    first, again = squad_splits(titles), squad_splits(list(reversed(titles)))
    assert first == again
    counts = {s: sum(v == s for v in first.values()) for s in ("train", "tune", "test")}
    assert counts["train"] > counts["test"] > counts["tune"] > 0


def test_pairs_have_positives_for_answerable_and_only_negatives_for_unanswerable(tiny_squad):
    import random

    pairs = squad_pairs(tiny_squad, "train", TrainConfig(), random.Random(1))
    by_group = {}
    for pair in pairs:
        by_group.setdefault(pair.group, []).append(pair)
    assert by_group
    for group in by_group.values():
        positives = sum(p.label == 1.0 for p in group)
        assert positives == (1 if group[0].answerable else 0)
        assert len(group) >= 2  # every question also gets negatives


def test_unanswerable_questions_add_one_near_miss_each_and_leave_the_rest_as_it_was(tiny_squad):
    import random

    plain = squad_pairs(tiny_squad, "train", TrainConfig(), random.Random(1))
    with_misses = squad_pairs(tiny_squad, "train", TrainConfig(squad_plausible_questions=10), random.Random(1))
    assert [p for p in with_misses if p.answerable] == plain  # same draws: the answerable data is unchanged
    misses = [p for p in with_misses if not p.answerable]
    assert misses and all(p.label == 0.0 for p in misses)
    assert len({p.group for p in misses}) == len(misses)  # one pair a question


def test_a_near_miss_is_the_plausible_answers_sentence_when_given_else_the_most_alike():
    context = "The bridge opened in 1990. Storms closed the bridge in 2001. Tourists visit the bridge."
    spans = [(0, 26), (27, 60), (61, 87)]
    candidates = [context[s:e] for s, e in spans]
    qa = {"id": "q", "question": "When did storms close the tunnel?", "is_impossible": True, "answers": []}
    assert plausible_pair(qa, context, spans, candidates).candidate == "Storms closed the bridge in 2001."
    given = dict(qa, plausible_answers=[{"text": "1990", "answer_start": context.index("1990")}])
    assert plausible_pair(given, context, spans, candidates).candidate == "The bridge opened in 1990."
    assert overlap(terms(qa["question"]), candidates[1]) > overlap(terms(qa["question"]), candidates[0])
    unrelated = dict(qa, question="Who painted it?")
    assert plausible_pair(unrelated, context, spans, candidates) is None  # nothing alike: no pair


@pytest.mark.real
def test_a_few_training_steps_write_weights_a_card_and_a_checksum(tiny_squad, tmp_path):
    config = TrainConfig(max_train_pairs=48, squad_questions=None, max_eval_groups=6, batch_size=16)
    card = train(tiny_squad, tmp_path, ofsted_rows=None, config=config, log=lambda message: None)
    weights = tmp_path / card["weights"]
    assert weights.exists() and card["sha256"] == file_sha256(weights)
    assert card["size_bytes"] < 30_000_000  # int8 ships inside the package
    assert card["train_pairs"] == 48 and card["hyperparameters"]["seed"] == 13
    assert {"tune_fp32", "tune_int8", "test_int8"} <= set(card["metrics"])
    model = AnswerModel(tmp_path)
    probabilities = model.probabilities("When did it close?", ["It closed in 1990 after a storm.", "Tourists still visit."])
    assert probabilities.shape == (2,) and ((0 <= probabilities) & (probabilities <= 1)).all()

    weights.write_bytes(weights.read_bytes()[:-1] + b"\0")  # one byte changed: refused on load
    with pytest.raises(AnswerModelError, match="checksum"):
        AnswerModel(tmp_path).load()


def test_a_soup_is_the_mean_of_its_models_weights_and_keeps_integer_buffers():
    torch = pytest.importorskip("torch")
    first = {"w": torch.tensor([1.0, 2.0]), "ids": torch.tensor([0, 1])}
    second = {"w": torch.tensor([3.0, 6.0]), "ids": torch.tensor([0, 1])}
    averaged = average_weights([first, second])
    assert averaged["w"].tolist() == [2.0, 4.0] and averaged["ids"].tolist() == [0, 1]
    assert first["w"].tolist() == [1.0, 2.0]  # the models themselves are left as they were


@pytest.mark.real
def test_a_soup_trains_each_model_from_one_start_and_ships_their_average(tiny_squad, tmp_path):
    said = []
    config = TrainConfig(max_train_pairs=16, squad_questions=None, max_eval_groups=2, batch_size=16, soup=2)
    card = train(tiny_squad, tmp_path / "soup", ofsted_rows=None, config=config, log=said.append)
    assert card["hyperparameters"]["soup"] == 2
    assert any(line.startswith("model 1/2 ") for line in said) and any(line.startswith("model 2/2 ") for line in said)
    assert "averaged the weights of 2 models" in said
    single = train(tiny_squad, tmp_path / "single", ofsted_rows=None, config=TrainConfig(**{**card["hyperparameters"], "soup": 1}), log=lambda m: None)
    assert single["sha256"] != card["sha256"]  # the average is not the first model alone
