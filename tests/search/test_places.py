"""The English councils a question names, however a person writes the name."""

import pytest

from assistant.search.places import councils_in


@pytest.mark.parametrize(
    "question, councils",
    [
        ("What is the vacancy rate in the Royal Borough of Greenwich?", [{"greenwich"}]),
        ("What did the London Borough of Southwark say about care leavers?", [{"southwark"}]),
        ("Kent County Council vacancy rate?", [{"kent"}]),
        ("Barnsley Metropolitan Borough Council caseloads", [{"barnsley"}]),
        ("How is Bristol City Council doing?", [{"bristol"}]),
        ("What about the City of Bristol?", [{"bristol"}]),
        ("What grades did the City of London get?", [{"city", "london"}]),
        ("how many halton children are in care?", [{"halton"}]),  # lower case
        ("Are Newcastle's care leavers in work?", [{"newcastle", "tyne"}]),  # the name's opening word, one council's alone
        ("How did Telford do?", [{"telford", "wrekin"}]),
        ("What is the vacancy rate in the East Riding?", [{"east", "riding", "yorkshire"}]),
        ("How do Brighton and Hove and North Somerset compare?", [{"brighton", "hove"}, {"north", "somerset"}]),
        ("What did Reading's report say?", [{"reading"}]),  # an everyday word, with a capital
        ("I was reading the review of Leeds", [{"leeds"}]),  # and not without one
        ("Which Kingston report is newer?", []),  # Kingston upon Thames or upon Hull: no one council
        ("What happened in the North East?", []),  # a region, not North East Lincolnshire
        ("What did Bristol's report say about Avon and Somerset Police?", [{"bristol"}]),  # a body's name holds Somerset
        ("Did Greater Manchester Police work with Salford?", [{"salford"}]),
        ("What did Ofsted find?", []),
        ("Which constituency did David Amess represent?", []),
    ],
)
def test_a_councils_name_is_read_however_it_is_written(question, councils):
    assert [set(words) for words in councils_in(question)] == councils


def test_a_council_names_its_own_reports_not_a_longer_named_councils():
    """The retriever reads which reports are a council's from the library's file names: Somerset's
    are not North Somerset's, whose file name holds a longer council's name."""
    from assistant.search.retrieval import Retriever
    from assistant.search.routing import DocumentRouter

    files = ("ofsted-somerset-01-may-2023.pdf", "ofsted-north-somerset-10-june-2020.pdf", "ofsted-bristol-10-march-2023.pdf")
    retriever = Retriever.__new__(Retriever)  # only its reading of names, no index on disk
    retriever.index = type("Index", (), {"router": DocumentRouter({name: f"Inspection of {name}" for name in files})})()
    assert retriever._councils_named("How is Somerset doing?") == {files[0]}
    assert retriever._councils_named("How is North Somerset doing?") == {files[1]}
    assert retriever._councils_named("And Bristol City Council?") == {files[2]}


def test_a_run_of_spaced_capitals_is_read_whole():
    # (the spaces between a body's words were read every way: "Abc   Abc   …" doubled per word)
    assert councils_in("What about " + "Abc   " * 400 + "Leeds Police and Halton?") == (frozenset({"halton"}),)


def test_a_short_form_staff_write_names_its_council():
    from assistant.search.places import SHORT_FORM, council_of_short_form

    for typed, council in (
        ("How was N Yorks rated?", "North Yorkshire"),
        ("how was n. yorks rated", "North Yorkshire"),
        ("What did Ofsted say about Hants?", "Hampshire"),
        ("Is Oxon good?", "Oxfordshire"),
        ("B&NES care leavers", "Bath and North East Somerset"),
        ("NE Lincs grades", "North East Lincolnshire"),
        ("What about W Sussex?", "West Sussex"),
    ):
        found = SHORT_FORM.search(typed)
        assert found and council_of_short_form(found.group()) == council, typed
    for typed in ("Northants care leavers", "Hantsport", "the mk2 bus", "Lincs"):  # two councils; a longer word; derived elsewhere
        assert not SHORT_FORM.search(typed), typed
