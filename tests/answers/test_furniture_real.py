"""Document furniture on the real stack: a publisher's contact lines and licence, which every
report repeats, are never quoted (documents/furniture.py)."""

from assistant.documents.furniture import furniture_key


def test_the_reports_shared_contact_lines_are_furniture_and_never_quoted(three_reports):
    index = three_reports.load_index()
    assert furniture_key("Interested in our work?") in index.furniture
    assert not any("leeds" in key or "bristol" in key or "barnsley" in key for key in index.furniture)
    for question in ("What did Ofsted say about Barnsley's social workers?", "How can I contact Ofsted about the Leeds report?"):
        answer = three_reports.ask(question)
        assert not any(furniture_key(c.text) in index.furniture for c in answer.citations), question
