"""The reports' terms put beside a question's plain phrasings (assistant/search/plain_words.py)."""

import re

import pytest

from assistant.search import plain_words
from assistant.search.plain_words import MAX_ADDED, with_report_terms


@pytest.mark.parametrize(
    "question, phrase, terms",
    [
        ("Were Bristol practitioners overloaded with work in early 2023?", "overloaded", "caseloads workloads"),
        ("How many young people stayed on with their foster families after 18?", "stayed on with their foster", "staying put"),
        ("What did Ofsted say about young adults who had left care?", "young adults who had left care", "care leavers"),
        ("Which IT weakness did inspectors flag?", "IT weakness", "electronic recording system case records"),
        ("How long had the top children's services officer been in post?", "top children's services officer", "director of children's services"),
        ("What headline judgement did Sunderland get?", "headline judgement", "overall effectiveness"),
        ("Are many staff temps?", "temps", "agency staff"),
        ("Which IT systems failed?", "IT systems", "electronic recording system case records"),
        ("Front door staff: are they overloaded?", "Front door", "multi-agency safeguarding hub MASH contact referral"),
        ("Is there round-the-clock help for foster carers in Hull?", "round-the-clock", "out-of-hours 24-hour emergency duty"),
        ("Can families get help at night or at weekends?", "night or at weekends", "out-of-hours 24-hour emergency duty"),
        ("How well does Redcar deal with accusations against nursery staff?", "accusations", "allegations against professionals designated officer LADO"),
        ("Are newborns kept safe in Leeds?", "newborns", "babies infants"),
        ("Do children in care see a dentist?", "dentist", "dental checks"),
        ("What proportion of kids in Tameside's care had their teeth checked?", "teeth checked", "dental checks"),
        ("Were children given permanent new parents promptly in Merton?", "permanent new parents", "adoption permanence"),
        ("Do children in Hull get regular health checks?", "health checks", "health assessments"),
        ("How many pupils were expelled in Bristol?", "expelled", "exclusions"),
        ("Do children see their parents often enough?", "see their parents", "family time contact"),
    ],
)
def test_a_plain_phrasing_gets_the_reports_term_beside_it(question, phrase, terms):
    reworded = with_report_terms(question)
    assert (phrase, terms) in reworded.added
    assert f"{phrase} ({terms})" in reworded.question
    assert re.sub(r" \([^)]*\)", "", reworded.question) == question  # the question itself is untouched


@pytest.mark.parametrize(
    "question",
    [
        "When was Leeds last inspected by Ofsted?",  # nothing plain to reword
        "Were caseloads in Bristol too high?",  # already the reports' word
        "How many children were in Barnsley's care in 2023?",  # a count of children, not of caseloads
        "Who referred Ali to Prevent?",
        "Is it judged good?",  # "it" is not "IT"; "judged" is not a judge
        "How long did cases wait at Medway's Legal Gateway Panel?",  # a name, not plain words
        "What does the Front Door service do?",
        # other senses of the table's phrasings (a hostile probe's)
        "Who was in charge of the inspection of Leeds in 2022?",
        "How many cases did inspectors sample in Slough?",
        "Which court ruling did the report mention?",
        "To what degree has Bradford improved?",
        "Did Leeds's MASH move between buildings?",
        "Do social workers in training get enough support in Havering?",
        "Was it weakness in management that the inspectors found?",
        "Has paperwork gone missing in Slough?",
        "How does Havering support early-career social workers?",
        "Did the top managers in Kent change?",
        "Are parents' mental health needs met in Leeds?",
        "Are children looked after by a family member supported?",
        "Who was accused of the murder?",  # an accused person, not allegations against staff
        "When did the clock start on care proceedings?",
        "Was the improvement permanent?",
        "What score had the council got at its prior full check-up?",  # an inspection, not a health check
        "Do the scrutiny committee's powers have any teeth?",  # powers, not dental health
        "Do inspectors see parents as partners?",  # seeing parents as, not visiting them
    ],
)
def test_a_question_without_a_plain_phrasing_is_left_as_asked(question):
    reworded = with_report_terms(question)
    assert reworded.question == question and reworded.added == ()


def test_no_more_than_a_few_additions_in_the_questions_order():
    question = "Were the kids' foster families and temps overloaded, and did they go missing from children's homes?"
    reworded = with_report_terms(question)
    assert [phrase for phrase, _ in reworded.added] == ["kids", "foster families", "temps"]


def test_rewording_twice_adds_nothing():
    once = with_report_terms("Did the temps feel overloaded at the front door?")
    assert len(once.added) == 3
    assert with_report_terms(once.question).added == ()


def test_every_entry_compiles():
    for pattern, terms in plain_words._TABLE:
        assert terms.strip()
        re.compile(rf"\b(?:{pattern})", re.IGNORECASE)


def test_the_reports_terms_are_kept_one_by_one_for_each_phrasing():
    """What the answer step gives weight to: each term apart, a multi-word term whole."""
    reworded = with_report_terms("Were Leeds social workers overloaded, and what happens to kids who run off?")
    assert reworded.phrases == (("caseloads", "workloads"), ("children", "young people"), ("missing", "return home interviews"))
    assert [terms for _, terms in reworded.added] == ["caseloads workloads", "children young people", "missing return home interviews"]
    assert "overloaded (caseloads workloads)," in reworded.question


def test_every_entrys_terms_are_phrases_apart_by_commas():
    for _, terms in plain_words._TABLE:
        assert all(phrase.strip() and phrase == phrase.strip(" ") for phrase in terms.replace(", ", ",").split(","))
