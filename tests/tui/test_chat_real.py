"""The chat driven by Pilot on the real model, FAISS and the shipped corpus."""

from rich.text import Text

from assistant.tui.app import create_app
from assistant.tui.widgets.answer_block import AnswerBlock
from assistant.tui.widgets.source_panel import SourceList, SourcePanel
from tests.tui.conftest import ask, wait_for


async def test_ask_read_and_check_a_cited_answer(shipped_assistant, history):
    app = create_app(assistant=shipped_assistant, history=history)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="the assistant to load")
        block = await ask(pilot, app, "On what date did the intervention provider meet Ali?")
        answer = block.answer
        assert not answer.abstained and "17 January 2015" in answer.text
        assert answer.citations[0].source == "004_256014053818b57a.txt"
        options = block.query_one(SourceList)
        assert options.option_count == len(answer.citations)

        # Keyboard: Tab into the sources, Enter opens the first citation in the panel.
        await pilot.press("tab", "enter")
        await pilot.pause()
        panel = app.query_one(SourcePanel)
        assert panel.display
        context = panel.query_one("#source-context").content
        assert isinstance(context, Text)
        cited = answer.citations[0]
        highlighted = [context.plain[s.start : s.end] for s in context.spans if "yellow" in str(s.style)]
        assert highlighted == [cited.text]
        heading = panel.query_one("#source-heading").visual.plain
        assert cited.source in heading and cited.location in heading

        # The whole document opens at the span.
        await pilot.press("o")
        await pilot.pause()
        area = app.screen.query_one("#document-text")
        assert area.selected_text == cited.text
        await pilot.press("escape", "escape")

        # Export writes questions, answers and quoted citations, and says where.
        await pilot.press("ctrl+e")
        await pilot.pause()
        exported = app.last_export.read_text(encoding="utf-8")
        assert "On what date did the intervention provider meet Ali?" in exported
        assert cited.text.split()[0] in exported and cited.source in exported and cited.location in exported


async def test_abstention_is_shown_apart_and_related_passages_are_not_citations(shipped_assistant, history):
    app = create_app(assistant=shipped_assistant, history=history)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        block = await ask(pilot, app, "Which team won the 1966 football World Cup?")
        assert block.answer.abstained and "abstained" in block.classes
        assert block.query_one(".not-found").visual.plain == "Not found in the review texts."
        assert not block.query(".sources")


async def test_a_person_the_texts_never_mention_is_named_in_the_abstention(shipped_assistant, history):
    app = create_app(assistant=shipped_assistant, history=history)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        block = await ask(pilot, app, "What did Sajid Javid say about the Prevent review?")
        assert block.answer.abstained and block.query_one(".not-found").visual.plain == "Not found in the review texts."
        assert block.query_one(".not-found-why").visual.plain == "None of them mentions \u201cSajid Javid\u201d."
        unnamed = await ask(pilot, app, "Which team won the 1966 football World Cup?")
        assert unnamed.query_one(".not-found-why").visual.plain.startswith("The texts hold nothing that answers this")


