"""The ONNX encoder gives sentence-transformers' vectors; int8 is a different model id."""

import numpy as np

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


def test_onnx_fp32_matches_sentence_transformers(real_embedder):
    torch_vectors = SentenceTransformerEmbedder().embed(TEXTS)
    onnx_vectors = real_embedder.embed(TEXTS)
    assert onnx_vectors.shape == (len(TEXTS), 384) and onnx_vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(onnx_vectors, axis=1), 1.0, atol=1e-5)
    assert np.abs(onnx_vectors - torch_vectors).max() < 1e-4
    assert real_embedder.model_id == MODEL_ID  # same vectors, so the same index serves both


def test_int8_is_close_but_has_its_own_model_id(real_embedder):
    int8 = OnnxEmbedder(ENCODER_CACHE, "int8")
    vectors = int8.embed(TEXTS[:2])
    assert int8.model_id != MODEL_ID
    assert ((vectors * real_embedder.embed(TEXTS[:2])).sum(axis=1) > 0.85).all()


def test_settings_choose_the_encoder(tmp_path):
    assert isinstance(make_embedder(Settings(index_dir=tmp_path, encoder="torch")), SentenceTransformerEmbedder)
    onnx = make_embedder(Settings(index_dir=tmp_path))
    assert isinstance(onnx, OnnxEmbedder) and onnx.cache_dir == tmp_path / "encoders"
    moved = make_embedder(Settings(index_dir=tmp_path, encoder_cache=tmp_path / "elsewhere", encoder="onnx-int8"))
    assert moved.cache_dir == tmp_path / "elsewhere" and moved.precision == "int8"
