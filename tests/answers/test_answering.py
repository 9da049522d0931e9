import dataclasses

import pytest

from assistant.answers.answering import CitationError, answer_type_fit, citation_problems, clean_question, verify_citations
from assistant.core import Assistant, AssistantError
from assistant.domain import NOT_FOUND_TEXT


@pytest.fixture
def mini_assistant(mini_settings, hashing_embedder):
    assistant = Assistant(mini_settings, embedder=hashing_embedder)
    assistant.prepare()
    return assistant


def test_answer_sentences_carry_markers_and_verified_spans(mini_assistant):
    answer = mini_assistant.ask("When did the harbour master resign?")
    assert not answer.abstained
    assert "May 2021" in answer.text and "[1]" in answer.text
    first = answer.citations[0]
    text = mini_assistant.document_text(first.source)
    assert text[first.start : first.end] == first.text
    assert first.source == "harbour.md" and first.heading == "Findings"
    assert citation_problems(answer, mini_assistant.document_text) == []


def test_unrelated_question_abstains_without_citations(mini_assistant):
    answer = mini_assistant.ask("What is the recipe for banana bread?")
    assert answer.abstained and answer.text == NOT_FOUND_TEXT and answer.citations == ()


def test_scope_limits_answers_to_chosen_documents(mini_assistant):
    answer = mini_assistant.ask("When did it close?", documents=["library.txt"])
    assert all(c.source == "library.txt" for c in answer.citations)
    assert all(p.chunk.doc_id == "library.txt" for p in answer.passages)
    with pytest.raises(AssistantError, match="unknown document"):
        mini_assistant.ask("When?", documents=["nope.txt"])


def test_a_document_named_in_other_unicode_forms_or_not_indexed_is_found_or_explained(tmp_path, hashing_embedder, mini_settings):
    import unicodedata

    corpus = tmp_path / "named-corpus"
    corpus.mkdir()
    decomposed = unicodedata.normalize("NFD", "Zürich café.txt")  # as macOS stores names
    (corpus / decomposed).write_text("The Zürich café review was published on 3 March 2020.\n", encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    assistant = Assistant(mini_settings.replace(corpus_dir=corpus, index_dir=tmp_path / "named-index"), embedder=hashing_embedder)
    assistant.prepare()
    typed = unicodedata.normalize("NFC", "Zürich café.txt")
    assert typed != decomposed and assistant.document_id(typed) == decomposed
    answer = assistant.ask("When was the review published?", documents=[typed])
    assert all(c.source == decomposed for c in answer.citations)
    with pytest.raises(AssistantError, match=r"unknown document\(s\): empty.txt \(not indexed: "):
        assistant.ask("When?", documents=["empty.txt"])
    with pytest.raises(AssistantError, match='unknown document\\(s\\): ""'):
        assistant.ask("When?", documents=[""])


def test_empty_question_is_refused(mini_assistant):
    with pytest.raises(AssistantError, match="empty"):
        mini_assistant.ask(" \x00\n ")


def test_verification_catches_every_kind_of_bad_citation(mini_assistant):
    answer = mini_assistant.ask("When did the harbour master resign?")
    lookup = mini_assistant.document_text
    first = answer.citations[0]
    shifted = dataclasses.replace(answer, citations=(dataclasses.replace(first, start=first.start + 1),) + answer.citations[1:])
    assert any("differs" in p for p in citation_problems(shifted, lookup))
    outside = dataclasses.replace(answer, citations=(dataclasses.replace(first, end=10**6),) + answer.citations[1:])
    assert any("outside" in p for p in citation_problems(outside, lookup))
    dangling = dataclasses.replace(answer, text=answer.text + " Extra claim. [9]")
    assert any("[9]" in p for p in citation_problems(dangling, lookup))
    unknown = dataclasses.replace(answer, citations=(dataclasses.replace(first, source="ghost.txt"),) + answer.citations[1:])
    assert any("unknown source" in p for p in citation_problems(unknown, lookup))
    with pytest.raises(CitationError):
        verify_citations(shifted, lookup)


def test_answer_type_and_question_cleaning():
    assert answer_type_fit("When did it open?", "It opened on 3 March 2019.") == 1.0
    assert answer_type_fit("When did it open?", "It opened after a long wait.") == -1.0
    assert answer_type_fit("How many books moved?", "Nine thousand books moved.") == 1.0
    assert answer_type_fit("Why did it close?", "Because of the roof.") == 0.0
    # An escape sequence goes whole, as on screen (its payload once leaked into a follow-up's reading).
    assert clean_question("  what\x1b[31m  is\tit?\x00 ") == "what is it?"
    assert clean_question("\x1b]0;pwned\x07\x1b[31mWho referred Ali\x1b[0m to Prevent?") == "Who referred Ali to Prevent?"
    assert len(clean_question("x" * 100_000)) == 2000
    # Full-width letters (an East Asian keyboard) and a PDF's ligature read as the letters they are.
    assert clean_question("Ｗｈｏ ｋｉｌｌｅｄ Ｄａｖｉｄ Ａｍｅｓｓ？") == "Who killed David Amess?"
    assert clean_question("What did the ﬁnal review ﬁnd?") == "What did the final review find?"


def test_pruning_sentences_that_cannot_win_changes_no_answer(shipped_assistant):
    from assistant.answers.answering import clean_question

    answerer = shipped_assistant._answerer
    index = shipped_assistant.load_index()
    for question in [
        "On what date did the intervention provider meet Ali?",
        "Who is the security minister?",
        "What did the report say about record keeping?",
        "Which team won the 1966 football World Cup?",
    ]:
        passages, vector = shipped_assistant.retrieve(question)
        cleaned = clean_question(question)
        full = answerer.score_sentences(cleaned, vector, passages, index.term_weight)
        pruned = answerer.score_sentences(cleaned, vector, passages, index.term_weight, prune_below=answerer.threshold)
        assert len(pruned) <= len(full)
        assert [(s.start, s.end) for s in answerer.select(pruned)] == [(s.start, s.end) for s in answerer.select(full)]


def test_an_answer_says_it_kept_to_documents_only_when_its_citations_are_there_and_others_exist():
    from types import SimpleNamespace

    index = SimpleNamespace(documents={"a.txt": None, "b.txt": None, "c.txt": None})
    cites = lambda *sources: [SimpleNamespace(source=s) for s in sources]  # noqa: E731
    assert Assistant._kept_to(frozenset({"a.txt"}), cites("a.txt"), index) == {"a.txt"}
    assert Assistant._kept_to(frozenset({"a.txt"}), cites(), index) == {"a.txt"}  # abstained: it looked there
    assert Assistant._kept_to(frozenset({"a.txt"}), cites("a.txt", "b.txt"), index) == frozenset()  # cited elsewhere too
    assert Assistant._kept_to(frozenset({"a.txt", "b.txt", "c.txt"}), cites("a.txt"), index) == frozenset()  # every document
    assert Assistant._kept_to(frozenset(), cites("a.txt"), index) == frozenset()


def test_an_answer_without_its_scores_says_why_it_has_no_explanation_and_what_to_do():
    from assistant.answers.explain import explain_lines
    from assistant.domain import Answer

    lines = explain_lines(Answer("When?", "It closed. [1]", False))
    assert len(lines) == 1 and "reopened from history" in lines[0] and "Ask it again" in lines[0]
