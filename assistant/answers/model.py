"""The answer model: a cross-encoder that scores "this sentence answers this question".

It was trained in this repository (``assistant train-answer-model``, see
``assistant/evals/training.py`` and the model card beside the weights) from the bundled
all-MiniLM-L6-v2 weights, exported to ONNX and quantised to int8. At question time it runs in
onnxruntime: no torch. The weights' sha256 is checked against the model card on load, so a
damaged or swapped file is refused instead of quietly giving other answers.

A candidate is a sentence with a little context (the document's title and the sentence before
it), so "It was closed in 2016" can be judged as an answer to "When was the case closed?".
The same text is built at training and at question time by :func:`candidate_text`.
"""

from __future__ import annotations

import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from assistant.documents.loading import file_sha256  # noqa: F401  (re-exported: training and tests use it)

if TYPE_CHECKING:
    import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "model"
WEIGHTS_FILE = "answer-model.int8.onnx"
CARD_FILE = "model-card.json"
MAX_TOKENS = 96
BATCH_SIZE = 16  # sentences per run (Settings.model_batch; the model card's checks ran 64)
MAX_READERS = 4  # runs read side by side, each with threads // readers of its own
CONTEXT_CHARS = 120


class AnswerModelError(Exception):
    """The shipped answer model is missing, damaged or cannot be run."""


def candidate_text(sentence: str, previous: str = "", title: str = "", heading: str = "") -> str:
    """The second segment the model reads: the sentence first, then its context.

    The sentence comes first so truncation drops context, never the sentence itself.
    """
    sentence = " ".join(sentence.split())
    context = " ".join(part for part in (" ".join(title.split()), " ".join((heading or "").split())) if part)
    previous = " ".join(previous.split())[-CONTEXT_CHARS:]
    tail = ". ".join(part for part in (context, previous) if part)
    return f"{sentence} [SEP] {tail}" if tail else sentence


