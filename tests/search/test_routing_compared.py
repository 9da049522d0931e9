"""What a question compares: councils joined by "and", "or", "vs", or one council at two dates
(DocumentRouter.compared), each with the question's own words for it."""

from assistant.search.routing import DocumentRouter, name_text

OPENINGS = {
    "ofsted-barnsley-27-october-2023.pdf": "Inspection of Barnsley local authority children’s services",
    "ofsted-leeds-27-march-2015.pdf": "Leeds City Council",
    "ofsted-leeds-09-may-2022.pdf": "Inspection of Leeds local authority children’s services",
    "ofsted-bristol-10-march-2023.pdf": "Inspection of Bristol City Council children’s services",
    "ofsted-isle-of-wight-15-december-2023.pdf": "Inspection of Isle of Wight local authority children’s services",
    "ofsted-isles-of-scilly-19-december-2019.pdf": "Council of the Isles of Scilly",
    "ofsted-north-lincolnshire-25-november-2022.pdf": "Inspection of North Lincolnshire local authority children’s services",
    "ofsted-north-yorkshire-18-august-2023.pdf": "Inspection of North Yorkshire local authority children’s services",
    "ofsted-lincolnshire-11-june-2019.pdf": "Inspection of Lincolnshire local authority children’s services",
    "ofsted-kent-13-june-2017.pdf": "Kent County Council",
    "ofsted-north-east-lincolnshire-26-november-2021.pdf": "Inspection of North East Lincolnshire local authority children’s services",
    "ofsted-london-corporation-06-april-2020.pdf": "Inspection of City of London Corporation children’s services",
    "ofsted-greenwich-16-july-2024.pdf": "Inspection of Royal Borough of Greenwich, London",
    "ofsted-hackney-21-september-2016.pdf": "London Borough of Hackney",
    "ofsted-southwark-11-november-2022.pdf": "Inspection of London Borough of Southwark",
    "ofsted-lambeth-16-december-2022.pdf": "London Borough of Lambeth",
    "ofsted-west-sussex-11-may-2023.pdf": "Inspection of West Sussex local authority children’s services",
    "ofsted-north-somerset-10-june-2020.pdf": "Inspection of North Somerset local authority children’s services",
    "ofsted-stoke-on-trent-19-june-2019.pdf": "Inspection of Stoke-on-Trent local authority children’s services",
    "ofsted-york-18-august-2023.pdf": "Inspection of City of York Council children’s services",
    "ofsted-sutton-15-december-2022.pdf": "Inspection of London Borough of Sutton children’s services",
}


def router() -> DocumentRouter:
    return DocumentRouter({doc: name_text(doc, "", text) for doc, text in OPENINGS.items()})


def groups(question: str, within=None, unknown=(), proper=None) -> list[tuple[str, set[str]]]:
    return [(g.label, set(g.doc_ids)) for g in router().compared(question, within, unknown, proper)]


def proper_nouns(*words):
    """What the texts write capitalised (NameChecker.written_capitalised), for these tests."""
    return lambda word: word.lower() in words


def test_two_councils_joined_by_and_are_each_a_group_in_the_order_asked():
    assert groups("How do Leeds and Bristol compare on care leavers?") == [
        ("Leeds", {"ofsted-leeds-27-march-2015.pdf", "ofsted-leeds-09-may-2022.pdf"}),
        ("Bristol", {"ofsted-bristol-10-march-2023.pdf"}),
    ]
    assert [label for label, _ in groups("Was turnover a problem in Bristol or in Kent?")] == ["Bristol", "Kent"]
    assert [label for label, _ in groups("Kent vs Barnsley: how stable is the workforce?")] == ["Kent", "Barnsley"]
    assert [label for label, _ in groups("Compare Kent and Barnsley on adoption")] == ["Kent", "Barnsley"]  # not "Compare Kent"


def test_a_name_of_several_words_is_one_group_with_its_own_words():
    found = groups("How do Barnsley, the Isle of Wight and North Lincolnshire compare on adoption?")
    assert found == [
        ("Barnsley", {"ofsted-barnsley-27-october-2023.pdf"}),
        ("Isle of Wight", {"ofsted-isle-of-wight-15-december-2023.pdf"}),  # not the Isles of Scilly
        ("North Lincolnshire", {"ofsted-north-lincolnshire-25-november-2022.pdf"}),  # not Lincolnshire's
    ]


