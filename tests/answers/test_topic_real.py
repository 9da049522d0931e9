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


SIX_MONTHS = "Who failed to carry out the six-month follow-up on Ali's case?"
HOW_LATE = "And how late was the 12-month one?"
LATE = "Then the 12 month review was conducted six months later than it should have been."


@pytest.mark.real
def test_a_follow_up_finds_its_answer_around_the_previous_quote(shipped_assistant):
    """"And how late was the 12-month one?" is answered by the sentence after the one quoted before."""
    import dataclasses

    from assistant.answers.conversation import Conversation

    conversation = Conversation("reviews")
    first = shipped_assistant.ask(SIX_MONTHS, conversation=conversation)
    assert first.citations
    follow_up = shipped_assistant.ask(HOW_LATE, conversation=conversation)
    assert LATE in [c.text for c in follow_up.citations]
    assert any("around the previous answer's quote" in note for note in follow_up.explanation.notes)

    def probability(answer) -> float:
        return max((c.probability for c in answer.explanation.candidates if c.text == LATE), default=0.0)

    # The same conversation without the preference: that sentence scores lower and is not quoted.
    saved = shipped_assistant.settings
    shipped_assistant.settings = dataclasses.replace(saved, follow_up_near_weight=0.0)
    shipped_assistant._model_answerer_instance = None
    try:
        plain = Conversation("reviews-plain")
        shipped_assistant.ask(SIX_MONTHS, conversation=plain)
        without = shipped_assistant.ask(HOW_LATE, conversation=plain)
    finally:
        shipped_assistant.settings = saved
        shipped_assistant._model_answerer_instance = None
    assert probability(without) < probability(follow_up)
    assert LATE not in [c.text for c in without.citations]


@pytest.mark.real
def test_a_follow_up_limited_to_other_documents_does_not_look_around_the_previous_quote(shipped_assistant):
    from assistant.answers.conversation import Conversation

    conversation = Conversation("limited")
    first = shipped_assistant.ask(SIX_MONTHS, conversation=conversation)
    quoted = {c.source for c in first.citations}
    other = sorted(set(shipped_assistant.load_index().documents) - quoted)
    assert quoted and other
    follow_up = shipped_assistant.ask(HOW_LATE, conversation=conversation, documents=other)
    assert {p.chunk.doc_id for p in follow_up.passages} <= set(other)
    assert {c.source for c in follow_up.citations} <= set(other)
    assert not any("around the previous answer's quote" in note for note in follow_up.explanation.notes)



LEWISHAM = "ofsted-lewisham-31-january-2024.pdf"


@pytest.fixture(scope="module")
def lewisham_and_others(real_embedder, tmp_path_factory):
    from tests.conftest import ofsted_assistant

    return ofsted_assistant(
        real_embedder, tmp_path_factory, (LEWISHAM, "ofsted-barnsley-27-october-2023.pdf", "ofsted-manchester-21-december-2017.pdf"), "lewisham"
    )


@pytest.mark.real
def test_a_follow_up_whose_context_names_the_conversations_report_keeps_to_it(lewisham_and_others):
    """"Which of them is about private fostering?" after Lewisham's recommendations: read with the
    turn before, it names Lewisham as the conversation does, so it is answered from Lewisham's
    report or not at all. It was answered from Barnsley's and Manchester's, whose passages a search
    of the library brings beside the named report's."""
    from assistant.answers.conversation import Conversation

    conversation = Conversation("lewisham")
    first = lewisham_and_others.ask("What does Lewisham need to improve?", conversation=conversation)
    assert first.citations and {c.source for c in first.citations} == {LEWISHAM}
    then = lewisham_and_others.ask("Which of them is about private fostering?", conversation=conversation)
    assert then.read_as.startswith("What does Lewisham need to improve?")
    assert {c.source for c in then.citations} <= {LEWISHAM}


@pytest.mark.real
def test_an_acronym_is_read_by_the_model_as_its_long_form(lewisham_and_others):
    # Read as "Is Barnsley's DCS (director of children’s services) new?" the sentence on the new
    # executive director scored under the threshold and the question abstained.
    from dataclasses import replace

    from assistant.core import Assistant

    answer = lewisham_and_others.ask("Is Barnsley's DCS new?")
    assert not answer.abstained and any("new executive director" in c.text for c in answer.citations)
    assert any("an acronym as its long form" in note and "director of children’s services new" in note for note in answer.explanation.notes)
    beside = Assistant(replace(lewisham_and_others.settings, model_acronyms="beside"), embedder=lewisham_and_others.embedder)
    assert beside.ask("Is Barnsley's DCS new?").abstained
