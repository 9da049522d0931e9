"""On the real stack: in a library, a conversation keeps to the report its questions named."""

import json

import pytest

from tests.conftest import THREE_REPORTS

LEEDS, BRISTOL = THREE_REPORTS[0], THREE_REPORTS[1]


@pytest.mark.real
def test_a_question_naming_no_report_keeps_to_the_one_the_conversation_named(three_reports, tmp_path):
    from assistant.answers.conversation import Conversation
    from assistant.answers.export import conversation_markdown
    from assistant.answers.history import HistoryStore

    conversation = Conversation("leeds")
    first = three_reports.ask("What workforce difficulties does Ofsted say Leeds children's services face?", conversation=conversation)
    assert first.kept_to == () and first.named == (LEEDS,)  # it names Leeds itself
    assert first.to_json()["named"] == [LEEDS]
    second = three_reports.ask("How have leaders created extra capacity?", conversation=conversation)
    assert second.read_as is None  # read as asked ...
    assert second.kept_to == (LEEDS,)  # ... within the report the conversation is about
    assert second.citations and {c.source for c in second.citations} == {LEEDS}
    assert second.to_json()["kept_to"] == [LEEDS]

    alone = three_reports.ask("How have leaders created extra capacity?")
    assert alone.kept_to == () and alone.to_json()["kept_to"] == []

    # Kept in history and in the export.
    store = HistoryStore(tmp_path)
    store.append("c", second)
    saved, problems = store.load("c")
    assert not problems and saved[0].kept_to == (LEEDS,)
    # A conversation reopened from history keeps to the report its first question named.
    store.append("d", first)
    reopened = Conversation.restore("d", store.load("d")[0])
    assert reopened.read("How have leaders created extra capacity?").prefer_documents == {LEEDS}
    assert f"Kept to the conversation's documents: `{LEEDS}`" in conversation_markdown(saved)
    # A question naming another report moves the conversation there.
    third = three_reports.ask("How did Ofsted rate Bristol's services for care leavers?", conversation=conversation)
    assert third.kept_to == () and conversation.read("What did it recommend?").prefer_documents == {BRISTOL}
    json.dumps(third.to_json())
