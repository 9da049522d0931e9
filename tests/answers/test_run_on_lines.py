"""A line of thousands of characters without a full stop (a flattened table, a transcript) is
still quotable: the passage's part of it is cut into pieces, each a checkable span."""

from assistant.core import Assistant
from assistant.documents.spans import MAX_SENTENCE_CHARS, bounded_spans
from assistant.settings import Settings
from tests.conftest import HashingEmbedder


def test_long_spans_are_cut_at_spaces_within_the_passage_and_short_ones_kept():
    text = " ".join(f"word{i}" for i in range(600))
    spans = bounded_spans(text, [(0, 20), (0, len(text))], within=(1000, 2500))
    assert spans[0] == (0, 20)
    pieces = spans[1:]
    assert pieces[0][0] == 1000 and pieces[-1][1] <= 2500 and len(pieces) >= 3
    assert all(text[s] != " " and text[e - 1] != " " and e - s <= 400 for s, e in pieces)
    assert bounded_spans(text, [(0, MAX_SENTENCE_CHARS)]) == [(0, MAX_SENTENCE_CHARS)]


def test_an_answer_in_the_middle_of_a_run_on_line_is_quoted(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    filler = " ".join(f"filler{i} word" for i in range(800))
    line = f"{filler} and the harbour master is Bob Hay who started in 2019 {filler}\n"
    (corpus / "runon.txt").write_text(line, encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    assistant = Assistant(settings, embedder=HashingEmbedder())
    assistant.prepare()
    answer = assistant.ask("Who is the harbour master?")
    assert not answer.abstained and "the harbour master is Bob Hay" in answer.citations[0].text
    cited = answer.citations[0]
    assert line[cited.start : cited.end] == cited.text and len(cited.text) <= 400


def test_a_quote_leaves_out_the_list_bullet_its_sentence_opens_with(tmp_path):
    """PDFs give bullets as a symbol font's private-use glyphs (U+F06E, U+F02D), shown as a box."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (
        "Harbour review\n\nFindings:\n\n\uf06e The harbour master is Bob Hay, appointed in 2019.\n\n"
        "\u25fc The pier was inspected twice in 2020.\n"
    )
    (corpus / "review.txt").write_text(text, encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    assistant = Assistant(settings, embedder=HashingEmbedder())
    assistant.prepare()
    for question, quoted in [("Who is the harbour master?", "The harbour master is Bob Hay"), ("How often was the pier inspected?", "The pier was inspected")]:
        answer = assistant.ask(question)
        cited = answer.citations[0]
        assert cited.text.startswith(quoted) and text[cited.start : cited.end] == cited.text  # still the source at its span
        assert answer.text.startswith(quoted)
