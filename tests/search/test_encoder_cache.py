"""The exported encoder is cached once per user, keyed by the model's sha256, and rebuilt when damaged.

The export itself (torch, half a minute) is replaced by a copy of the session's real export, so
these tests check the cache's bookkeeping on real ONNX files that onnxruntime loads.
"""

import hashlib
import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant import paths
from assistant.core import Assistant
from assistant.search import onnx_encoder
from assistant.search.embedding import bundled_model_path
from assistant.search.encoders import make_embedder
from assistant.search.onnx_encoder import OnnxEmbedder, cached_file_ok, ensure_onnx_model
from assistant.settings import Settings
from tests.conftest import ENCODER_CACHE

TEXTS = ["On what date did the intervention provider meet Ali?", "The review was logged on 4 December 2016."]


@pytest.fixture
def exports(monkeypatch):
    """Count exports; each one copies the real export the session already made."""
    real = ensure_onnx_model(ENCODER_CACHE, "fp32")
    calls = []

    def fake_export(model_dir, target):
        calls.append(Path(target))
        shutil.copyfile(real, target)

    monkeypatch.setattr(onnx_encoder, "export_onnx", fake_export)
    return calls


def weights_sha256() -> str:
    weights = onnx_encoder.source_weights(Path(bundled_model_path()))
    return hashlib.sha256(weights.read_bytes()).hexdigest()


def test_two_index_folders_share_one_export_keyed_by_the_model_sha256(tmp_path, mini_corpus, exports):
    cache = tmp_path / "user-cache"
    vectors = []
    for name in ("index-a", "index-b"):
        settings = Settings(corpus_dir=mini_corpus, index_dir=tmp_path / name, data_dir=tmp_path / "data", encoder_cache=cache, encoder="onnx")
        assistant = Assistant(settings)
        assistant.prepare()
        vectors.append(assistant.embedder.embed(TEXTS))
        assert not (tmp_path / name / "encoders").exists()  # nothing exported into the index folder
    assert len(exports) == 1
    folder = cache / weights_sha256()
    [onnx_file] = folder.glob("*.fp32.*onnx")
    stamp = json.loads((folder / (onnx_file.name + ".json")).read_text())
    assert stamp["sha256"] == hashlib.sha256(onnx_file.read_bytes()).hexdigest() and stamp["source_sha256"] == folder.name
    assert np.array_equal(vectors[0], vectors[1])
    assert not [p for p in folder.iterdir() if p.name.startswith(".export-")]  # no temporary file left


def test_the_default_cache_is_the_users_and_the_variable_still_moves_it(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("ASSISTANT_ENCODER_CACHE", raising=False)
    assert paths.default_encoder_cache() == tmp_path / "xdg" / "review-assistant" / "encoders"
    assert make_embedder(Settings.from_env(index_dir=tmp_path / "i1")).cache_dir == tmp_path / "xdg" / "review-assistant" / "encoders"
    assert make_embedder(Settings.from_env(index_dir=tmp_path / "i2")).cache_dir == make_embedder(Settings.from_env(index_dir=tmp_path / "i1")).cache_dir
    monkeypatch.setenv("ASSISTANT_ENCODER_CACHE", str(tmp_path / "mine"))
    assert make_embedder(Settings.from_env(index_dir=tmp_path / "i1")).cache_dir == tmp_path / "mine"


def _damage_truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _damage_garble(path: Path) -> None:
    with path.open("r+b") as handle:  # same size: only the hash tells
        handle.seek(path.stat().st_size // 2)
        handle.write(os.urandom(4096))


def _damage_stamp(path: Path) -> None:
    (path.with_name(path.name + ".json")).write_text("{not json")


@pytest.mark.parametrize("damage", [_damage_truncate, _damage_garble, _damage_stamp], ids=["truncated", "garbled", "stamp"])
@pytest.mark.parametrize("precision", ["fp32", "int8"])
def test_a_damaged_cache_is_rebuilt(tmp_path, exports, damage, precision):
    cache = tmp_path / "cache"
    first = OnnxEmbedder(cache, precision)
    expected = first.embed(TEXTS)
    path = ensure_onnx_model(cache, precision)
    assert cached_file_ok(path) and len(exports) == 1
    damage(path)
    assert not cached_file_ok(path)
    logged = []
    again = OnnxEmbedder(cache, precision, log=logged.append)
    assert np.allclose(again.embed(TEXTS), expected, atol=1e-6)
    assert cached_file_ok(path)
    assert len(exports) == (2 if precision == "fp32" else 1)  # int8 is quantised again from the intact fp32
    assert logged


def test_a_file_whole_by_its_stamp_but_unloadable_is_exported_again(tmp_path, exports):
    cache = tmp_path / "cache"
    path = ensure_onnx_model(cache, "fp32")
    path.write_bytes(b"not an onnx model")
    stamp = path.with_name(path.name + ".json")
    data = json.loads(stamp.read_text())
    data.update(sha256=hashlib.sha256(path.read_bytes()).hexdigest(), size=path.stat().st_size, mtime_ns=path.stat().st_mtime_ns)
    stamp.write_text(json.dumps(data))
    assert cached_file_ok(path)
    logged = []
    vectors = OnnxEmbedder(cache, "fp32", log=logged.append).embed(TEXTS)
    assert vectors.shape == (2, 384) and len(exports) == 2
    assert any("would not load" in line for line in logged)


def test_the_model_hash_is_remembered_not_recomputed(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    weights = onnx_encoder.source_weights(Path(bundled_model_path()))
    digest = onnx_encoder.source_sha256(weights, cache)
    assert digest == weights_sha256()
    monkeypatch.setattr(onnx_encoder, "_sha256", lambda path: pytest.fail("hashed the weights again"))
    assert onnx_encoder.source_sha256(weights, cache) == digest