def read_card(model_dir: Path = MODEL_DIR) -> dict:
    try:
        return json.loads((model_dir / CARD_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AnswerModelError(f"{model_dir / CARD_FILE}: missing (retrain with `assistant train-answer-model`)") from None
    except (OSError, ValueError) as exc:
        raise AnswerModelError(f"{model_dir / CARD_FILE}: unreadable ({exc})") from None


class AnswerModel:
    """Probabilities that candidate sentences answer a question, from the shipped ONNX weights."""

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int | None = None, verify: bool = True, batch_size: int = BATCH_SIZE):
        self.model_dir = Path(model_dir)
        self.batch_size = batch_size
        self.threads = threads or os.cpu_count() or 1
        self.verify = verify
        self._session = None
        self._pool: ThreadPoolExecutor | None = None
        self._tokenizer = None
        self._lock = threading.Lock()
        self.card: dict = {}
        # The last question's scores by candidate text, read in runs and read alone: a question
        # asked of a council's newest report and then, unanswered there, of the whole library
        # reads many sentences twice.
        self._memos: dict[bool, tuple[str | None, dict[str, float]]] = {False: (None, {}), True: (None, {})}

    @property
    def temperature(self) -> float:
        return float(self.card.get("calibration", {}).get("temperature", 1.0))

    @property
    def bias(self) -> float:
        return float(self.card.get("calibration", {}).get("bias", 0.0))

    def load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            card = read_card(self.model_dir)
            weights = self.model_dir / card.get("weights", WEIGHTS_FILE)
            if not weights.exists():
                raise AnswerModelError(f"{weights}: missing (retrain with `assistant train-answer-model`)")
            if self.verify:
                actual = file_sha256(weights)
                if actual != card.get("sha256"):
                    raise AnswerModelError(f"{weights}: checksum {actual[:12]}… does not match the model card")
            self.card = card
            self._open(weights, int(card.get("max_tokens", MAX_TOKENS)))

    @classmethod
    def from_weights(cls, weights: Path, max_tokens: int = MAX_TOKENS, threads: int | None = None) -> "AnswerModel":
        """A model straight from an ONNX file, without a card: for training's own checks."""
        model = cls(Path(weights).parent, threads=threads, verify=False)
        model._open(Path(weights), max_tokens)
        return model

    def _open(self, weights: Path, max_tokens: int) -> None:
        try:
            import onnxruntime
            from tokenizers import Tokenizer

            from assistant.search.embedding import bundled_model_path

            # Runs are small (16 sentences of about 70 tokens), so one thread a run, with runs read
            # side by side, beats every thread on one run at a time (2 cores: 40 sentences 174 ->
            # 170 ms, six read alone 42 -> 26 ms; warm p95 311 -> 265 ms). A run's scores are the
            # same whoever reads it and with how many threads: each run is read whole, as before.
            readers = max(1, min(self.threads, MAX_READERS))
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = max(1, self.threads // readers)
            # One run per question: threads left spinning after it would hold the cores against
            # the next question's retrieval (a trial: warm p95 153 -> 145 ms on 2 cores).
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.log_severity_level = 3
            session = onnxruntime.InferenceSession(str(weights), options, providers=["CPUExecutionProvider"])
            tokenizer = Tokenizer.from_file(str(Path(bundled_model_path()) / "tokenizer.json"))
            tokenizer.enable_truncation(max_tokens)
            tokenizer.no_padding()
        except Exception as exc:
            raise AnswerModelError(f"could not load the answer model from {weights}: {exc}") from exc
        self._tokenizer = tokenizer
        # One session serves every reader: onnxruntime runs a session from several threads at once,
        # and a second session would hold a second copy of the weights (peak RSS 444 -> 491 MB).
        self._pool = ThreadPoolExecutor(max_workers=readers, thread_name_prefix="answer-model") if readers > 1 else None
        self._session = session  # last: a model with a session is ready to read

    def logits(self, question: str, candidates: Sequence[str], batch_size: int | None = None) -> "np.ndarray":
        """Raw scores, in runs of at most ``batch_size`` sentences, shortest first (a run pads to
        its longest). The int8 model quantises activations per run, so the run size nudges the
        scores: it is a setting (``Settings.model_batch``), and training's checks use the same.
        A sentence read for the same question just before keeps the score it had then."""
        return self._memoised(question, candidates, batch_size or self.batch_size, alone=False)

    def logits_alone(self, question: str, candidates: Sequence[str]) -> "np.ndarray":
        """Raw scores, each sentence in a run of its own: a score that depends on the question and
        the sentence and nothing else read beside it. The answerer settles its best few with these,
        so which sentence is quoted, and whether it is over the threshold, does not turn on the
        other sentences a question happened to read (another report in the library, a follow-up's
        extra candidates). About 4 ms a sentence on 2 cores."""
        return self._memoised(question, candidates, 1, alone=True)

    def _memoised(self, question: str, candidates: Sequence[str], batch_size: int, alone: bool) -> "np.ndarray":
        import numpy as np

        if self._session is None:
            self.load()
        if not candidates:
            return np.zeros(0, dtype=np.float32)
        with self._lock:
            asked, known = self._memos[alone]
            known = known if question == asked else {}
        unread = list(dict.fromkeys(c for c in candidates if c not in known))
        if unread:
            known = {**known, **dict(zip(unread, self._run(question, unread, batch_size).tolist()))}
            with self._lock:
                self._memos[alone] = (question, known)
        return np.asarray([known[c] for c in candidates], dtype=np.float32)

    def _run(self, question: str, candidates: Sequence[str], batch_size: int) -> "np.ndarray":
        import numpy as np

        encodings = self._tokenizer.encode_batch([(question, c) for c in candidates])
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        runs = [order[begin : begin + batch_size] for begin in range(0, len(order), batch_size)]
        out = np.zeros(len(encodings), dtype=np.float32)

        def read(rows: list[int]) -> None:
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            types = np.zeros_like(ids)
            for row, i in enumerate(rows):
                encoding = encodings[i]
                n = len(encoding.ids)
                ids[row, :n] = encoding.ids
                mask[row, :n] = 1
                types[row, :n] = encoding.type_ids
            result = self._session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
            out[rows] = np.asarray(result, dtype=np.float32).reshape(-1)

        if self._pool is None or len(runs) == 1:
            for rows in runs:
                read(rows)
        else:
            # The costliest runs first, so the last to finish is a short one.
            costly_first = sorted(runs, key=lambda rows: -len(rows) * max(len(encodings[i].ids) for i in rows))
            for future in [self._pool.submit(read, rows) for rows in costly_first]:
                future.result()
        return out

    def probabilities(self, question: str, candidates: Sequence[str]) -> "np.ndarray":
        """Calibrated probabilities (temperature and bias fitted on the tune split)."""
        import numpy as np

        logits = self.logits(question, candidates)
        return 1.0 / (1.0 + np.exp(-(logits / self.temperature + self.bias)))
