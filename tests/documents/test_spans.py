"""Sentence spans: a sentence a passage's end cut is quoted whole."""

from assistant.documents.spans import whole_sentence_end

TEXT = "Visits are regular. Children missing from school benefit from effective management oversight and interventions. Next one."


def test_a_sentence_cut_by_the_passage_end_runs_to_its_own_end():
    start = TEXT.index("Children")
    cut = TEXT.index("effective") + len("effect")  # the passage ended mid-word
    end = whole_sentence_end(TEXT, start, cut)
    assert TEXT[start:end] == "Children missing from school benefit from effective management oversight and interventions."


def test_a_sentence_ending_before_the_passage_end_is_left_alone():
    start = TEXT.index("Children")
    end = TEXT.index("Next") - 1
    assert whole_sentence_end(TEXT, start, end) == end
    assert whole_sentence_end(TEXT, 0, len(TEXT)) == len(TEXT)  # the document's end


def test_a_passage_reads_its_last_sentence_whole_and_the_next_leaves_it_out():
    from assistant.documents.spans import passage_sentence_spans

    text = "Judgement | Grade\n\nThe impact of leaders on practice | Good\n\nOverall effectiveness | Good\n\nServices are good overall here."
    cut = text.index("effectiveness") + len("effect")  # a passage ended mid-word
    first = [text[s:e] for s, e, _ in passage_sentence_spans(text, 0, cut)]
    assert first[-1] == "Overall effectiveness | Good"
    second = [text[s:e] for s, e, _ in passage_sentence_spans(text, cut, len(text))]
    assert "Overall effectiveness | Good" not in second and second == ["Services are good overall here."]
