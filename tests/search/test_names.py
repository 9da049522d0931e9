"""The names a question gives, and whether the texts hold them (assistant/search/names.py)."""

from types import SimpleNamespace

from assistant.search.keyword import content_terms
from assistant.search.names import NameChecker, absent, asked_names, corrected, key_name, passage_terms

TEXTS = [
    "Inspection of Sunderland local authority children's services.",
    "Care leavers in Sunderland are well supported by the Mockingbird programme.",
    "South Gloucestershire council and its partners. Céleron led the expedition.",
    "Children in care in Wokingham attend school regularly.",
    "Wokingham's leaders know their services well.",
    "The director of children's services has been in post since 2019.",
    "The director knows the services well.",
]
DOCUMENT_NAMES = {
    "ofsted-sunderland-20-august-2021.pdf": "ofsted sunderland 20 august 2021",
    "ofsted-south-gloucestershire-23-july-2024.pdf": "ofsted south gloucestershire 23 july 2024",
    "ofsted-wokingham-09-may-2023.pdf": "ofsted wokingham 09 may 2023",
}


def name_terms(names: dict[str, str]) -> dict[str, set[str]]:
    """Each document's name terms, as the router keeps them."""
    return {doc: set(content_terms(text)) for doc, text in names.items()}


def checker() -> NameChecker:
    vocabulary: dict[str, int] = {}
    for text in TEXTS:
        for term in set(content_terms(text)):
            vocabulary[term] = vocabulary.get(term, 0) + 1
    return NameChecker(vocabulary, len(TEXTS), name_terms(DOCUMENT_NAMES))


def test_names_are_capitalised_words_inside_the_question_and_runs_of_them():
    assert asked_names("What grades did Norfolk get?") == ["Norfolk"]
    assert asked_names("Who headed up the visiting team for the Square Mile's review?") == ["Square Mile's"]
    assert asked_names("Norfolk's grades? What did Sajid Javid say") == ["Sajid Javid"]  # first words are capitalised anyway
    assert asked_names("Grades: Norfolk") == []
    assert asked_names("what grades did norfolk get") == []


def test_a_question_in_title_case_or_capitals_names_nothing_by_case():
    assert asked_names("What Did The Report Say About Leadership?") == []
    assert asked_names("WHAT GRADES DID NORFOLK GET") == []
    assert asked_names("What did Sajid Javid say?") == ["Sajid Javid"]  # two names in five words are not title case


def test_a_name_the_texts_never_mention_is_absent():
    names = checker().names("What grades did Norfolk get?")
    assert [(n.text, n.held) for n in names] == [("Norfolk", False)]
    assert absent(names) == ["Norfolk"] and key_name(names) is None


def test_an_absent_name_is_said_without_the_shorthand_or_month_beside_it():
    c = checker()
    c.acronyms = {"UASC"}  # defined in the documents: its passages may write it in full
    names = c.names("What did Ofsted say about Croydon's UASC in the June report?")
    assert [(n.text, n.held) for n in names if not n.held] == [("Croydon's", False)]
    assert [n.text for n in c.names("Was UASC Norfolk support good?")] == ["Norfolk"]


def test_typing_slips_missing_accents_and_short_forms_of_a_document_name_are_held():
    c = checker()
    assert c.resolve("sunderlnd") == ("sunderland", "Sunderland")  # searched as the file name writes it
    assert c.resolve("gl") == (None, None) and c.resolve("glos") == ("gloucestershir", "Gloucestershire")  # "South Glos"
    assert c.resolve("celeron") == ("celeron", None)  # "Céleron" in the text, accent folded
    assert c.names("What happened in Sept and in November?") == []  # the calendar's words name nothing
    assert c.resolve("wunderland") == (None, None)  # a slip in the first letter is another name
    assert absent(c.names("How did Ofsted rate Sunderlnd's care leavers?")) == []
    assert c.names("Do many South Glos kids end up settled?")[0].corrections == (("Glos", "Gloucestershire"),)
    # Cut short, or letters left out: most of the name's letters, its first four, in order.
    assert c.resolve("sunderl") == ("sunderland", "Sunderland") and c.resolve("wokinghm") == ("wokingham", "Wokingham")
    assert c.resolve("sunde") == (None, None)  # too little of it


def test_a_short_form_is_read_as_a_document_name_only_when_one_fits():
    names = {f"ofsted-{place}.pdf": place for place in ("nottinghamshire", "northamptonshire", "hertfordshire", "herefordshire-x")}
    c = NameChecker({}, 10, name_terms(names))
    assert c.resolve("notts") == ("nottinghamshir", "Nottinghamshire")  # not Northamptonshire: "not…"
    assert c.resolve("herts")[1] == "Hertfordshire"
    assert c.resolve("no") == (None, None)
    two = NameChecker({}, 10, name_terms({"ofsted-bristol.pdf": "", "ofsted-bristow.pdf": ""}))
    assert two.resolve("bristoll")[1] == "Bristol" and two.resolve("bristox") == (None, None)  # a tie reads as neither


