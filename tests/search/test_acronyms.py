"""Acronyms found where the documents define them, and a question read with the other form beside it."""

from assistant.search.acronyms import AcronymTable, definitions, document_long_forms, long_form, read_in_full

REPORT = (
    "Personal education plans (PEPs) have improved since the last inspection. PEPs are reviewed termly. "
    "The multi-agency safeguarding hub (MASH) is underdeveloped. Workers often undertake checks outside of MASH "
    "arrangements. Child and adolescent mental health services (CAMHS) are not meeting needs. Workers complete the "
    "assessed and supported year in employment (ASYE). The council (see annex) met in May (2023)."
)


def test_long_forms_are_found_by_the_letters_of_the_short_form():
    assert long_form("MASH", "The multi-agency safeguarding hub") == "multi-agency safeguarding hub"
    assert long_form("CAMHS", "needs. Child and adolescent mental health services") == "Child and adolescent mental health services"
    assert long_form("PEPs", "Personal education plans") == "Personal education plans"
    # The first letter is the word before a linking word, not "and".
    assert long_form("ASYE", "Workers complete the assessed and supported year in employment") == "assessed and supported year in employment"
    assert long_form("MASH", "the council met on Monday") is None  # the letters are not there as a name's


def test_definitions_in_a_text_are_keyed_by_the_acronym_without_its_plural():
    found = dict(definitions(REPORT))
    assert found["PEP"] == "personal education plans"
    assert found["MASH"] == "multi-agency safeguarding hub"
    assert found["CAMHS"] == "child and adolescent mental health services"
    assert found["ASYE"] == "assessed and supported year in employment"
    assert "see annex" not in found.values() and "2023" not in found  # brackets that define nothing


def test_a_question_using_either_form_gets_the_other_beside_it():
    table = AcronymTable.from_texts([REPORT])
    short = table.expand("What must improve in the PEPs of looked-after pupils?")
    assert short.question == "What must improve in the PEPs (personal education plans) of looked-after pupils?"
    assert short.added == (("PEPs", "personal education plans"),)
    long = table.expand("Is the multi-agency safeguarding hub used well?")
    assert long.question == "Is the multi-agency safeguarding hub (MASH) used well?"
    # The answer model reads acronyms spelt out, not long forms abbreviated.
    assert short.spelt_out == short.question
    assert long.spelt_out == "Is the multi-agency safeguarding hub used well?"
    assert short.spelt == (("PEPs", "personal education plans"),) and long.spelt == ()  # what the model may read as the long form
    both = table.expand("Is the MASH (multi-agency safeguarding hub) used well?")
    assert both.added == ()  # both forms already there: nothing to add
    plain = table.expand("Who led the inspection in May?")
    assert plain.question == "Who led the inspection in May?" and plain.added == ()


def test_the_form_most_documents_use_wins():
    table = AcronymTable.from_texts(
        ["The designated officer (DO) met.", "A designated officer (DO) was named.", "The duty officer (DO) met."]
    )
    assert table.long_forms == {"DO": "designated officer"}


def test_each_acronym_is_spelt_out_once_and_a_pasted_list_gets_only_a_few():
    from assistant.search.acronyms import MAX_ADDED

    table = AcronymTable.from_texts([REPORT])
    twice = table.expand("Is the MASH busy, and who runs the MASH?")
    assert twice.question == "Is the MASH (multi-agency safeguarding hub) busy, and who runs the MASH?"
    letters = "ABCDEFGHIJ"
    many = AcronymTable({f"Q{c}": f"quality {c.lower()}rea" for c in letters})
    flood = " ".join(f"Q{c}" for c in letters * 20) + "?"
    expanded = many.expand(flood)
    assert len(expanded.added) == MAX_ADDED
    assert len(expanded.question) <= len(flood) + MAX_ADDED * 20


def test_a_long_form_gives_the_acronym_defined_for_it():
    from assistant.search.acronyms import AcronymTable

    table = AcronymTable({"LSCB": "local safeguarding children board", "MASH": "multi-agency safeguarding hub"})
    assert table.short_form("Local Safeguarding  Children Board") == "LSCB"
    assert table.short_form("early help") is None


def test_a_glossary_line_defines_its_acronym():
    glossary = (
        "Glossary\n"
        "CSPR – Child Safeguarding Practice Review\n"
        "LADO: Local Authority Designated Officer\n"
        "CSC\tChildren's Social Care\n"
        "Note: the panel met in May\n"  # a label line, not a definition
        "ABC - nothing of the sort here\n"
    )
    found = dict(definitions(glossary))
    assert found == {
        "CSPR": "child safeguarding practice review",
        "LADO": "local authority designated officer",
        "CSC": "children's social care",
    }
    question = AcronymTable.from_texts([glossary]).expand("What did the CSPR find?")
    assert question.spelt == (("CSPR", "child safeguarding practice review"),)


def test_a_document_s_own_acronyms_are_the_ones_its_sentences_mean():
    sunderland = "The Sunderland safeguarding children board (SSCB) meets monthly. The SSCB is effective."
    shropshire = "The Shropshire safeguarding children board (SSCB) meets monthly."
    assert document_long_forms(sunderland) == {"SSCB": "sunderland safeguarding children board"}
    assert AcronymTable.from_texts([shropshire, shropshire, sunderland]).long_forms["SSCB"].startswith("shropshire")
    assert document_long_forms("No acronyms defined here, only the MASH.") == {}


def test_a_sentence_is_read_with_its_acronyms_in_full_and_its_definitions_unbracketed():
    forms = {"CAPP": "children’s accommodation and placement panel", "EHCP": "education health and care plans", "MASH": "multi-agency safeguarding hub"}
    assert read_in_full("CAPP is chaired by the assistant director.", forms) == "children’s accommodation and placement panel is chaired by the assistant director."
    assert read_in_full("Managers set up a placement panel (CAPP) in May 2013.", forms) == "Managers set up a placement panel in May 2013."
    assert read_in_full("Few EHCPs were timely; the MASH (and the LADO) coped.", forms) == (
        "Few education health and care plans were timely; the multi-agency safeguarding hub (and the LADO) coped."
    )
    assert read_in_full("Ofsted's HMI (HMI) visited.", forms) == "Ofsted's HMI (HMI) visited."  # not defined here: as written
    assert read_in_full("CAPP met.", {}) == "CAPP met."
    iro = {"IRO": "independent reviewing officer", "LSCB": "local safeguarding children board"}
    assert read_in_full("IROs challenge plans; the local LSCB agrees.", iro) == (
        "independent reviewing officers challenge plans; the local safeguarding children board agrees."
    )
