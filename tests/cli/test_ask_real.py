"""`assistant ask` on the real model, FAISS and the shipped corpus."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import cli
from assistant.core import Assistant
from assistant.paths import DEFAULT_CORPUS_DIR

SPECTATOR = "004_256014053818b57a.txt"  # David Shipley in The Spectator
EXPRESS = "000_ff0bd35f1c86afa2.txt"


def file_text(corpus: Path, source: str) -> str:
    return (corpus / source).read_bytes().decode("utf-8-sig")


def check_spans_against_files(answer_json: dict, corpus: Path) -> None:
    for c in answer_json["citations"]:
        assert file_text(corpus, c["source"])[c["start"] : c["end"]] == c["text"]


@pytest.fixture
def run_cli(shipped_assistant, monkeypatch, capsys):
    """Run `assistant ...` in-process against the session's preloaded real assistant."""
    monkeypatch.setattr(cli, "make_assistant", lambda settings: shipped_assistant)

    def run(*argv, stdin: str | None = None):
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_date_question_is_answered_from_the_spectator_text(shipped_assistant, shipped_copy):
    answer = shipped_assistant.ask("On what date did the intervention provider meet Ali?")
    assert not answer.abstained
    dated = [c for c in answer.citations if "17 January 2015" in c.text]
    assert dated and dated[0].source == SPECTATOR
    # The dated sentence starts "This referral led to …": the sentence it leans on comes first, cited too.
    assert "17 January 2015" in answer.text and answer.text.index("referred to Prevent") < answer.text.index("17 January 2015")
    check_spans_against_files(answer.to_json(), shipped_copy)


def test_asked_a_persons_age_the_texts_do_not_give_it_abstains(shipped_assistant):
    """The texts never give Ali's age: a sentence dating his referral held a count, and was quoted."""
    for question in ("How old was Ali Harbi Ali when he was referred to Prevent?", "How old was Ali?"):
        answer = shipped_assistant.ask(question)
        assert answer.abstained and not answer.citations, answer.text
        assert any("a person's age" in note for note in answer.explanation.notes)


def test_a_question_in_full_width_letters_is_answered_as_in_plain_ones(shipped_assistant):
    plain = shipped_assistant.ask("Who killed David Amess?")
    wide = shipped_assistant.ask("Ｗｈｏ ｋｉｌｌｅｄ Ｄａｖｉｄ Ａｍｅｓｓ？")
    assert not plain.abstained and "Ali Harbi Ali" in plain.text
    assert [(c.source, c.start, c.end) for c in wide.citations] == [(c.source, c.start, c.end) for c in plain.citations]


@pytest.mark.parametrize(
    "question",
    ["What is the boiling point of water at sea level?", "Which team won the 1966 football World Cup?"],
)
def test_off_topic_questions_abstain(shipped_assistant, question):
    answer = shipped_assistant.ask(question)
    assert answer.abstained and not answer.citations


def test_the_json_contract_single(run_cli, shipped_copy):
    code, out, _ = run_cli("ask", "--json", "Who is the security minister?")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"question", "answer", "abstained", "citations", "timings_ms"}
    assert isinstance(data["abstained"], bool) and isinstance(data["timings_ms"], dict)
    for c in data["citations"]:
        assert {"n": int, "source": str, "start": int, "end": int, "text": str, "score": float}.items() <= {
            k: type(v) for k, v in c.items()
        }.items()
        assert f"[{c['n']}]" in data["answer"]
    assert "Dan Jarvis" in data["answer"]
    check_spans_against_files(data, shipped_copy)


def test_the_json_contract_batch_reads_one_question_per_line(run_cli, shipped_copy):
    questions = ["When was the 12-month review logged?", "", "What is the capital of Peru?"]
    code, out, _ = run_cli("ask", "--json", "-", stdin="\n".join(questions) + "\n")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["question"] for r in rows] == [questions[0], questions[2]]
    assert "4 December 2016" in rows[0]["answer"] and not rows[0]["abstained"]
    assert rows[1]["abstained"] and rows[1]["citations"] == []
    for row in rows:
        check_spans_against_files(row, shipped_copy)


def test_human_output_lists_numbered_sources_with_quotes(run_cli):
    code, out, _ = run_cli("ask", "When was the 12-month review logged?")
    assert code == 0
    assert "Sources" in out and f"[1] {SPECTATOR} (\u00b6" in out and "\u201c" in out


def test_show_prints_the_cited_span(run_cli, shipped_copy):
    code, out, _ = run_cli("ask", "--json", "When was the 12-month review logged?")
    c = json.loads(out)["citations"][0]
    code, out, _ = run_cli("show", c["source"], "--span", f"{c['start']}:{c['end']}")
    assert code == 0 and out.rstrip("\n") == c["text"]


