import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.documents.chunking import Chunker, count_tokens
from assistant.documents.spans import paragraph_spans, sentence_spans
from assistant.domain import Document
from assistant.settings import ChunkerSettings


def doc(text, fmt="text"):
    return Document(id="d.txt", title="t", text=text, sha256="0", format=fmt)


def test_sentences_split_at_ends_not_at_abbreviations():
    text = "Mr. Smith met Dr. Jones on 4 May. They talked, e.g. about risk! Was it enough? Yes."
    pieces = [text[a:b] for a, b in sentence_spans(text)]
    assert pieces == ["Mr. Smith met Dr. Jones on 4 May.", "They talked, e.g. about risk!", "Was it enough?", "Yes."]


def test_quotes_stay_with_their_sentence():
    text = "He said ‘it was fine.’ Then he left. “Who knows?” she asked."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["He said ‘it was fine.’", "Then he left.", "“Who knows?” she asked."]


def test_paragraphs_are_blank_line_blocks():
    text = "  One.\nStill one.\n\n\nTwo.\r\n\r\nThree.  "
    assert [text[a:b] for a, b in paragraph_spans(text)] == ["One.\nStill one.", "Two.", "Three."]


def test_chunks_prefer_paragraph_ends_and_carry_headings():
    paragraph = " ".join(f"Sentence number {i} says something about the harbour." for i in range(8))
    text = f"# Report\n\n## Findings\n\n{paragraph}\n\n## Actions\n\n{paragraph}\n"
    chunks = Chunker(ChunkerSettings(max_tokens=120, overlap_tokens=20)).chunk(doc(text, "markdown"))
    assert chunks[0].heading in ("Report", "Findings")
    assert chunks[-1].heading == "Actions"
    for c in chunks:
        assert text[c.start : c.end] == c.text
        assert c.token_count <= 120


def test_chunk_ids_depend_on_content_not_position():
    chunker = Chunker(ChunkerSettings(max_tokens=24, overlap_tokens=4))
    body = (
        "The first paragraph is here and it has quite a number of words about the harbour inspections.\n\n"
        "The second paragraph is different text entirely, describing what the council decided to do next."
    )
    before = {c.text: c.id for c in chunker.chunk(doc(body))}
    opening = "A new opening paragraph was added at the top, long enough to need a chunk of its own.\n\n"
    after = {c.text: c.id for c in chunker.chunk(doc(opening + body))}
    shared = set(before) & set(after)
    assert shared and all(before[t] == after[t] for t in shared)


def test_a_sentence_longer_than_a_chunk_is_cut_at_token_boundaries():
    text = "word " * 500
    chunks = Chunker(ChunkerSettings(max_tokens=50, overlap_tokens=10)).chunk(doc(text))
    assert len(chunks) >= 10
    assert all(c.token_count <= 50 for c in chunks)


TEXT = st.lists(
    st.sampled_from(list("abcdefghij ABC.,!?;’“”\n\t\r") + ["é", "ß", "\u202e", "\u0301", "日本", "🙂", "Mr. ", "\n\n", "word "]),
    max_size=600,
).map("".join) | st.text(max_size=300)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, size=st.integers(min_value=16, max_value=120), overlap_fraction=st.floats(0, 0.45))
def test_chunker_invariants(text, size, overlap_fraction):
    overlap = int(size * overlap_fraction) if size * overlap_fraction < size // 2 else 0
    overlap = min(overlap, size // 2 - 1)
    chunks = Chunker(ChunkerSettings(max_tokens=size, overlap_tokens=overlap)).chunk(doc(text))
    previous_start, previous_end = -1, -1
    covered = [False] * len(text)
    for i, chunk in enumerate(chunks):
        assert 0 <= chunk.start < chunk.end <= len(text)
        assert text[chunk.start : chunk.end] == chunk.text
        assert chunk.position == i
        assert chunk.start >= previous_start and chunk.end > previous_end  # in order
        assert count_tokens(chunk.text) <= size
        previous_start, previous_end = chunk.start, chunk.end
        for j in range(chunk.start, chunk.end):
            covered[j] = True
    # Every non-space character lies in some chunk.
    assert all(covered[j] or text[j].isspace() for j in range(len(text)))
    assert len({c.id for c in chunks}) == len(chunks)