def test_a_year_narrows_its_council_and_two_years_split_one_council():
    assert groups("What did Leeds in 2022 and Bristol say about MASH?")[0] == ("Leeds", {"ofsted-leeds-09-may-2022.pdf"})
    assert groups("How had Leeds's support for care leavers changed between the 2015 and 2022 inspections?") == [
        ("Leeds 2015", {"ofsted-leeds-27-march-2015.pdf"}),
        ("Leeds 2022", {"ofsted-leeds-09-may-2022.pdf"}),
    ]


def test_names_not_joined_as_a_comparison_compare_nothing():
    assert groups("Did Leeds's director of children's services come from Bristol?") == []
    assert groups("What grades did Leeds get?") == []
    assert groups("What did Leeds say about care leavers in 2022?") == []
    assert groups("Did Bristol's leaders write to the chief executive of the council in Kent?") == []  # too far apart


def test_council_words_typed_in_lower_case_or_a_thousands_comma_compare_nothing():
    assert groups("how do leeds and bristol compare") == []  # nothing says these words are names
    assert groups("In which Kent town were about 2,000 Bristol children placed?") == []


def test_councils_typed_in_lower_case_compare_when_the_texts_write_their_names_capitalised():
    proper = proper_nouns("leeds", "bristol", "north", "east", "lincolnshire", "kent")
    assert groups("how do leeds and bristol compare on care leavers?", proper=proper) == [
        ("Leeds", {"ofsted-leeds-27-march-2015.pdf", "ofsted-leeds-09-may-2022.pdf"}),
        ("Bristol", {"ofsted-bristol-10-march-2023.pdf"}),
    ]
    assert [label for label, _ in groups("north east lincolnshire vs kent on adoption", proper=proper)] == ["North East Lincolnshire", "Kent"]
    assert [label for label, _ in groups("How do leeds and Bristol compare?", proper=proper)] == ["Leeds", "Bristol"]
    # A word of a file name the texts write in lower case is no name ("engines" of Steam_engine).
    assert groups("how do leeds and bristol compare", proper=proper_nouns("leeds")) == []
    assert [label for label, _ in groups("how did lambeth’s care leavers fare vs stoke-on-trent's?", proper=proper_nouns("lambeth", "stoke", "trent"))] == [
        "Lambeth",
        "Stoke-on-Trent",
    ]
    # A lower-case word of a file name that does not open a council's name is none ("sussex",
    # "sea", "london", "wight"); not asked to compare, only a council's whole name counts.
    proper = proper_nouns("kent", "sussex", "leeds", "bristol", "london", "stoke", "trent")
    assert groups("is care in kent better than in sussex?", proper=proper) == []
    assert groups("is london better than kent?", proper=proper) == []
    assert [label for label, _ in groups("is the city of london better than kent?", proper=proper)] == ["City of London", "Kent"]
    assert [label for label, _ in groups("is stoke better than kent?", proper=proper)] == ["Stoke", "Kent"]
    assert [g.label for g in router().compared("children placed in stoke and bristol?", None, (), proper, full_names_only=True)] == []
    assert [g.label for g in router().compared("children placed in kent and bristol?", None, (), proper, full_names_only=True)] == ["Kent", "Bristol"]
    # Days of the month in file names are no names: "16 and 17 year olds" compares nothing.
    assert groups("How does Kent deal with 16 and 17 year olds?", proper=proper) == []


def test_a_name_no_report_is_about_is_compared_as_a_group_with_no_documents():
    assert groups("How do Leeds and Norfolk compare on care leavers?", unknown={"Norfolk"}) == [
        ("Leeds", {"ofsted-leeds-27-march-2015.pdf", "ofsted-leeds-09-may-2022.pdf"}),
        ("Norfolk", set()),
    ]
    assert [label for label, _ in groups("How do Norfolk's, Kent's and Bristol's compare?", unknown={"Norfolk"})] == ["Norfolk", "Kent", "Bristol"]
    assert groups("How do Leeds and Norfolk compare on care leavers?") == []  # not known to be missing: one council
    assert groups("How do Norfolk and Suffolk compare?", unknown={"Norfolk", "Suffolk"}) == []  # no council of the library
    assert groups("Did Leeds's director come from Norfolk?", unknown={"Norfolk"}) == []  # not joined


