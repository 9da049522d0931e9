"""Bad input: one clear line on stderr and a non-zero exit, never a traceback."""

import os
import subprocess
import sys

import pytest


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, timeout=120, cwd=cwd)


@pytest.mark.parametrize(
    "args, expected",
    [
        (["ask", "q", "--bogus"], "unrecognized arguments: --bogus"),
        (["frobnicate"], "invalid choice"),
        (["ask", "q", "--corpus", "/no/such/folder"], "corpus folder not found: /no/such/folder"),
        (["ask", "q", "-k", "0"], "top-k must be at least 1"),
        (["mine-negatives", "--reports", "/no/such/folder"], "--reports: /no/such/folder is not a folder"),
        (["ask", "q", "-k", "1001"], "ASSISTANT_TOP_K (or -k) must be a finite number between 1 and 1000, got 1001"),
        (["ask", "q", "--corpus", ""], "argument --corpus: an empty path names no file or folder"),
        (["index", "--corpus", " "], "argument --corpus: an empty path names no file or folder"),
    ],
)
def test_usage_and_path_errors_are_one_line(args, expected, tmp_path):
    result = run(*args, "--index", str(tmp_path / "index")) if args[0] != "frobnicate" else run(*args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and "Traceback" not in result.stderr


def test_an_empty_index_path_is_refused_before_anything_is_written(tmp_path):
    result = run("index", "--corpus", str(tmp_path), "--index", "", cwd=tmp_path)
    assert result.returncode == 2 and "argument --index: an empty path" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no CURRENT, .lock or generation written into the current folder


@pytest.mark.parametrize("flag, value, expected", [("--soup", "0", "--soup: 0 is not a positive number of models"), ("--epochs", "0", "--epochs: 0 is not")])
def test_training_refuses_a_count_below_one_before_it_starts(flag, value, expected):
    result = run("train-answer-model", flag, value)
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0 and len(lines) == 1 and expected in lines[0]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_output_to_a_full_disk_is_one_line_not_a_traceback(tmp_path):
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "assistant", "docs", "--index", str(tmp_path / "index")], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120
        )
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0 and len(lines) == 1 and "could not write the output: No space left on device" in lines[0]


def test_empty_corpus_and_unwritable_index(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("index", "--corpus", str(tmp_path / "empty"), "--index", str(tmp_path / "index"))
    assert result.returncode == 1 and "holds no supported files" in result.stderr
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Some text about a review.")
    (tmp_path / "blocker").write_text("a file where a folder should be")
    result = run("index", "--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "blocker" / "index"))
    assert result.returncode == 1 and "cannot create index folder" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
