"""A build killed with SIGKILL at any moment leaves the previous index loading and answering."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time

from assistant.search import index_store as store
from assistant.core import Assistant
from assistant.search.indexing import check_index
from assistant.paths import DEFAULT_CORPUS_DIR
from assistant.settings import Settings

QUESTION = "On what date did the intervention provider meet Ali?"


def test_sigkilled_builds_leave_the_previous_index_answering(real_embedder, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, corpus)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    Assistant(settings, embedder=real_embedder).build()
    baseline = Assistant(settings, embedder=real_embedder).ask(QUESTION).to_json()
    # A change that forces the next build to embed and publish a new generation.
    (corpus / "minutes.md").write_text("# Minutes\n\n" + "The committee discussed ferry timetables at length. " * 200)

    rng = random.Random(int(os.environ.get("KILL_SEED", "7")))
    kills = int(os.environ.get("KILL_COUNT", "3"))
    command = [sys.executable, "-m", "assistant", "index", "--corpus", str(corpus), "--index", str(settings.index_dir)]
    for attempt in range(kills):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 14.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        # Whatever moment the kill hit, a complete generation is published and answers as before.
        answer = Assistant(settings, embedder=real_embedder).ask(QUESTION).to_json()
        assert answer["answer"] == baseline["answer"], f"kill {attempt}"
        assert [c["start"] for c in answer["citations"]] == [c["start"] for c in baseline["citations"]]
        assert check_index(settings, real_embedder).state in ("fresh", "stale")
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert check_index(settings, real_embedder).state == "fresh"
    leftovers = [p.name for p in settings.index_dir.iterdir() if p.name.startswith(".tmp-")]
    assert leftovers == []
    generations = [p.name for p in settings.index_dir.iterdir() if p.name.startswith("gen-")]
    assert len(generations) <= 2 and store.current_generation(settings.index_dir).name in generations
