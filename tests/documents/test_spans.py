"""Sentence spans: a sentence a passage's end cut is quoted whole."""

from assistant.documents.spans import whole_sentence_end

TEXT = "Visits are regular. Children missing from school benefit from effective management oversight and interventions. Next one."


def test_a_sentence_cut_by_the_passage_end_runs_to_its_own_end():
    start = TEXT.index("Children")
    cut = TEXT.index("effective") + len("effect")  # the passage ended mid-word
    end = whole_sentence_end(TEXT, start, cut, passage_end=cut)
    assert TEXT[start:end] == "Children missing from school benefit from effective management oversight and interventions."


def test_a_sentence_ending_before_the_passage_end_is_left_alone():
    start = TEXT.index("Children")
    end = TEXT.index("Next") - 1
    assert whole_sentence_end(TEXT, start, end, passage_end=len(TEXT)) == end
    assert whole_sentence_end(TEXT, 0, len(TEXT), passage_end=len(TEXT)) == len(TEXT)  # the document's end
