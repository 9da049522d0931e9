"""Arrays are opened one header at a time: numpy parses a .npy header with ast.literal_eval, and
CPython 3.11's AST constructor shares its recursion depth between threads (python/cpython#106905),
which failed a reader during a rebuild with "AST constructor recursion depth mismatch"."""

import threading
import time

import numpy as np

from assistant.search import arrays


def test_threads_open_arrays_one_at_a_time_and_get_them_whole(tmp_path, monkeypatch):
    path = tmp_path / "v.npy"
    np.save(path, np.arange(12, dtype=np.float32).reshape(3, 4))
    inside, most = [0], [0]
    real_load = np.load

    def watched_load(*args, **kwargs):
        inside[0] += 1
        most[0] = max(most[0], inside[0])
        time.sleep(0.01)  # long enough for another thread to come in, were it let in
        try:
            return real_load(*args, **kwargs)
        finally:
            inside[0] -= 1

    monkeypatch.setattr(np, "load", watched_load)
    results = []
    threads = [threading.Thread(target=lambda: results.append(arrays.load_array(path, mmap_mode="r"))) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 1 and len(results) == 6
    assert all(result.shape == (3, 4) and float(result[2, 3]) == 11.0 for result in results)
