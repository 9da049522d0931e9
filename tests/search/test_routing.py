"""A question that names a document (a council, a year) is routed to it; generic words are not names."""

from assistant.search.routing import DocumentRouter, name_text

OPENINGS = {
    "ofsted-barnsley-27-october-2023.pdf": "Inspection of Barnsley local authority children’s services\n\nInspection dates: 11 to 15 September 2023",
    "ofsted-leeds-27-march-2015.pdf": "Leeds City Council\n\nInspection of services for children in need of help and protection",
    "ofsted-leeds-09-may-2022.pdf": "Inspection of Leeds local authority children’s services\n\nInspection dates: 14 to 25 March 2022",
    "ofsted-salford-22-june-2015.pdf": "Salford City Council\n\nChildren and young people are protected; care leavers are supported",
    "ofsted-kent-13-june-2017.pdf": "Kent County Council\n\nInspection of services for children in need of help and protection",
}


def router() -> DocumentRouter:
    return DocumentRouter({doc: name_text(doc, "", text) for doc, text in OPENINGS.items()})


def test_a_named_council_routes_to_its_report():
    assert router().named("How did inspectors rate Barnsley's help for young people leaving care?") == {
        "ofsted-barnsley-27-october-2023.pdf"
    }


def test_a_year_picks_one_of_two_reports_on_the_same_council():
    r = router()
    assert r.named("What did Ofsted find in Leeds in 2022?") == {"ofsted-leeds-09-may-2022.pdf"}
    assert r.named("What did Ofsted find in Leeds?") == {"ofsted-leeds-27-march-2015.pdf", "ofsted-leeds-09-may-2022.pdf"}


def test_generic_words_in_an_opening_do_not_route():
    # "young people" and "care leavers" open Salford's report; they name nothing.
    assert router().named("Are young people leaving care supported into work?") == set()


def test_a_council_typed_in_lower_case_still_routes():
    assert router().named("what grade did barnsley get") == {"ofsted-barnsley-27-october-2023.pdf"}


def test_a_small_library_is_never_routed():
    small = DocumentRouter({"a.txt": "Ali Harbi Ali", "b.txt": "David Amess"})
    assert small.named("Who was David Amess?") == set()