def test_a_slip_is_matched_only_to_a_name_with_the_same_first_letter():
    c = NameChecker({"barnsley": 3}, 10, name_terms({"ofsted-barnsley.pdf": "Barnsley"}))
    assert c.resolve("barnsly", "barnsly") == ("barnsley", "Barnsley")
    assert c.resolve("varnsley") == (None, None)
    assert c.resolve("davis") == (None, None)  # too short for a slip: "Davis" is not "David"


def test_a_council_of_its_own_is_never_read_as_the_librarys_nearest_name():
    c = NameChecker({}, 10, name_terms({"ofsted-hertfordshire-09-may-2022.pdf": ""}), texts=lambda: ["Care in Hertfordshire is good."])
    assert c.resolve("herefordshir", "herefordshire") == (None, None)  # Herefordshire: one letter away, another council
    assert c.resolve("hertfordshr", "hertfordshre") == ("hertfordshir", "Hertfordshire")  # a slip is still read


def test_a_slip_in_a_word_the_texts_write_capitalised_is_held_but_not_rewritten():
    texts = ["The Mockingbird programme helps carers.", "Families from Afghanistan arrived in Luton."]
    c = NameChecker({}, 10, name_terms({"a.txt": "a"}), texts=lambda: texts)
    assert c.resolve("mockingbrd") == ("mockingbird", None)  # a passage must mention "Mockingbird"
    assert c.resolve("afghan") == ("afghanistan", None)
    assert c.resolve("javid") == (None, None)


def test_a_word_is_a_proper_noun_when_the_texts_write_it_capitalised_more_often_than_not():
    texts = ["Inspectors visited Leeds in May. Care leavers in Leeds do well.", "The steam engines ran; engines of Watt were better."]
    c = NameChecker({}, 10, name_terms({"a.txt": "a"}), texts=lambda: texts)
    assert c.written_capitalised("leeds") and c.written_capitalised("Leeds")
    assert not c.written_capitalised("engines")  # a file-name word that is also an everyday one
    assert not c.written_capitalised("norfolk")  # not in the texts at all


def test_a_question_giving_a_held_name_that_singles_something_out_is_not_refused_for_another():
    names = checker().names("Does Wokingham know the reasons families opt out of school for DIY lessons?")
    assert [(n.text, n.held) for n in names] == [("Wokingham", True), ("DIY", False)]
    assert absent(names) == [] and key_name(names).text == "Wokingham"


def test_the_key_name_is_the_rarest_and_common_words_single_nothing_out():
    c = checker()
    names = c.names("What did the Director say about the Mockingbird programme in Wokingham?")
    assert key_name(names).text == "Mockingbird"  # one passage, against Wokingham's and the director's two
    assert not c.is_distinctive("servic")  # "services": in most passages


def test_a_passage_mentions_its_documents_name():
    chunk = SimpleNamespace(heading="Overall effectiveness", text="Requires improvement to be good", doc_id="x")
    terms = passage_terms(chunk, {"sunderland"})
    assert "sunderland" in terms and "overal" in terms


def test_a_slip_the_stemmer_would_hide_is_matched_as_typed():
    c = NameChecker({"barnsley": 5}, 10, name_terms({"ofsted-barnsley.pdf": "ofsted barnsley Inspection of Barnsley"}))
    names = c.names("When were Barnsly's services inspected?")  # "barnsly" stems to "barnsli"
    assert [(n.text, sorted(n.terms)) for n in names] == [("Barnsly's", ["barnsley"])]
    assert names[0].corrections == (("Barnsly", "Barnsley"),)
    assert corrected("When were Barnsly's services inspected?", names[0].corrections) == "When were Barnsley's services inspected?"


def test_no_passage_need_mention_a_name_some_document_is_about():
    vocabulary = {"amess": 6, "southend": 2, "ali": 8}
    shares = {"amess": 0.6, "southend": 0.05}
    c = NameChecker(vocabulary, 14, name_terms({"a.txt": "", "b.txt": ""}), lambda term: shares.get(term, 0.0))
    assert key_name(c.names("Which constituency did David Amess represent?")) is None  # the articles are about him
    assert key_name(c.names("What happened in Southend after it?")).text == "Southend"  # mentioned in passing


def test_an_acronym_the_documents_define_is_no_name():
    c = NameChecker({"dcs": 3}, 100, name_terms({"a.txt": "a"}), acronyms={"DCS"})
    assert c.names("How long had the current DCS been there?") == []
    assert [n.text for n in NameChecker({"dcs": 3}, 100, name_terms({"a.txt": "a"})).names("How long had the DCS been there?")] == ["DCS"]


def test_a_persons_name_no_text_mentions_makes_the_question_unanswerable_whatever_else_it_names():
    c = checker()
    assert absent(c.names("What did Sajid Javid say about Wokingham?")) == ["Sajid Javid"]
    assert absent(c.names("What did Sajid Javid say?"), names_documents=True) == ["Sajid Javid"]
    assert absent(c.names("What did Javid say about Wokingham?")) == []  # one word: maybe the asker's
    assert absent(c.names("What did Javid say?")) == ["Javid"]
    assert absent(c.names("What did Javid say?"), names_documents=True) == []


