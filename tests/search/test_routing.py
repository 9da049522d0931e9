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


def test_a_named_council_keeps_the_question_when_another_reports_title_holds_its_other_words():
    # Surrey's review is titled "Surrey Safeguarding Children Board": "Safeguarding" and "Board"
    # name that report alone, and outscored "Bradford" on their own.
    r = DocumentRouter(
        {
            **{doc: name_text(doc, "", text) for doc, text in OPENINGS.items()},
            "ofsted-bradford-23-may-2014.pdf": "City of Bradford Metropolitan District Council\n\nInspection of services for children in need",
            "ofsted-surrey-03-august-2015.pdf": "Surrey Safeguarding Children Board\n\nReview of the effectiveness of the Local Safeguarding Children Board",
        }
    )
    question = "How effective was the Local Safeguarding Children Board in Bradford judged to be?"
    assert max(r.scores(question), key=r.scores(question).get) == "ofsted-surrey-03-august-2015.pdf"
    assert r.named(question) == {"ofsted-bradford-23-may-2014.pdf"}
    # Named by its council's name, the board's review is named as before, beside another council.
    assert r.named("How effective was the Surrey Safeguarding Children Board?") == {"ofsted-surrey-03-august-2015.pdf"}
    assert r.named("Compare the Bradford LSCB with the Surrey Safeguarding Children Board") == {
        "ofsted-bradford-23-may-2014.pdf",
        "ofsted-surrey-03-august-2015.pdf",
    }
    # A year still picks one of a named council's reports.
    assert r.named("How effective was the Local Safeguarding Children Board in Leeds in 2022?") == {"ofsted-leeds-09-may-2022.pdf"}
    # So does a council's name typed in lower case, beside capitals that name the review's title
    # ("LSCB" read beside the spelt-out words).
    assert r.named("How effective was the Local Safeguarding Children Board (LSCB) in bradford?") == {"ofsted-bradford-23-may-2014.pdf"}
    assert r.named("is the lscb in leeds good in 2015") == {"ofsted-leeds-27-march-2015.pdf"}


def test_a_year_picks_one_report_of_a_council_named_in_several_words():
    # "stoke" and "trent" each count in the scores, and outweigh the year: both reports were named.
    stoke_2019, stoke_2022 = "ofsted-stoke-on-trent-18-march-2019.pdf", "ofsted-stoke-on-trent-25-november-2022.pdf"
    # As in the library, where 17 file names hold 2022 and 10 hold 2019, so the year weighs little.
    others = {f"ofsted-{town}-01-may-{year}.pdf": f"Inspection of {town.title()} local authority children’s services"
              for year in ("2019", "2022") for town in ("arden", "bexley", "corby", "dover", "ely", "frome", "goole", "hythe")}
    r = DocumentRouter(
        {
            **{doc: name_text(doc, "", text) for doc, text in OPENINGS.items()},
            **{doc: name_text(doc, "", text) for doc, text in others.items()},
            stoke_2019: name_text(stoke_2019, "", "Inspection of Stoke-on-Trent local authority children’s services"),
            stoke_2022: name_text(stoke_2022, "", "Inspection of Stoke-on-Trent local authority children’s services"),
        }
    )
    assert r.named("When did Ofsted inspect Stoke on Trent in 2022?") == {stoke_2022}
    assert r.named("Who led the Stoke-on-Trent inspection in 2019?") == {stoke_2019}
    # A year measured from, or two years, pick none of them.
    assert r._dated({stoke_2019, stoke_2022}, "Has Stoke-on-Trent improved since 2019?") == {stoke_2019, stoke_2022}
    assert r._dated({stoke_2019, stoke_2022}, "How did Stoke-on-Trent compare in 2019 and 2022?") == {stoke_2019, stoke_2022}


def test_generic_words_in_an_opening_do_not_route():
    # "young people" and "care leavers" open Salford's report; they name nothing.
    assert router().named("Are young people leaving care supported into work?") == set()


def test_a_council_typed_in_lower_case_still_routes():
    assert router().named("what grade did barnsley get") == {"ofsted-barnsley-27-october-2023.pdf"}


def test_a_small_library_is_never_routed():
    small = DocumentRouter({"a.txt": "Ali Harbi Ali", "b.txt": "David Amess"})
    assert small.named("Who was David Amess?") == set()