def test_bodies_and_longer_place_names_are_not_councils():
    proper = proper_nouns("kent", "leeds", "sutton", "york", "bristol")
    assert groups("Does Kent Police do better than Bristol?") == []
    assert groups("does kent police do better than bristol police?", proper=proper) == []
    assert groups("how does the sutton trust compare with kent?", proper=proper) == []
    assert groups("How does Leeds compare with New York?") == []
    assert groups("how does leeds compare with new york?", proper=proper) == []
    assert groups("how does leeds compare with york?", proper=proper) != []  # York itself is one


def test_bodies_and_longer_places_in_place_of_a_council_are_groups_without_documents_when_asked_for():
    def named(question, proper=None):
        return [(g.label, set(g.doc_ids)) for g in router().compared(question, None, (), proper, name_others=True)]

    leeds = {"ofsted-leeds-27-march-2015.pdf", "ofsted-leeds-09-may-2022.pdf"}
    assert named("Compare Leeds and North Yorkshire Police") == [("Leeds", leeds), ("North Yorkshire Police", set())]
    assert named("Compare Kent and Devon and Cornwall Police") == [("Kent", {"ofsted-kent-13-june-2017.pdf"}), ("Devon and Cornwall Police", set())]
    assert named("Compare Leeds and Sutton Coldfield") == [("Leeds", leeds), ("Sutton Coldfield", set())]
    assert named("how does leeds compare with new york?", proper_nouns("leeds", "york")) == [("Leeds", leeds), ("New York", set())]
    assert named("Compare North Yorkshire Police and Kent Police") == []  # no council of the library


def test_places_without_reports_are_each_a_group():
    found = groups("How do Norfolk, Suffolk and Essex compare with Kent?", unknown={"Norfolk", "Suffolk", "Essex"})
    assert found == [("Norfolk", set()), ("Suffolk", set()), ("Essex", set()), ("Kent", {"ofsted-kent-13-june-2017.pdf"})]


def test_a_councils_own_name_never_picks_out_another_councils_report():
    # "Somerset" is a council of its own: North Somerset's report is not its.
    assert groups("How do Kent and Somerset compare?") == []
    assert groups("How do Kent and Somerset compare?", unknown={"Somerset"}) == [("Kent", {"ofsted-kent-13-june-2017.pdf"}), ("Somerset", set())]
    assert groups("How do Kent and North Somerset compare?")[1] == ("North Somerset", {"ofsted-north-somerset-10-june-2020.pdf"})


def test_only_documents_within_the_limit_are_grouped():
    assert groups("How do Leeds and Bristol compare?", within={"ofsted-leeds-09-may-2022.pdf"}) == []


def test_a_small_library_compares_nothing():
    small = DocumentRouter({"leeds.txt": "Leeds", "bristol.txt": "Bristol"})
    assert small.compared("How do Leeds and Bristol compare?") == []


def test_councils_whose_names_share_words_are_told_apart():
    found = groups("How did North Lincolnshire, North East Lincolnshire and Kent measure up as corporate parents?")
    assert found == [
        ("North Lincolnshire", {"ofsted-north-lincolnshire-25-november-2022.pdf"}),  # its file name adds no "east"
        ("North East Lincolnshire", {"ofsted-north-east-lincolnshire-26-november-2021.pdf"}),
        ("Kent", {"ofsted-kent-13-june-2017.pdf"}),
    ]
    # Words every London borough's name holds still name the one report they all fit best.
    assert groups("Kent v the City of London: do IROs make a difference?")[1] == (
        "City of London",
        {"ofsted-london-corporation-06-april-2020.pdf"},
    )
    # No file name holds both "West" and "Yorkshire"; "Board" is a word of titles, not of a council's file name.
    assert groups("How did Kent and West Yorkshire Police work together?") == []
    assert groups("How did the Local Safeguarding Children Board and Kent work together?") == []
    assert groups("How do East and Kent compare?") == []  # "East" alone is part of several councils' names


