"""Every filesystem location the project uses, in one place."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS_DIR = PROJECT_ROOT / "corpus"
DEFAULT_INDEX_DIR = PROJECT_ROOT / "index"
EVALS_DIR = PROJECT_ROOT / "evals"
EVAL_RESULTS_DIR = EVALS_DIR / "results"
# Public data beside the project (../shared/datasets): training and the real-library benchmark.
SHARED_DATASETS_DIR = Path(os.environ.get("ASSISTANT_DATASETS", str(PROJECT_ROOT.parent / "shared" / "datasets")))
SQUAD_DEV_FILE = SHARED_DATASETS_DIR / "squad-v2-dev" / "dev-v2.0.json"
OFSTED_REPORTS_DIR = SHARED_DATASETS_DIR / "ofsted-reports" / "pdf"


def default_data_dir() -> Path:
    """Where conversation history lives: XDG data home, so it survives reinstalls."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "review-assistant"


def default_encoder_cache() -> Path:
    """Where exported encoders live, shared by every index folder: the user's XDG cache."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "review-assistant" / "encoders"


# Names inside the data folder (default_data_dir or ASSISTANT_DATA).
HISTORY_DIR = "history"
EXPORTS_DIR = "exports"

# Names inside an index directory.
INDEX_POINTER = "CURRENT"
INDEX_LOCK = ".lock"
MANIFEST = "manifest.json"
DOCUMENTS_FILE = "documents.jsonl"
CHUNKS_FILE = "chunks.jsonl"
VECTORS_FILE = "vectors.npy"
SENTENCES_FILE = "sentences.npy"  # (chunk row, start, end) of each sentence a passage may quote
SENTENCE_VECTORS_FILE = "sentence_vectors.npy"  # their float16 vectors, row for row
FAISS_FILE = "vectors.faiss"
BM25_DIR = "bm25"
TERMS_FILE = "term_df.json"
