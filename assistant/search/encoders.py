"""The one factory for encoders: the settings name one, this builds it."""

from __future__ import annotations

from pathlib import Path

from assistant.paths import default_encoder_cache
from assistant.search.embedding import Embedder
from assistant.search.onnx_encoder import OnnxEmbedder
from assistant.search.torch_encoder import SentenceTransformerEmbedder


def make_embedder(settings, log=lambda message: None) -> Embedder:
    """The encoder the settings name; the ONNX export is cached once per user (ASSISTANT_ENCODER_CACHE moves it)."""
    if settings.encoder == "torch":
        return SentenceTransformerEmbedder(batch_size=settings.embed_batch_size)
    precision = "int8" if settings.encoder == "onnx-int8" else "fp32"
    cache = settings.encoder_cache or default_encoder_cache()
    return OnnxEmbedder(Path(cache), precision, settings.embed_batch_size, log=log)