async def test_a_follow_up_is_read_in_context_and_a_new_topic_resets_it(shipped_assistant, history):
    app = create_app(assistant=shipped_assistant, history=history)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        first = await ask(pilot, app, "Who referred Ali to Prevent?")
        assert first.answer.read_as is None and not first.query(".read-as")
        follow = await ask(pilot, app, "And when did that happen?")
        assert follow.answer.read_as == "Who referred Ali to Prevent? And when did that happen?"
        shown = follow.query_one(".read-as").visual.plain
        assert shown.startswith("read as: ") and "Who referred Ali to Prevent?" in shown
        assert follow.answer.citations and follow.answer.citations[0].source.endswith(".txt")  # quality: evals/conversations.jsonl

        # F2 explains the latest answer; Esc closes it.
        await pilot.press("f2")
        await pilot.pause()
        assert "Sentences weighed" in app.screen.query_one("#explain-text").visual.plain
        await pilot.press("escape")

        # "thanks" is not looked for, and is no turn of the conversation (live or reopened).
        thanks = await ask(pilot, app, "thanks")
        assert thanks.answer.abstained and thanks.answer.read_as is None
        await pilot.press("f2")
        await pilot.pause()
        assert "not searched" in app.screen.query_one("#explain-text").visual.plain
        await pilot.press("escape")

        # History keeps the reading; a reopened conversation keeps its context.
        saved, _ = history.load(app.conversation_id)
        assert saved[-2].read_as == follow.answer.read_as and saved[-1].question == "thanks"
        app.reopen(app.conversation_id)
        await pilot.pause()
        assert app.conversation.read("Why?").read_as.startswith("Who referred Ali to Prevent?")

        # /new: the next question is read on its own.
        app.query_one("#question").focus()
        await pilot.press(*"/new", "enter")
        await pilot.pause()
        fresh = await ask(pilot, app, "And when did that happen?")
        assert fresh.answer.read_as is None


async def test_a_question_kept_to_the_conversations_report_says_so(three_reports, history):
    app = create_app(assistant=three_reports, history=history)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        first = await ask(pilot, app, "What workforce difficulties does Ofsted say Leeds children's services face?")
        assert not first.query(".kept-to")
        kept = await ask(pilot, app, "How have leaders created extra capacity?")
        assert kept.answer.kept_to == ("ofsted-leeds-09-may-2022.pdf",)
        assert kept.query_one(".kept-to").visual.plain == "kept to: ofsted-leeds-09-may-2022.pdf"
        assert not kept.query(".read-as")  # read as asked


async def test_a_follow_up_asking_for_the_recommendations_lists_the_reports_section(three_reports, history):
    """"What did it recommend?" after a question about Bristol: Bristol's list, one item a line."""
    app = create_app(assistant=three_reports, history=history)
    async with app.run_test(size=(120, 50)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        await ask(pilot, app, "How did Ofsted rate Bristol's help and protection for children in 2023?")
        listed = await ask(pilot, app, "What did it recommend?")
        answer = listed.answer
        assert len(answer.citations) == 6 and {c.source for c in answer.citations} == {"ofsted-bristol-10-march-2023.pdf"}
        assert all(c.heading == "What needs to improve?" for c in answer.citations)
        shown = listed.query_one(".answer-text")
        assert shown.source.count("\n- ") == 5 and shown.source.startswith("- ")  # a Markdown list, one item a line
        await pilot.press("f2")
        await pilot.pause()
        assert "What needs to improve?" in app.screen.query_one("#explain-text").visual.plain


async def test_a_comparing_question_shows_a_line_per_council_each_with_its_sources(three_reports, history):
    """"How do Leeds and Bristol compare …?": one list item each, the sources listing both reports."""
    app = create_app(assistant=three_reports, history=history)
    async with app.run_test(size=(120, 50)) as pilot:
        await wait_for(pilot, lambda: app.ready, what="load")
        block = await ask(pilot, app, "How do Leeds and Bristol compare on support for care leavers?")
        answer = block.answer
        shown = block.query_one(".answer-text").source
        assert shown.startswith("- Leeds: ") and "\n- Bristol: " in shown
        assert {c.source for c in answer.citations} == {"ofsted-leeds-09-may-2022.pdf", "ofsted-bristol-10-march-2023.pdf"}
        assert block.query_one(SourceList).option_count == len(answer.citations)
        await pilot.press("f2")
        await pilot.pause()
        assert "compares Leeds (1 report), Bristol (1 report)" in app.screen.query_one("#explain-text").visual.plain
        await pilot.press("escape")
        await pilot.pause()
        app.query_one("#question").focus()
        other = await ask(pilot, app, "What about Barnsley?")
        assert other.query_one(".read-as").visual.plain.endswith("How do Barnsley do on support for care leavers?")
        assert {c.source for c in other.answer.citations} == {"ofsted-barnsley-27-october-2023.pdf"}
