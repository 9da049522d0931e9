"""Document furniture: sentences a library repeats across many documents (documents/furniture.py)."""

import pytest

from assistant.documents.furniture import furniture_key, is_photo_caption, is_picture_title, repeated_sentences

CONTACT = "Interested in our work? You can subscribe to our newsletter at our website."


def _report(council: str, adoptions: int) -> str:
    return f"Children in {council} are safe. There have been {adoptions} adoptions. {CONTACT}"


def test_a_sentence_in_three_documents_or_more_is_furniture():
    found = repeated_sentences([_report("Leeds", 153), _report("Bristol", 153), _report("Kent", 90), "Nothing shared here."])
    assert furniture_key("Interested in our work?") in found
    assert furniture_key("You can subscribe to our newsletter at our website.") in found
    assert furniture_key("There have been 153 adoptions.") not in found  # two documents only
    assert not any("safe" in key for key in found)  # each council's own sentence


def test_figures_count_and_case_and_spacing_do_not():
    assert furniture_key("There have been 153  adoptions.") == furniture_key("there have been 153 adoptions.")
    assert furniture_key("There have been 153 adoptions.") != furniture_key("There have been 90 adoptions.")


def test_a_library_of_two_or_a_large_one_where_few_share_a_sentence_has_none():
    assert repeated_sentences([_report("Leeds", 1), _report("Bristol", 2)]) == frozenset()
    # 3 of 100 documents is under the 8% share: a fact a few reports happen to state alike.
    library = [_report("Leeds", 1), _report("Bristol", 2), _report("Kent", 3)] + [f"Report {n} says little." for n in range(97)]
    assert furniture_key("Interested in our work?") not in repeated_sentences(library)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("David Amess (Image: UK PARLIAMENT/AFP via Getty Imag)", True),
        ("(Photo: Getty)", True),
        ("Sir David was posthumously given a statue in Southend (Image: PA )", False),  # it states something
        ("The council's image of itself (see the photo on page 3) was too positive.", False),
    ],
)
def test_a_picture_credit_with_a_few_words_of_caption_is_no_statement(line, caption):
    assert is_photo_caption(line) is caption


def test_a_line_titling_the_picture_after_it_is_furniture():
    text = (
        "The case was exited too quickly.\n\nA statue of Sir David Amess\n\n"
        "Sir David was posthumously given a statue in Southend (Image: PA )\n\nThe reviewer found more.\n\nSecurity Minister\n\nDan Jarvis spoke."
    )

    def at(sentence):
        start = text.index(sentence)
        return is_picture_title(text, start, start + len(sentence))

    assert at("A statue of Sir David Amess")
    assert not at("Sir David was posthumously given a statue in Southend (Image: PA )")  # the caption states something
    assert not at("The case was exited too quickly.")
    assert not at("Security Minister")  # a heading: no picture after it
