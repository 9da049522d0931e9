"""The build's reader process: reads and extracts the files to index a little ahead of the build.

Started by ``indexing._ProcessReader`` as ``python -m assistant.search.reader_worker JOB``; JOB
is a pickle of (sources, max_file_bytes, ahead). Each result (the document or its problem, and
the seconds spent) is written to ``JOB-N.pickle`` and N printed; a line on stdin from the build
lets the reader run one more file ahead. It stops when the build closes its stdin or goes away.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path


def main(job: Path) -> None:
    from assistant.search.indexing import _read_one

    sources, max_file_bytes, ahead = pickle.loads(job.read_bytes())
    credit = ahead
    for number, source in enumerate(sources):
        while credit == 0:
            if not sys.stdin.readline():  # the build is done or gone
                return
            credit += 1
        try:
            result = ("item", _read_one(source, max_file_bytes))
        except Exception as exc:  # handed to the build, which raises it as an inline read would
            try:
                pickle.dumps(exc)
                result = ("error", exc)
            except Exception:
                result = ("error", RuntimeError(f"{type(exc).__name__}: {exc}"))
        out = job.with_name(f"{job.stem}-{number}.pickle")
        tmp = out.with_suffix(".part")
        tmp.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.rename(out)
        sys.stdout.write(f"{number}\n")
        sys.stdout.flush()
        credit -= 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
