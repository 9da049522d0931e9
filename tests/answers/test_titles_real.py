"""Real reports whose PDF title field is a working title: answers cite the title that names the
report, the index keeps the field the answer model reads, and a reopened index still has both."""

import pytest

from assistant.core import Assistant
from tests.conftest import HILLINGDON_2014 as HILLINGDON
from tests.conftest import MEDWAY_2013 as MEDWAY

pytestmark = pytest.mark.real


@pytest.fixture(scope="module")
def working_titles(medway_and_hillingdon):
    return medway_and_hillingdon


def test_citations_name_the_report_not_its_working_title(working_titles):
    answer = working_titles.ask("When were inspectors in Hillingdon?")
    assert answer.citations, answer.text
    titles = {c.source: c.title for c in answer.citations}
    assert titles.get(HILLINGDON) == "London Borough of Hillingdon"
    assert not any("Draft" in t or "Template" in t for t in titles.values())


def test_a_reopened_index_keeps_both_titles(working_titles, real_embedder):
    reopened = Assistant(working_titles.settings, embedder=real_embedder)
    reopened.prepare(build=False)
    records = {d.id: d for d in reopened.documents()}
    assert (records[MEDWAY].title, records[MEDWAY].model_title) == ("Inspection of looked after children services", "Template  Report template")
    assert (records[HILLINGDON].title, records[HILLINGDON].model_title) == ("London Borough of Hillingdon", "Hillingdon Draft Report 4")
