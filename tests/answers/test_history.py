"""Conversation history: appended and flushed per answer, so a killed chat loses nothing written."""

import signal
import subprocess
import sys
import textwrap
import time

from assistant.domain import Answer, Citation
from assistant.answers.history import HistoryStore

WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from assistant.domain import Answer, Citation
    from assistant.answers.history import HistoryStore
    store = HistoryStore(Path(sys.argv[1]))
    i = 0
    while True:
        store.append("conv", Answer(f"question {i}", f"answer {i} [1]", False, (Citation(1, "a.txt", 0, 5, "hello", 0.9),)))
        print(i, flush=True)
        i += 1
    """
)


def test_history_survives_a_killed_writer(tmp_path):
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    written = []
    deadline = time.monotonic() + 60
    while len(written) < 50 and time.monotonic() < deadline:
        written.append(int(process.stdout.readline()))
    process.send_signal(signal.SIGKILL)
    process.wait()
    answers, problems = HistoryStore(tmp_path).load("conv")
    # Everything the writer reported as written is there, in order, intact.
    assert [a.question for a in answers[: len(written)]] == [f"question {i}" for i in written]
    assert all(a.citations[0].text == "hello" for a in answers)
    assert len(problems) <= 1  # at most the line being written when killed


def test_damaged_history_keeps_the_readable_part(tmp_path):
    store = HistoryStore(tmp_path)
    store.append("c", Answer("first", "one [1]", False, (Citation(1, "a.txt", 0, 3, "abc", 1.0),)))
    with store.path("c").open("ab") as handle:
        handle.write(b"{broken json\n\xff\xfe\n")
    store.append("c", Answer("second", "The review texts do not answer this.", True))
    answers, problems = store.load("c")
    assert [a.question for a in answers] == ["first", "second"]
    assert len(problems) == 2 and all("damaged" in p for p in problems)
    assert [c.first_question for c in store.conversations()] == ["first"]


def test_a_cut_off_last_line_never_swallows_the_next_answer(tmp_path):
    """Issue 11, probe 3: reopen a conversation whose last line lost its newline, ask again."""
    store = HistoryStore(tmp_path)
    store.append("c", Answer("first", "one [1]", False, (Citation(1, "a.txt", 0, 3, "abc", 1.0),)))
    with store.path("c").open("ab") as handle:
        handle.write(b'{"question": "cut off mid-wr')  # a writer killed mid-line: no newline
    reopened = HistoryStore(tmp_path)  # as the chat does on Ctrl+R
    answers, problems = reopened.load("c")
    assert [a.question for a in answers] == ["first"] and len(problems) == 1
    reopened.append("c", Answer("second", "two [1]", False, (Citation(1, "a.txt", 0, 3, "abc", 1.0),)))
    reopened.append("c", Answer("third", "The review texts do not answer this.", True))
    answers, problems = reopened.load("c")
    assert [a.question for a in answers] == ["first", "second", "third"]
    assert len(problems) == 1


def test_fields_of_the_wrong_type_are_damage_not_a_crash(tmp_path):
    store = HistoryStore(tmp_path)
    store.directory.mkdir(parents=True)
    lines = [
        '{"question": 5, "answer": "x", "abstained": false}',
        '{"question": "q", "answer": "x", "abstained": false, "citations": [1]}',
        '{"question": "q", "answer": "x", "abstained": false, "citations": [{"n": "1", "source": "a", "start": 0, "end": 1, "text": "a"}]}',
        '{"question": "q", "answer": "x", "abstained": false, "timings_ms": []}',
        '[]',
        '"text"',
        '{"question": "fine", "answer": "ok", "abstained": true}',
    ]
    store.path("c").write_text("\n".join(lines) + "\n", encoding="utf-8")
    answers, problems = store.load("c")
    assert [a.question for a in answers] == ["fine"] and len(problems) == 6


def test_a_folder_named_like_a_conversation_is_not_one_and_hides_no_other(tmp_path):
    store = HistoryStore(tmp_path)
    store.append("c", Answer("first", "one [1]", False, (Citation(1, "a.txt", 0, 3, "abc", 1.0),)))
    store.path("zz-not-a-conversation").mkdir()  # sorts first: the newest name
    assert [c.first_question for c in store.conversations()] == ["first"]