def test_two_dates_of_one_council_with_an_arrow():
    assert [label for label, _ in groups("Leeds 2015 → 2022: how dependent was it on agency staff?")] == ["Leeds 2015", "Leeds 2022"]


def test_the_newest_of_one_councils_reports_is_the_latest_year_in_its_file_name():
    r = router()
    leeds = {"ofsted-leeds-27-march-2015.pdf", "ofsted-leeds-09-may-2022.pdf"}
    assert r.newest(leeds) == "ofsted-leeds-09-may-2022.pdf" and r.year_of("ofsted-leeds-09-may-2022.pdf") == "2022"
    assert r.newest({"ofsted-kent-13-june-2017.pdf", "undated.pdf"}) is None  # a report without a year: no guess


def test_a_question_about_the_latest_of_one_councils_reports_picks_its_newest():
    r = router()
    for question in ("When was Leeds last inspected?", "What did the most recent Leeds report say about care leavers?",
                     "When did Ofsted last visit Leeds?"):
        assert r.newest_asked(question) == ("Leeds", "ofsted-leeds-09-may-2022.pdf", True), question
    assert r.newest_asked("leeds latest ofsted grade", proper_nouns("leeds")) == ("Leeds", "ofsted-leeds-09-may-2022.pdf", True)
    assert r.newest_asked("WHEN WAS LEEDS LAST INSPECTED", proper_nouns("leeds")) == ("Leeds", "ofsted-leeds-09-may-2022.pdf", True)
    # Set against the one before, the latest is still asked: the newest report says how it compares.
    assert r.newest_asked("Was Leeds's latest inspection better or worse than the one before?") == ("Leeds", "ofsted-leeds-09-may-2022.pdf", True)
    assert r.newest_asked("How has Leeds changed in its latest report compared with the previous one?") == ("Leeds", "ofsted-leeds-09-may-2022.pdf", True)
    # "Current" or "now" of a grade asks the newest report's.
    assert r.newest_asked("How is Leeds rated now?") == ("Leeds", "ofsted-leeds-09-may-2022.pdf", True)
    assert r.newest_asked("What is Leeds's current judgement for care leavers?") == ("Leeds", "ofsted-leeds-09-may-2022.pdf", True)


def test_no_newest_without_latest_words_for_a_year_an_earlier_inspection_or_a_council_of_one_report():
    r = router()
    for question in ("When was Leeds inspected?",  # both reports answer it
                     "When was Leeds last inspected before 2022?", "What was Leeds rated at the previous inspection, before its latest?",
                     "What did the latest report in 2015 say about Leeds?",
                     "When did Leeds's current director start?",  # "current": of the report asked about, but of a grade
                     "Who runs Leeds's children's services now?",
                     "When was Bristol last inspected?", "What did the latest reports say about Leeds and Bristol?"):
        assert r.newest_asked(question) is None, question


def test_a_possessive_or_an_acronym_after_a_council_ends_its_name():
    r = router()
    for question in ("What did inspectors find about Barnsley's MASH and referrals?", "How is the Barnsley MASH doing?"):
        assert [(label, set(docs)) for label, docs, _ in r.council_names(question)] == [
            ("Barnsley", {"ofsted-barnsley-27-october-2023.pdf"})
        ], question
    assert [label for label, _, _ in r.council_names("How is Stoke-on-Trent's MASH?")] == ["Stoke-on-Trent"]


def test_a_follow_up_can_point_to_the_councils_other_report():
    r = router()
    old, new = "ofsted-leeds-27-march-2015.pdf", "ofsted-leeds-09-may-2022.pdf"
    assert r.other_report(old, "newer") == new and r.other_report(new, "older") == old and r.other_report(new, "oldest") == old
    assert r.other_report(new, "newer") is None and r.other_report(old, "older") is None
    assert r.other_report("ofsted-kent-13-june-2017.pdf", "older") is None  # Kent's only report
    assert r.other_report(old, "next") == new and r.other_report(new, "next") is None  # "the next inspection"
