"""Two builds never mix; readers keep answering from a complete index while builds replace it."""

import subprocess
import sys
import threading
import time

from assistant.search import index_store as store
from assistant.core import Assistant
from assistant.search.indexing import build_index


def test_a_second_build_process_refuses_or_waits_for_the_lock(mini_settings, hashing_embedder):
    build_index(mini_settings, hashing_embedder)
    command = [sys.executable, "-m", "assistant", "index", "--corpus", str(mini_settings.corpus_dir), "--index", str(mini_settings.index_dir)]
    with store.BuildLock(mini_settings.index_dir):
        refused = subprocess.run(command + ["--no-wait"], capture_output=True, text=True, timeout=120)
        assert refused.returncode == 1
        assert "another build is running" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
        waiting = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(12)  # the process imports the model, then blocks on the lock
        assert waiting.poll() is None
    out, err = waiting.communicate(timeout=180)
    assert waiting.returncode == 0, err
    assert "waiting for another build" in err


def test_readers_answer_from_a_complete_index_during_rebuilds(real_embedder, tmp_path):
    import shutil

    from assistant.paths import DEFAULT_CORPUS_DIR
    from assistant.settings import Settings

    corpus = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, corpus)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    Assistant(settings, embedder=real_embedder).build()
    question = "When was the 12-month review logged?"
    expected = Assistant(settings, embedder=real_embedder).ask(question).text
    stop = threading.Event()
    answers, errors = [], []

    def reader():
        while not stop.is_set():
            try:
                assistant = Assistant(settings, embedder=real_embedder)  # a fresh load each time
                answers.append(assistant.ask(question).text)
            except Exception as exc:  # any failure is a finding
                errors.append(repr(exc))

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    builder = Assistant(settings, embedder=real_embedder)
    round_number = 0
    deadline = time.monotonic() + 120
    while round_number < 4 or (len(answers) < 6 and time.monotonic() < deadline):
        round_number += 1
        (corpus / f"note-{round_number}.md").write_text(f"# Note {round_number}\n\nThe ferry timetable changed in round {round_number}.\n")
        builder.build()
    stop.set()
    for t in threads:
        t.join()
    assert errors == []
    assert len(answers) >= 6 and set(answers) == {expected}
    generations = [p for p in settings.index_dir.iterdir() if p.name.startswith("gen-")]
    assert len(generations) <= 2


def test_a_running_assistant_picks_up_an_index_another_process_rebuilt(mini_settings, hashing_embedder):
    reader = Assistant(mini_settings, embedder=hashing_embedder)
    reader.prepare()
    assert reader.reload_if_rebuilt() is False
    (mini_settings.corpus_dir / "ferry.md").write_text("# Ferry\n\nThe ferry inspector retired on 2 June 2020.\n")
    Assistant(mini_settings, embedder=hashing_embedder).build()
    assert "ferry.md" not in reader.load_index().documents
    assert reader.reload_if_rebuilt() is True
    assert reader.ask("When did the ferry inspector retire?").citations[0].source == "ferry.md"


def test_ask_processes_keep_answering_while_builds_replace_the_index(real_embedder, tmp_path):
    """Long-running `assistant ask --json -` processes, each question answered from a whole index."""
    import json
    import shutil

    from assistant.paths import DEFAULT_CORPUS_DIR
    from assistant.settings import Settings

    corpus = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, corpus)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    builder = Assistant(settings, embedder=real_embedder)
    builder.build()
    question = "When was the 12-month review logged?"
    expected = builder.ask(question).text
    command = [sys.executable, "-m", "assistant", "ask", "--json", "-", "--corpus", str(corpus), "--index", str(settings.index_dir), "--no-build"]
    readers = [subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    answers = []
    for round_number in range(4):
        for reader in readers:
            reader.stdin.write(question + "\n")
            reader.stdin.flush()
        (corpus / f"note-{round_number}.md").write_text(f"# Note\n\nThe ferry timetable changed, round {round_number}.\n")
        builder.build()
        for reader in readers:
            answers.append(json.loads(reader.stdout.readline()))
    for reader in readers:
        reader.stdin.close()
        assert reader.wait(timeout=60) == 0, reader.stderr.read()
    assert len(answers) == 8 and all(a["answer"] == expected for a in answers)


def test_an_assistant_keeps_answering_after_two_builds_prune_its_generation(mini_settings, hashing_embedder):
    """A chat left open while `assistant index` runs twice: its generation's folder is gone (the
    current and previous are kept), yet its next question, the first to need the sentence
    vectors, is answered from the index it loaded."""
    reader = Assistant(mini_settings, embedder=hashing_embedder)
    reader.prepare()
    loaded = reader.load_index().generation
    question = "When did the library close?"
    for round_number in (1, 2):
        (mini_settings.corpus_dir / f"note-{round_number}.md").write_text(f"# Note {round_number}\n\nThe ferry changed in round {round_number}.\n")
        Assistant(mini_settings, embedder=hashing_embedder).build()
    assert not loaded.exists()
    answer = reader.ask(question)
    assert not answer.abstained and "12 August 2018" in answer.text
    assert reader.load_index().generation == loaded and reader.load_index().sentence_vectors([("x", 0, 1)]) is not None
