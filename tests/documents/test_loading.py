from assistant.documents.loading import LoadProblem, iter_documents, scan_corpus


def _load(tmp_path, max_bytes=None):
    sources, ignored = scan_corpus(tmp_path)
    return list(iter_documents(sources, max_bytes)), ignored


def test_documents_keep_exact_text_and_relative_ids(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("# Title here\r\n\r\nBody text.\r\n", encoding="utf-8", newline="")
    (tmp_path / "b.txt").write_bytes("\ufeffFirst line\nSecond".encode("utf-8"))
    (tmp_path / "notes.csv").write_text("x,y")
    (tmp_path / ".hidden.txt").write_text("secret")
    items, ignored = _load(tmp_path)
    docs = {d.id: d for d in items}
    assert set(docs) == {"b.txt", "sub/a.md"}
    assert ignored == ["notes.csv"]
    assert docs["sub/a.md"].title == "Title here"
    assert docs["sub/a.md"].text == "# Title here\r\n\r\nBody text.\r\n"  # line endings kept: offsets match the file
    assert docs["b.txt"].text == "First line\nSecond"  # BOM dropped
    assert docs["b.txt"].title == "First line"
    assert docs["b.txt"].format == "text" and docs["sub/a.md"].format == "markdown"


def test_bad_files_are_reported_one_line_each_and_skipped(tmp_path):
    (tmp_path / "good.txt").write_text("Useful text about the review.")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n  ")
    (tmp_path / "binary.txt").write_bytes(b"abc\x00def")
    (tmp_path / "huge.txt").write_text("word " * 400)
    items, _ = _load(tmp_path, max_bytes=1000)
    problems = {p.doc_id: p.reason for p in items if isinstance(p, LoadProblem)}
    assert [d.id for d in items if not isinstance(d, LoadProblem)] == ["good.txt"]
    assert "UTF-8" in problems["latin1.txt"]
    assert problems["empty.txt"] == "empty file"
    assert problems["blank.md"] == "empty file"
    assert "NUL" in problems["binary.txt"]
    assert "too large" in problems["huge.txt"]
    assert all("\n" not in reason for reason in problems.values())
