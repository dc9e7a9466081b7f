"""The speaker list of a generated archive, checked against the generator's ground truth.

bench/generate.py records who really says each quotation; bench/speakers.py extracts the
pages, files the speakers through the store and sorts every Speaker row out. The same
check runs on 2,000 and 10,000 pages with `make speakers N=…`.
"""

import pytest

from bench.generate import make_article
from bench.speakers import check

N = 250
# The module's check writes Speaker rows (rolled back): the test database must exist even
# when this module runs alone (pytest-django sets up only the databases tests ask for).
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def truth():
    """The cast people who are quoted in the first N generated pages."""
    return {who for i in range(N) for _, who in make_article(i).quotes}


@pytest.fixture(scope="module")
def report(django_db_setup, django_db_blocker):
    """One check for the module, its Speaker rows rolled back afterwards."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        result = check(N)
        transaction.set_rollback(True)
    return result


def test_no_speaker_is_a_clause_a_place_or_a_piece_of_a_name(report):
    """Every Speaker row is someone the pages quote: no clause fragment, no place taken
    for a person, no part of a name ("Drian") beside the full one."""
    assert report.fragments == []
    assert report.places == []
    assert report.split == []
    assert report.others == []


def test_one_speaker_per_person_across_spellings(report, truth):
    """Each quoted person has exactly one Speaker row, whatever spellings the pages use
    (Zelensky/Zelenskyy/Zelenski, Yıldırım/Yildirim, Wąsik/Wasik, Seitkali/Seytkali)."""
    assert report.duplicated == {}
    assert set(report.people) == truth


def test_people_in_no_registry_are_recognised(report):
    """The invented people of many cultures (in no registry) get their quotations."""
    from archive.ingest.figures import find_figures
    from bench.vocabulary import SPEAKERS

    unknown = {en for fr, en, *_ in SPEAKERS if not find_figures(fr) and not find_figures(en)}
    assert unknown
    assert unknown <= set(report.people)
