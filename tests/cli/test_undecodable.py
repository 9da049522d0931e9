"""Issue 11, probe 8: a question that is not valid UTF-8 is decoded with U+FFFD; a batch goes on."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import fields

import pytest

from assistant import cli
from assistant.core import Assistant
from assistant.settings import Settings
from tests.conftest import HashingEmbedder

SCORER = {"answerer": "scorer"} if "answerer" in {f.name for f in fields(Settings)} else {}


@pytest.fixture
def run(mini_settings, monkeypatch, capsys):
    embedder = HashingEmbedder()
    for name, value in SCORER.items():
        monkeypatch.setenv(f"ASSISTANT_{name.upper()}", value)
    monkeypatch.setattr(cli, "make_assistant", lambda settings: Assistant(settings, embedder=embedder))
    paths = ["--corpus", str(mini_settings.corpus_dir), "--index", str(mini_settings.index_dir)]

    def run(*argv, stdin: bytes | None = None):
        if stdin is not None:  # a real standard input: bytes under a text layer
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        code = cli.main([*argv, *paths])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


# Python hands `assistant ask $'\xff'` to main() as surrogate escapes.
ARGV_FF = b"\xff".decode("utf-8", "surrogateescape")


@pytest.mark.parametrize("question", [ARGV_FF, "When did the library close?" + ARGV_FF, "\ud800 lone surrogate"])
def test_an_undecodable_argument_is_answered_with_replacement(run, question):
    code, out, err = run("ask", question, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert "\ufffd" in data["question"] and "\udcff" not in data["question"]
    code, out, err = run("ask", question)
    assert code == 0, err


def test_an_undecodable_line_in_a_batch_does_not_stop_it(run):
    stdin = b"When did the library close?\n\xff\xfe\nbad \xc3( bytes\nWhen did the harbour master resign?\n"
    code, out, err = run("ask", "-", "--json", stdin=stdin)
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 4, (out, err)
    assert "12 August 2018" in lines[0]["answer"]
    assert lines[1]["question"] == "\ufffd\ufffd" and lines[2]["question"] == "bad \ufffd( bytes"
    assert lines[3]["citations"], lines[3]
    code, out, err = run("ask", "-", stdin=stdin)
    assert out.count("Sources") >= 2 and "bad \ufffd( bytes" not in err


def test_the_facade_repairs_what_it_is_given(mini_settings):
    assistant = Assistant(mini_settings.replace(**SCORER), embedder=HashingEmbedder())
    assistant.prepare()
    answer = assistant.ask("When did the library close?" + ARGV_FF)
    assert answer.question.endswith("\ufffd")
    json.dumps(answer.to_json(), ensure_ascii=False).encode("utf-8")  # writable to history and stdout