def test_a_name_of_several_words_is_held_when_one_of_them_is():
    names = checker().names("What did the Sunderland Mockingbird Trust say?")
    assert [(n.text, n.held, sorted(n.terms)) for n in names] == [("Sunderland Mockingbird Trust", True, ["mockingbird", "sunderland"])]
    assert absent(names) == []


def test_two_capitals_name_nothing_with_a_plural_or_possessive_s():
    c = checker()
    assert c.names("What type of committee is set down under the SP's standing orders?") == []
    assert c.names("What did the MPs say?") == []


def test_a_name_whose_only_held_words_are_generic_is_not_held():
    vocabulary = {"council": 400, "counti": 300, "essex": 3, "sir": 5, "david": 4}
    texts = ["The family of Sir David Amess complained to Essex Police."]
    c = NameChecker(vocabulary, 1000, name_terms({"a.txt": "a", "b.txt": "b"}), texts=lambda: texts)
    assert absent(c.names("What grades did Leicestershire County Council receive?")) == ["Leicestershire County Council"]
    assert absent(c.names("What did the Essex Constabulary chief say?")) == []
    assert absent(c.names("Which seat did Sir David Ames hold?")) == []


def test_shorthand_with_an_ampersand_names_nothing():
    assert checker().names("Have any care leavers ended up in B&B-type housing?") == []


def test_a_passage_counts_what_leads_into_it():
    chunk = SimpleNamespace(heading="", text="During the spring term they supported 82 children.", doc_id="x")
    assert "phoenix" not in passage_terms(chunk, set())
    assert "phoenix" in passage_terms(chunk, set(), lead_in="The Phoenix team works with children in care.")


def test_a_generic_word_is_never_the_name_a_passage_must_mention():
    c = NameChecker({"england": 150, "hartlepool": 40, "norfolk": 1}, 10_000, name_terms({"ofsted-hartlepool.pdf": "hartlepool"}))
    assert key_name(c.names("How fast are court cases finished against the England figure?")) is None
    assert key_name(c.names("How many children were placed in Norfolk?")).text == "Norfolk"


def test_in_a_library_a_longer_name_is_held_through_one_word_only_when_the_texts_hold_that_word_as_a_name():
    # A library (passages enough for generic words) that writes "minister" only in lower case:
    # "Prime Minister" is no name of its.
    texts = ["Security minister Dan Jarvis told the Commons.", "The Home Office minister said so.", "Sir David Amess was killed."]
    vocabulary = {"minist": 2, "secur": 1, "sir": 1, "david": 1, "amess": 1, "home": 1, "offic": 1, "nhs": 1}
    c = NameChecker(vocabulary, 5000, name_terms({"a.txt": "a"}), texts=lambda: texts)
    assert [(n.text, n.held) for n in c.names("Who is the Prime Minister?")] == [("Prime Minister", False)]
    assert absent(c.names("Who is the Prime Minister?")) == ["Prime Minister"]
    assert [(n.text, n.held) for n in c.names("Who killed Sir Dave Amess?")] == [("Sir Dave Amess", True)]
    assert [(n.text, n.held) for n in c.names("What did the Security Minister say?")] == [("Security Minister", True)]  # every word held
    assert [(n.text, n.held) for n in c.names("Did the NHS Foundation respond?")] == [("NHS Foundation", True)]  # an acronym the texts hold


def test_in_a_small_corpus_any_held_word_that_is_not_generic_holds_a_longer_name():
    # People capitalise a text's lower-case phrase in their own form ("the Twelve Month Review" for
    # "the 12-month review", "Security Minster"): in two articles that is no sign of a missing name.
    texts = ["The 12-month review was logged late.", "Security minister Dan Jarvis told the Commons."]
    c = NameChecker({"month": 1, "review": 1, "secur": 1, "minist": 1}, 2, name_terms({"a.txt": "a"}), texts=lambda: texts)
    assert [(n.text, n.held) for n in c.names("When was the Twelve Month Review logged?")] == [("Twelve Month Review", True)]
    assert [(n.text, n.held) for n in c.names("What did the Security Minster say?")] == [("Security Minster", True)]


def test_a_councils_name_typed_in_lower_case_with_a_slip_is_read_as_its_file_name_writes_it():
    names = {f"ofsted-{place}.pdf": place for place in ("middlesbrough", "wolverhampton", "hertfordshire", "leeds")}
    c = NameChecker({"care": 40, "leaver": 30, "warring": 2}, 100, name_terms(names))
    assert c.lower_case_slips("When was middlesborough last inspected?") == [("middlesborough", "Middlesbrough")]
    assert c.lower_case_slips("wolverhamton care leavers, and middlesborough's") == [("wolverhamton", "Wolverhampton"), ("middlesborough", "Middlesbrough")]
    assert c.lower_case_slips("what grades did herefordshire get?") == []  # a council of its own, not Hertfordshire
    assert c.lower_case_slips("Were warring parents helped?") == []  # a word the texts hold
    assert c.lower_case_slips("When was Middlesborough inspected?") == []  # capitalised: the name check reads it
    assert c.lower_case_slips("lees care leavers") == []  # too short to tell a slip from another word
