"""The ONNX encoder gives sentence-transformers' vectors; int8 is a different model id."""

import numpy as np

from assistant.paths import default_encoder_cache
from assistant.search.embedding import MODEL_ID
from assistant.search.encoders import make_embedder
from assistant.search.onnx_encoder import OnnxEmbedder
from assistant.search.torch_encoder import SentenceTransformerEmbedder
from assistant.settings import Settings
from tests.conftest import ENCODER_CACHE

TEXTS = [
    "On what date did the intervention provider meet Ali?",
    "The 12-month review, logged late (due to an IT issue) on 4 December 2016, notes nothing of concern.",
    "word " * 400,  # longer than the model reads: truncated the same way
    "é ß 日本語 🙂",
]


def test_onnx_fp32_matches_sentence_transformers():
    fp32 = OnnxEmbedder(ENCODER_CACHE, "fp32")
    torch_vectors = SentenceTransformerEmbedder().embed(TEXTS)
    onnx_vectors = fp32.embed(TEXTS)
    assert onnx_vectors.shape == (len(TEXTS), 384) and onnx_vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(onnx_vectors, axis=1), 1.0, atol=1e-5)
    assert np.abs(onnx_vectors - torch_vectors).max() < 1e-4
    assert fp32.model_id == MODEL_ID  # same vectors, so the same index serves both


def test_int8_is_the_default_close_to_fp32_with_its_own_model_id(real_embedder):
    int8 = OnnxEmbedder(ENCODER_CACHE, "int8")
    assert Settings().encoder == "onnx-int8" and real_embedder.model_id == int8.model_id
    vectors = int8.embed(TEXTS[:2])
    assert int8.model_id != MODEL_ID
    assert ((vectors * OnnxEmbedder(ENCODER_CACHE, "fp32").embed(TEXTS[:2])).sum(axis=1) > 0.85).all()


def test_settings_choose_the_encoder(tmp_path):
    assert isinstance(make_embedder(Settings(index_dir=tmp_path, encoder="torch")), SentenceTransformerEmbedder)
    onnx = make_embedder(Settings(index_dir=tmp_path))
    assert isinstance(onnx, OnnxEmbedder) and onnx.cache_dir == default_encoder_cache()  # per user, not per index
    moved = make_embedder(Settings(index_dir=tmp_path, encoder_cache=tmp_path / "elsewhere", encoder="onnx-int8"))
    assert moved.cache_dir == tmp_path / "elsewhere" and moved.precision == "int8"


def test_batches_are_sorted_by_length_and_capped_in_padded_tokens(tmp_path):
    encoder = OnnxEmbedder(tmp_path, batch_size=4, max_batch_tokens=1000)
    lengths = [300, 10, 250, 12, 11, 200, 13, 256, 9]
    batches = encoder.batches(lengths)
    order = [i for batch in batches for i in batch]
    assert sorted(order) == list(range(len(lengths))) and [lengths[i] for i in order] == sorted(lengths)
    assert all(len(b) <= 4 and (len(b) == 1 or len(b) * max(lengths[i] for i in b) <= 1000) for b in batches)
    assert [len(b) for b in batches] == [4, 3, 2]  # four rows at most; 4 x 256 padded tokens would pass 1,000


def test_batching_does_not_change_fp32_vectors_and_barely_int8_ones():
    fp32, small = OnnxEmbedder(ENCODER_CACHE, "fp32"), OnnxEmbedder(ENCODER_CACHE, "fp32", batch_size=2, max_batch_tokens=64)
    assert np.abs(small.embed(TEXTS) - fp32.embed(TEXTS)).max() < 1e-5
    # int8 quantises activations with one scale per batch, so a text's companions move its vector a little.
    int8, alone = OnnxEmbedder(ENCODER_CACHE, "int8"), OnnxEmbedder(ENCODER_CACHE, "int8", batch_size=1)
    assert ((int8.embed(TEXTS) * alone.embed(TEXTS)).sum(axis=1) > 0.98).all()


def test_questions_and_batches_run_on_two_sessions_with_the_same_numbers(real_embedder):
    one = real_embedder.embed([TEXTS[0]])  # a question: the session whose threads sleep between runs
    many = real_embedder.embed(TEXTS[:1] * 3)  # a batch: the spinning session, opened on first use
    assert real_embedder._batch is not None and real_embedder._batch is not real_embedder._session
    encodings = real_embedder._tokenizer.encode_batch([TEXTS[0]])
    assert np.array_equal(real_embedder._run(encodings, real_embedder._session), real_embedder._run(encodings, real_embedder._batch))
    assert ((one * many).sum(axis=1) > 0.999).all()
