"""Reading ``.npy`` files from any thread.

numpy parses a ``.npy`` header with ``ast.literal_eval``, and CPython 3.11's AST constructor keeps
its recursion depth in state the threads share (python/cpython#106905): two threads opening an
index at once (the chat's worker and a reader, two readers during a rebuild) can fail with
"SystemError: AST constructor recursion depth mismatch". Headers are read one at a time; the
arrays themselves stay memory-mapped and are read concurrently as before.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

_HEADER_LOCK = threading.Lock()


def load_array(path: Path, mmap_mode: str | None = None) -> "np.ndarray":
    import numpy as np  # here, not at import: the CLI's quick commands never load an array

    with _HEADER_LOCK:
        return np.load(path, mmap_mode=mmap_mode)