def test_a_naming_the_library_disagrees_with_is_not_trusted_by_the_answer_step(real_embedder, tmp_path):
    """A title word is a common word ("number", "war"): the question names that document, but its
    words are all about another one, so the answer step is not told to prefer it."""
    from assistant.core import Assistant
    from assistant.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "Prime_number.txt").write_text("Prime number\n\nA prime number is a natural number greater than 1 with no divisors but 1 and itself. " * 3)
    (corpus / "Ctenophora.txt").write_text("Ctenophora\n\n" + "\n\n".join(
        f"Survey {i}: ctenophores are found in large numbers in coastal waters and the open ocean, where comb jellies "
        f"swim with rows of cilia, feed on plankton and glow at night; station {i} counted {i * 40} of them. " * 4
        for i in range(1, 9)
    ))
    (corpus / "Kent_report.txt").write_text("Kent County Council\n\nCare leavers in Kent are well supported by personal advisers. " * 3)
    (corpus / "Medway_report.txt").write_text("Medway Council\n\nCare leavers in Medway are well supported by personal advisers. " * 3)
    assistant = Assistant(Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index"), embedder=real_embedder)
    assistant.prepare(build=True)
    retriever = assistant._retriever

    def confirmed(question):
        retrieval = retriever.retrieve(question, real_embedder.embed([question])[0], 10)
        return retrieval.named, retrieval.trusted_named

    named, trusted = confirmed("Where are ctenophores found in large numbers?")
    assert named == {"Prime_number.txt"} and trusted == set()
    named, trusted = confirmed("How well are care leavers in Medway supported?")
    assert named == trusted == {"Medway_report.txt"}


def test_the_conversations_documents_are_kept_to_and_trusted_when_a_question_names_none(real_embedder, tmp_path):
    """A question that names no document keeps to the ones its conversation was about; their
    naming is trusted (the conversation made it), and one that names its own is routed as alone."""
    from assistant.core import Assistant
    from assistant.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for council in ("Kent", "Medway", "Leeds"):
        (corpus / f"{council}_report.txt").write_text(
            f"{council} Council\n\nCare leavers in {council} are supported by personal advisers. "
            f"Extra capacity was created in {council} through social work assistants. " * 3
        )
    assistant = Assistant(Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index"), embedder=real_embedder)
    assistant.prepare(build=True)
    retriever = assistant._retriever
    question = "How was extra capacity created?"
    vector = real_embedder.embed([question])[0]

    alone = retriever.retrieve(question, vector, 10)
    assert alone.named == alone.kept_to == frozenset()
    kept = retriever.retrieve(question, vector, 10, prefer={"Medway_report.txt"})
    assert kept.kept_to == kept.named == kept.trusted_named == {"Medway_report.txt"}
    assert kept.routed == frozenset()
    own = retriever.retrieve("How was extra capacity created in Leeds?", vector, 10, prefer={"Medway_report.txt"})
    assert own.routed == own.named == {"Leeds_report.txt"} and own.kept_to == frozenset()


def test_the_reports_words_put_beside_a_question_cannot_cost_the_named_council_its_trust(real_embedder, tmp_path):
    """"Are Zorbury's kids who run off …?" (a place no English council is named after) is searched with "missing return home interviews"
    beside "run off": other councils' passages full of those words take the library's first
    places, but the council the person named stays trusted, judged on the question as asked."""
    from assistant.core import Assistant
    from assistant.search.plain_words import with_report_terms
    from assistant.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for council in ("Kent", "Leeds", "Bristol", "Wigan", "Sefton", "Oldham"):
        (corpus / f"{council}_report.txt").write_text(
            f"{council} Council\n\n"
            + "\n\n".join(
                f"Return home interviews for children missing from home are timely in {council}; missing episodes are "
                f"tracked and return home interviews inform plans for each missing child and young person (sample {i}). " * 3
                for i in range(8)
            )
        )
    (corpus / "Zorbury_report.txt").write_text(
        "Zorbury Council\n\n"
        + "\n\n".join(
            ["In Zorbury, kids who run off are seen by a worker when they come back."]
            + [f"Zorbury's leaders know their services well and plan budgets with care (note {i}). " * 3 for i in range(6)]
        )
    )
    assistant = Assistant(Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index"), embedder=real_embedder)
    assistant.prepare(build=True)
    retriever = assistant._retriever
    asked = "Are Zorbury's kids who run off seen when they come back?"
    searched = with_report_terms(asked).question
    assert searched != asked

    def retrieval(as_asked):
        return retriever.retrieve(searched, real_embedder.embed([searched])[0], 10, as_asked=as_asked)

    assert retrieval(None).trusted_named == frozenset()  # the added words alone: the library disagrees
    trusted = retrieval((asked, lambda: real_embedder.embed([asked])[0])).trusted_named
    assert trusted == {"Zorbury_report.txt"}
    # An English council's name is trusted whatever the library's first passages say.
    (corpus / "Medway_report.txt").write_text((corpus / "Zorbury_report.txt").read_text().replace("Zorbury", "Medway"))
    assistant.prepare(build=True)
    medway = "Are Medway's kids who run off seen when they come back?"
    searched = with_report_terms(medway).question
    assert assistant._retriever.retrieve(searched, real_embedder.embed([searched])[0], 10).trusted_named == {"Medway_report.txt"}


def test_the_words_naming_a_report_are_those_its_file_name_holds_and_few_others_do():
    r = router()
    leeds_2022 = {"ofsted-leeds-09-may-2022.pdf"}
    assert r.naming_words("Were Leeds social workers overloaded in early 2022?", leeds_2022) == {"leed"}
    # "Council" is in three of the five names; "social" and "workers" in none: they still pick the sentence.
    assert r.naming_words("What did the Council say about Leeds social workers?", {"ofsted-leeds-27-march-2015.pdf"}) == {"leed"}
    assert r.naming_words("Were Leeds social workers overloaded?", set()) == frozenset()
    assert r.naming_words("Were Kent social workers overloaded?", leeds_2022) == frozenset()


def test_dates_titles_and_questions_of_little_else_keep_their_words():
    r = router()
    leeds_2015 = {"ofsted-leeds-27-march-2015.pdf"}
    # A date in the file name is the report's; the question's may be what it asks about.
    assert r.naming_words("How many children did Leeds look after on 27 March 2015?", leeds_2015) == {"leed"}
    # "City Council" is in the first line, not the file name: the council is what a sentence may be about.
    assert r.naming_words("Did Leeds City Council's scrutiny work well for children?", leeds_2015) == {"leed"}
    # Set aside, the name would leave the question too little to choose sentences by.
    assert r.naming_words("How is Leeds doing?", leeds_2015) == frozenset()
    # ... unless it asks how good something was: two words say what to look for
    assert r.naming_words("Were children safe in Leeds?", leeds_2015) == {"leed"}


def test_the_search_leaves_out_only_names_every_named_report_shares_and_only_with_four_words_left():
    r = router()
    both_leeds = {"ofsted-leeds-27-march-2015.pdf", "ofsted-leeds-09-may-2022.pdf"}
    assert r.search_naming_words("Were Leeds social workers overloaded with cases?", both_leeds) == {"leed"}
    # Two councils named: each name tells its report's passages from the other's.
    leeds_and_barnsley = {"ofsted-leeds-09-may-2022.pdf", "ofsted-barnsley-27-october-2023.pdf"}
    assert r.naming_words("Were Leeds and Barnsley social workers overloaded with cases?", leeds_and_barnsley) == {"leed", "barnsley"}
    assert r.search_naming_words("Were Leeds and Barnsley social workers overloaded with cases?", leeds_and_barnsley) == frozenset()
    # Three other words are enough for the pre-filter, not for the search.
    leeds_2022 = {"ofsted-leeds-09-may-2022.pdf"}
    assert r.naming_words("Who led the Ofsted team in Leeds?", leeds_2022) == {"leed"}
    assert r.search_naming_words("Who led the Ofsted team in Leeds?", leeds_2022) == frozenset()


def test_a_topic_typed_in_lower_case_is_no_naming_word():
    # "pharmacies" names the article Pharmacy by its topic: its sentences must still hold it.
    articles = DocumentRouter({"Pharmacy.txt": "Pharmacy", "Steam_engine.txt": "Steam engine", "Prime_number.txt": "Prime number"})
    assert articles.naming_words("What do most online pharmacies do?", {"Pharmacy.txt"}) == frozenset()
    assert articles.naming_words("What did Pharmacy students learn in their first year?", {"Pharmacy.txt"}) == {"pharmaci"}


def test_a_councils_report_of_a_year_is_found_from_any_of_its_reports():
    from assistant.search.routing import DocumentRouter as Router

    files = ["ofsted-leeds-27-march-2015.pdf", "ofsted-leeds-09-may-2022.pdf", "ofsted-bristol-10-march-2023.pdf", "ofsted-north-somerset-10-june-2020.pdf", "ofsted-somerset-01-may-2022.pdf"]
    router = Router({f: f"Inspection of {f}" for f in files})
    assert router.report_of_year({files[0]}, "2022") == files[1]
    assert router.report_of_year({files[1]}, "2015") == files[0]
    assert router.report_of_year({files[0]}, "2023") is None  # Leeds has no report of 2023
    assert router.report_of_year({files[3]}, "2022") is None  # Somerset's is not North Somerset's
    assert router.report_of_year({files[0], files[2]}, "2022") is None  # two councils: none


def test_a_year_a_follow_up_asks_about_is_told_from_one_it_measures_from():
    from assistant.answers.conversation import years_asked

    assert years_asked("And in 2022?") == {"2022"}
    assert years_asked("What about the 2018 inspection?") == {"2018"}
    assert years_asked("Has it improved since 2015?") == set()
    assert years_asked("Is it better than in 2015? Compared with the 2018 one?") == set()


def test_a_month_names_no_report_whose_file_name_is_dated_that_month():
    from assistant.search.routing import DocumentRouter

    files = ["ofsted-salford-22-june-2015.pdf", "ofsted-bristol-10-march-2023.pdf", "ofsted-leeds-09-may-2022.pdf",
             "ofsted-kent-13-april-2017.pdf", "ofsted-medway-23-august-2013.pdf", "ofsted-brent-30-november-2015.pdf"]
    router = DocumentRouter({f: f"Inspection of {f}" for f in files})
    assert router.named("What happened in June?") == set()
    assert router.named("What did the June 2015 report on Salford say?") == {files[0]}


def test_the_year_closing_a_question_is_left_out_of_the_search_within_its_report():
    r = router()
    leeds = {"ofsted-leeds-09-may-2022.pdf"}
    question = "Were social workers' caseloads in Leeds manageable in 2022?"
    assert r.report_year_words(question, leeds) == {"2022"}
    assert r.search_naming_words(question, leeds, report_year=True) == {"leed", "2022"}  # stemmed terms
    assert r.search_naming_words(question, leeds) == {"leed"}
    assert r.report_year_words("Were caseloads in Leeds manageable, according to the 2022 report?", leeds) == {"2022"}
    # Another report's year, or one that does not close the question, says what is asked about.
    assert r.report_year_words("Were social workers' caseloads in Leeds manageable in 2015?", leeds) == set()
    assert r.report_year_words("In 2022, were caseloads in Leeds manageable?", leeds) == set()
    both = {"ofsted-leeds-09-may-2022.pdf", "ofsted-leeds-27-march-2015.pdf"}
    assert r.report_year_words(question, both) == set()


def test_only_a_dated_file_names_year_is_a_reports():
    r = DocumentRouter({d: name_text(d, "", d) for d in ("09_1973_oil_crisis.txt", "ofsted-leeds-09-may-2022.pdf", "a.txt", "b.txt")})
    assert r.report_year_of("ofsted-leeds-09-may-2022.pdf") == "2022"
    # "How far did oil prices rise in 1973?": the article's subject, not its date.
    assert r.report_year_of("09_1973_oil_crisis.txt") is None
    assert r.report_year_words("How far did oil prices rise in 1973?", {"09_1973_oil_crisis.txt"}) == set()


def test_the_year_is_kept_where_the_question_says_little_else_or_the_year_alone_named_the_reports():
    r = router()
    leeds = {"ofsted-leeds-09-may-2022.pdf"}
    assert r.report_year_words("What happened in Leeds in 2022?", leeds) == set()
    # ... unless it asks how good something was: then the year only says which report
    assert r.report_year_words("What was Leeds doing well for children in 2022?", leeds) == {"2022"}
    assert r.report_year_words("Was Leeds judged inadequate in 2022?", leeds) == {"2022"}
    assert r.report_year_words("Were children safe in Leeds in 2022?", leeds) == {"2022"}
    assert r.report_year_words("Was it improving in 2022?", leeds) == set()  # "improving" alone says too little
    many = {f"ofsted-council{n}-01-may-2022.pdf" for n in range(5)}
    wide = DocumentRouter({d: name_text(d, "", d) for d in many | {"a.txt", "b.txt"}})
    assert wide.report_year_words("what did ofsted find about leeds care leavers in 2022?", many) == set()


def test_a_capitalised_word_every_report_is_named_by_does_not_hide_a_council_typed_in_lower_case():
    r = router()
    assert r.named("What did Ofsted say about barnsley care leavers?") == {"ofsted-barnsley-27-october-2023.pdf"}
    assert r.named("What did Ofsted say about care leavers?") == set()
    assert r.named("What did Ofsted say about Barnsley and Kent?") == {"ofsted-barnsley-27-october-2023.pdf", "ofsted-kent-13-june-2017.pdf"}
