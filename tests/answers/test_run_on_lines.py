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


def test_a_quote_that_runs_onto_the_next_page_names_both_pages(tmp_path):
    from assistant.answers.answering import cite
    from assistant.answers.history import HistoryStore
    from assistant.documents.locations import Location
    from assistant.domain import Answer, Chunk, Passage

    text = "The review met on 3 May. It found the log was never kept and the pier went unchecked."
    chunk = Chunk("c1", "review.pdf", 0, len(text), 1, text)
    breaks_at = text.index("pier")  # page 4 starts here

    def locate(doc_id, offset):
        return Location("Findings", 2, None, "3" if offset < breaks_at else "4", 3 if offset < breaks_at else 4)

    start = text.index("It found")
    across = cite(1, Passage(chunk, 1.0, 1), start, len(text), text[start:], 0.9, {}, locate)
    within = cite(2, Passage(chunk, 1.0, 1), 0, 24, text[:24], 0.9, {}, locate)
    assert (across.page, across.end_page) == ("3", "4") and across.location.startswith("pp. 3\u20134, ")
    assert within.end_page is None and within.location.startswith("p. 3, ")
    store = HistoryStore(tmp_path)
    store.append("c", Answer("q", "… [1]", False, (across,)))
    assert store.load("c")[0][0].citations[0].end_page == "4"  # kept in history and the JSON contract
