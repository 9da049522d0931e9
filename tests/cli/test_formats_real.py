"""A corpus mixing every format, on the real model: page, section and paragraph in every citation."""

import json

import pytest

from assistant import cli
from assistant.core import Assistant
from assistant.search.indexing import check_index
from tests.fixtures_formats import write_mixed_corpus


@pytest.fixture(scope="module")
def mixed(real_embedder, tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed")
    corpus = write_mixed_corpus(root / "corpus")
    return corpus, root / "index"


@pytest.fixture
def run(mixed, real_embedder, monkeypatch, capsys):
    corpus, index = mixed
    monkeypatch.setattr(cli, "make_assistant", lambda settings: Assistant(settings, embedder=real_embedder))

    def run(*argv):
        code = cli.main([*argv, "--corpus", str(corpus), "--index", str(index)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_mixed_corpus_indexes_answers_and_locates(run):
    code, out, err = run("index")
    assert code == 0, err
    assert "ignored photo.jpg (not a supported format)" in err
    assert "indexed 5 document(s)" in out

    code, out, _ = run("ask", "--json", "When was the pier inspection that was never recorded?")
    data = json.loads(out)
    first = data["citations"][0]
    assert first["source"] == "harbour-review.pdf" and "3 May 2022" in data["answer"]
    assert (first["page"], first["page_index"], first["section"], first["paragraph"]) == ("2", 3, "Findings", "4.12")
    assert first["location"].startswith("p. 2 (page 3 of the file), para 4.12, Findings")

    code, shown, _ = run("show", first["source"], "--span", f"{first['start']}:{first['end']}")
    assert shown.rstrip("\n") == first["text"]

    code, out, _ = run("ask", "--json", "What should the harbour authority keep?")
    rec = json.loads(out)["citations"][0]
    assert rec["paragraph"] == "Recommendation 7" and rec["page"] == "3"

    code, out, _ = run("ask", "--json", "When was the lifeboat drill skipped?")
    word = json.loads(out)["citations"][0]
    assert (word["source"], word["section"], word["paragraph"], word["page"]) == ("ferry-review.docx", "Findings", "5.3", None)

    code, out, _ = run("ask", "--json", "Why was the bridge closed?")
    web = json.loads(out)["citations"][0]
    assert (web["source"], web["section"], web["paragraph"]) == ("bridge-review.html", "Conclusions", "3.4")

    code, out, _ = run("ask", "When was the lifeboat drill skipped?")
    assert "[1] ferry-review.docx (para 5.3, Findings" in out

    code, out, _ = run("docs", "--json")
    rows = {r["source"]: r for r in json.loads(out)["documents"]}
    assert rows["harbour-review.pdf"]["format"] == "pdf" and rows["harbour-review.pdf"]["pages"] == 4
    assert all(r["state"] == "indexed" for r in rows.values())


def test_a_file_that_breaks_keeps_its_indexed_version(run, mixed, real_embedder):
    corpus, index = mixed
    run("index")
    (corpus / "ferry-review.docx").write_bytes(b"PK\x03\x04 truncated by a bad save")
    (corpus / "scan.pdf").write_bytes(b"")
    code, out, err = run("index")
    assert code == 1
    assert "ferry-review.docx: not a readable Word file" in err and "previously indexed version is kept" in err
    assert "scan.pdf: empty file" in err and "2 file(s) skipped" in out
    code, out, _ = run("ask", "--json", "When was the lifeboat drill skipped?")
    assert json.loads(out)["citations"][0]["source"] == "ferry-review.docx"
    code, out, _ = run("docs", "--json")
    rows = {r["source"]: r for r in json.loads(out)["documents"]}
    assert rows["ferry-review.docx"]["state"] == "failed" and "previous version kept" in rows["ferry-review.docx"]["reason"]
    assert rows["scan.pdf"]["state"] == "failed"
    from assistant.settings import Settings

    assert check_index(Settings(corpus_dir=corpus, index_dir=index), real_embedder).state == "fresh"
