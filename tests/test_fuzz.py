"""Fuzzing the edges: random bytes, control characters, markup, RTL and combining marks, huge input.

No crash, no hang, offsets stay valid. The long battery: HYPOTHESIS_PROFILE=long bin/test tests/test_fuzz.py
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.cli import format_answer
from assistant.core import Assistant, AssistantError
from assistant.documents.loading import DocumentError, SourceFile, load_document
from assistant.safety import strip_control
from assistant.tui.render import answer_markdown, display_span

NASTY = st.sampled_from(
    ["[bold]", "[/]", "[link=x]", "\x1b[31m", "\x1b]8;;http://x\x07", "\x07", "\x00", "\u202e", "\u0301", "\u200f",
     "\r\n", "\n\n", "**", "#", "`", "\\", "\ufeff", "\ud7ff", "🙂", "日本語", " ", "word", "May 2021", "."]
)
TEXT = st.lists(st.one_of(NASTY, st.text(max_size=12)), max_size=80).map("".join)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_loader_never_raises_anything_but_a_document_error(tmp_path, data):
    path = tmp_path / "f.txt"
    path.write_bytes(data)
    try:
        doc = load_document(SourceFile("f.txt", path, len(data), 0), max_bytes=10_000)
    except DocumentError as exc:
        assert "\n" not in str(exc)
        return
    assert doc.text.strip() and doc.id == "f.txt"


@given(text=TEXT, start=st.integers(0, 400), length=st.integers(0, 400))
def test_display_span_keeps_offsets_valid(text, start, length):
    start = min(start, len(text))
    end = min(len(text), start + length)
    clean, s, e = display_span(text, start, end)
    assert clean[s:e] == strip_control(text[start:end])
    assert "\x1b" not in clean and "\x07" not in clean and "\x00" not in clean


@given(text=TEXT)
def test_formatters_do_not_crash_on_any_text(text):
    from assistant.domain import Answer, Citation

    answer = Answer(text, f"{text} [1]", False, (Citation(1, "a.txt", 0, len(text) or 1, text or "x", 0.5),))
    printed = format_answer(answer)
    assert "[1]" in printed and "\x1b" not in printed and "\x9b" not in printed
    markdown = answer_markdown(answer)
    assert "**\\[1\\]**" in markdown and "\x1b" not in markdown


def test_a_c1_control_in_a_document_cannot_swallow_a_marker():
    from assistant.domain import Answer, Citation

    answer = Answer("q", "\x9b [1]", False, (Citation(1, "a.txt", 0, 1, "\x9b", 0.5),))
    assert answer_markdown(answer).endswith("**\\[1\\]**")
    assert format_answer(answer).splitlines()[0].strip() == "[1]"


@pytest.fixture(scope="module")
def fuzz_assistant(tmp_path_factory):
    import shutil

    from assistant.settings import Settings
    from tests.conftest import DATA, HashingEmbedder

    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(DATA / "mini", root / "corpus")
    assistant = Assistant(Settings(corpus_dir=root / "corpus", index_dir=root / "index", data_dir=root / "data"), embedder=HashingEmbedder())
    assistant.prepare()
    return assistant


@given(question=TEXT)
def test_any_question_gets_a_verified_answer_or_a_clear_refusal(fuzz_assistant, question):
    try:
        answer = fuzz_assistant.ask(question)
    except AssistantError as exc:
        assert "empty" in str(exc)
        return
    for c in answer.citations:
        assert fuzz_assistant.document_text(c.source)[c.start : c.end] == c.text


@pytest.mark.parametrize("size", [100_000, 1_000_000])
def test_huge_questions_and_lines_are_handled(fuzz_assistant, size, tmp_path):
    answer = fuzz_assistant.ask("library " * (size // 8))
    assert answer.question and (answer.abstained or answer.citations)
    path = tmp_path / "long.txt"
    path.write_text("x" * size)  # one huge line
    doc = load_document(SourceFile("long.txt", path, size, 0))
    from assistant.documents.chunking import Chunker
    from assistant.settings import ChunkerSettings

    chunks = Chunker(ChunkerSettings()).chunk(doc)
    assert chunks and all(doc.text[c.start : c.end] == c.text for c in chunks)
