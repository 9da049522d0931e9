import pytest

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


@pytest.mark.parametrize(
    "field, usable",
    [
        ("Prevent Learning Review", True),
        ("The Report of the Manchester Arena Inquiry Volume 1", True),
        ("Template  Report template", False),
        ("Microsoft Word - Peterborough ready for publication 14.09.2015", False),
        ("Shropshire draft report use this one", False),
        ("Brent - Draft Report (5)", False),
        ("review-final.docx", False),
        ("Document1", False),
        ("  ", False),
        ("2021", False),
    ],
)
def test_a_files_title_field_is_used_only_when_it_names_the_document(field, usable):
    from assistant.documents.loading import usable_title

    assert (usable_title(field) is not None) is usable


@pytest.mark.real
@pytest.mark.parametrize(
    "name, title, file_title",
    [
        ("ofsted-medway-23-august-2013.pdf", "Inspection of looked after children services", "Template  Report template"),
        ("ofsted-hillingdon-11-february-2014.pdf", "London Borough of Hillingdon", "Hillingdon Draft Report 4"),
        ("ofsted-bristol-10-march-2023.pdf", "Inspection of Bristol local authority children’s services", ""),  # its own field, kept
    ],
)
def test_a_real_reports_working_title_gives_way_to_its_first_line(tmp_path, name, title, file_title):
    """People see the title that names the report; the answer model keeps reading the field it was trained with."""
    import shutil
    from pathlib import Path

    shutil.copy(Path(__file__).parent.parent / "data" / "ofsted" / name, tmp_path / name)
    [doc], _ = _load(tmp_path)
    assert (doc.title, doc.file_title) == (title, file_title)
    assert doc.model_title == (file_title or title)
