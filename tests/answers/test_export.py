"""The Markdown export: what a person typed is shown as typed; quotes stay as the source has them."""

from assistant.answers.export import conversation_markdown
from assistant.domain import Answer, Citation


def test_markdown_marks_in_a_question_are_escaped_and_quotes_are_left_as_the_source_has_them():
    quote = "The *pier* opened on 3 March 2019."
    citation = Citation(n=1, source="harbour.md", start=0, end=len(quote), text=quote, score=0.9)
    typed = "[bold]Who[/bold] opened the *pier*? # <b>x</b>"
    answer = Answer(typed, f"{quote} [1]", False, (citation,), read_as=f"Which pier? {typed}")
    markdown = conversation_markdown([answer])
    assert r"## 1. \[bold\]Who\[/bold\] opened the \*pier\*? \# \<b\>x\</b\>" in markdown
    assert r"_Read as: Which pier? \[bold\]Who" in markdown
    assert f"   > {quote}" in markdown  # the quote is checkable against its source, mark for mark