def test_stale_index_is_refreshed_by_ask_and_reported_with_no_build(real_embedder, tmp_path, monkeypatch, capsys):
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS_DIR, corpus)
    monkeypatch.setattr(cli, "make_assistant", lambda settings: Assistant(settings, embedder=real_embedder))
    base = ["--corpus", str(corpus), "--index", str(tmp_path / "index")]
    assert cli.main(["index", *base]) == 0
    (corpus / "extra.md").write_text("# Extra\n\nThe ferry inspector visited Southend on 9 June 2023.\n")
    capsys.readouterr()
    # --no-build answers from the stale index it has: one warning line naming what is stale.
    assert cli.main(["ask", "--no-build", "--json", "When did the ferry inspector visit?", *base]) == 0
    out, err = capsys.readouterr()
    assert [line for line in err.splitlines() if line.strip()] == [err.strip()] and "stale" in err and "extra.md" in err
    stale = json.loads(out)
    assert stale["stale"] is True and all(c["source"] != "extra.md" for c in stale["citations"])
    assert cli.main(["status", *base]) == 1 and "stale" in capsys.readouterr().out
    # A missing index still gets its one-line error.
    assert cli.main(["ask", "--no-build", "When?", "--corpus", str(corpus), "--index", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert cli.main(["ask", "--json", "When did the ferry inspector visit?", *base]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["citations"][0]["source"] == "extra.md" and "9 June 2023" in data["answer"]


def test_cold_start_subprocess_batch(shipped_assistant, tmp_path):
    """A real process: loads the model once and answers each line (the index is already built)."""
    settings = shipped_assistant.settings
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "--json", "-", "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir), "--no-build"],
        input="On what date did the intervention provider meet Ali?\nWhat is the capital of Peru?\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and "17 January 2015" in rows[0]["answer"] and rows[1]["abstained"]


def test_conversation_lines_are_read_in_order_per_conversation(run_cli, shipped_copy):
    lines = [
        {"question": "Who referred Ali to Prevent?", "conversation": "a"},
        {"question": "Who is the security minister?", "conversation": "b"},
        {"question": "And when did that happen?", "conversation": "a"},
        "And when did that happen?",  # a plain line stays a single question
        {"question": "Why?", "conversation": "b"},
    ]
    stdin = "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n"
    code, out, _ = run_cli("ask", "--json", "-", stdin=stdin)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["question"] for r in rows] == [x["question"] if isinstance(x, dict) else x for x in lines]
    assert rows[0]["read_as"] == "Who referred Ali to Prevent?"
    assert rows[2]["read_as"] == "Who referred Ali to Prevent? And when did that happen?"
    assert rows[3]["read_as"] == "And when did that happen?"
    assert rows[4]["read_as"] == "Who is the security minister? Why?"
    for row in rows:
        check_spans_against_files(row, shipped_copy)


def test_a_bare_question_word_is_restated_and_answered_in_the_conversation(run_cli, shipped_copy):
    lines = [
        {"question": "Why was Ali Harbi Ali first referred to Prevent?", "conversation": "c"},
        {"question": "And when did that happen?", "conversation": "c"},
    ]
    code, out, _ = run_cli("ask", "--json", "-", stdin="\n".join(json.dumps(x) for x in lines) + "\n")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows[1]["read_as"] == "When was Ali Harbi Ali first referred to Prevent?"
    assert not rows[1]["abstained"] and any("referred to Prevent" in c["text"] for c in rows[1]["citations"])
    check_spans_against_files(rows[1], shipped_copy)


def test_a_bad_conversation_line_is_reported_and_the_batch_goes_on(run_cli):
    stdin = (
        '{"conversation": "a"}\n{"question": 3}\n{"question": "Who?", "conversation": 1.5}\n{"question": "Who?", "conversation": true}\n'
        "When was the 12-month review logged?\n"
    )
    code, out, _ = run_cli("ask", "--json", "-", stdin=stdin)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(rows) == 5
    assert "question" in rows[0]["error"] and "question" in rows[1]["error"]
    assert all("question" in row for row in rows)  # errors too: answers are matched to questions by it
    assert rows[0]["question"] == '{"conversation": "a"}' and rows[2]["question"] == rows[3]["question"] == "Who?"
    assert all("must be a string or a whole number" in row["error"] for row in rows[2:4])
    assert "4 December 2016" in rows[4]["answer"]
    # For people, answers go to standard output and each bad line to standard error, named by its number.
    code, out, err = run_cli("ask", "-", stdin=stdin)
    assert code == 1 and "4 December 2016" in out and "error:" not in out and '"question"' not in out
    assert err.splitlines()[0].startswith("assistant: line 1: ") and "assistant: line 4: " in err and len(err.splitlines()) == 4


def test_a_byte_order_mark_and_the_type_of_a_conversation_id_are_respected(run_cli):
    """A byte-order mark before the first line (Windows editors write one) leaves its conversation
    intact; 7 and "7" are two conversations, as JSON has them; a JSON line that cannot be parsed
    says why; and read_as never carries a terminal's escapes."""
    lines = [
        {"question": "Who referred Ali to Prevent?", "conversation": "a"},
        {"question": "And when did that happen?", "conversation": "a"},
        {"question": "Who is the security minister?", "conversation": 7},
        {"question": "Why?", "conversation": "7"},
        {"question": "Who is the security minister?\u001b[31m", "conversation": 8},
    ]
    stdin = "\ufeff" + "\n".join(json.dumps(x) for x in lines) + "\n" + '{"question": "x", "conversation": ' + "9" * 5000 + "}\n"
    code, out, _ = run_cli("ask", "--json", "-", stdin=stdin)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(rows) == 6
    assert rows[0]["question"] == "Who referred Ali to Prevent?"
    assert rows[1]["read_as"] == "Who referred Ali to Prevent? And when did that happen?"
    assert rows[3]["read_as"] == "Why?"  # conversation "7" is not conversation 7
    assert "\x1b" not in rows[4]["read_as"] and rows[4]["read_as"].startswith("Who is the security minister?")
    assert "must be a JSON object (" in rows[5]["error"] and "digits" in rows[5]["error"]


def test_explain_shows_passages_sentences_scores_and_the_decision(run_cli):
    code, out, _ = run_cli("ask", "--explain", "When was the 12-month review logged?")
    assert code == 0
    why = out.split("Why this answer", 1)[1]
    assert "Answered: the best sentence quoted scores" in why and "threshold" in why
    assert "Passages, in the order" in why and "Sentences weighed, best first:" in why and "*" in why
    code, out, _ = run_cli("ask", "--json", "--explain", "Which team won the 1966 football World Cup?")
    data = json.loads(out)
    assert data["abstained"] and data["explanation"]["decision"] == "abstained"
    assert data["explanation"]["candidates"] == sorted(data["explanation"]["candidates"], key=lambda c: -c["probability"])
    assert all(c["probability"] < data["explanation"]["threshold"] for c in data["explanation"]["candidates"])


def test_a_summary_asked_in_json_lists_the_opening_quotes_one_a_line(run_cli, shipped_copy):
    """`ask --json` of a whole-section question: answer lines "- quote [n]", each citation checkable."""
    code, out, _ = run_cli("ask", "--json", "--explain", "Give me the gist of the articles")
    assert code == 0
    data = json.loads(out)
    lines = data["answer"].split("\n")
    assert len(lines) == len(data["citations"]) >= 2 and all(line.startswith("- ") for line in lines)
    assert len({c["source"] for c in data["citations"]}) == 1
    check_spans_against_files(data, shipped_copy)
    assert data["explanation"]["notes"][0].startswith("section quoted: the question asks for the summary")
    code, out, _ = run_cli("ask", "Give me the gist of the articles")
    printed = out.split("\n\nSources")[0].splitlines()
    assert sum(line.startswith("- ") for line in printed) == len(lines)  # the terminal keeps one quote a line


def test_a_name_no_text_mentions_is_said_in_the_answer_and_the_explanation(run_cli):
    code, out, _ = run_cli("ask", "--json", "--explain", "What did Sajid Javid tell MPs about Prevent?")
    assert code == 0
    data = json.loads(out)
    assert data["abstained"] and data["citations"] == []
    assert data["answer"] == "The review texts do not answer this. None of them mentions \u201cSajid Javid\u201d."
    assert data["explanation"]["notes"] == ["not searched: none of the documents mentions \u201cSajid Javid\u201d"]
    code, out, _ = run_cli("ask", "What did Sajid Javid tell MPs about Prevent?")
    assert code == 0 and out.startswith("The review texts do not answer this. None of them mentions \u201cSajid Javid\u201d.")


def test_a_comparing_question_answers_a_line_per_council_in_json(three_reports, monkeypatch, capsys):
    """`ask --json` of "How do Leeds and Bristol compare …?": lines "- <council>: … [n]", every cited
    span the text of its report, `named` both reports."""
    monkeypatch.setattr(cli, "make_assistant", lambda settings: three_reports)
    code = cli.main(["ask", "--json", "--explain", "How do Leeds and Bristol compare on support for care leavers?"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and not data["abstained"]
    lines = data["answer"].split("\n")
    assert [line.split(":")[0] for line in lines] == ["- Leeds", "- Bristol"]
    assert sorted(data["named"]) == ["ofsted-bristol-10-march-2023.pdf", "ofsted-leeds-09-may-2022.pdf"]
    for citation in data["citations"]:
        text = three_reports.document_text(citation["source"])
        assert text[citation["start"] : citation["end"]] == citation["text"]
        assert citation["source"] == ("ofsted-leeds-09-may-2022.pdf" if f"[{citation['n']}]" in lines[0] else "ofsted-bristol-10-march-2023.pdf")
    assert data["explanation"]["notes"][0].startswith("compared: the question compares Leeds (1 report), Bristol (1 report)")
