"""The index follows the archive through Haystack's public backend API, on any backend.

Import → edit (a changed file re-imported) → delete → rebuild, checked with
SearchQuerySet and `check_archive` on the project's Whoosh backend, on Haystack's
`simple_backend` (no index: it searches the database) and on a backend offering only
`update`/`remove`/`clear` (tests/recording_backend.py). A Whoosh-only call in the
indexing path would leave the last two "saved but not indexed". `make test` also runs
the tests marked `any_engine` with SEARCH_ENGINE=simple.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from haystack import connections
from haystack.query import SearchQuerySet

from archive.ingest.pipeline import import_paths
from archive.models import Article, Statement
from tests import recording_backend
from tests.conftest import SIMPLE_ENGINE

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.any_engine]

ENGINES = {
    "whoosh": None,  # the configured one (conftest: a fresh folder per test)
    "simple": SIMPLE_ENGINE,
    "public-api-only": "tests.recording_backend.RecordingEngine",
}
PAGE = (
    "{title}\n\nLe ministre Odile Vantrel a déclaré mardi à la presse : « {quote} », "
    "avant de quitter la capitale pour une tournée régionale.\n"
)


@pytest.fixture(params=list(ENGINES))
def engine(request, search_index, monkeypatch):
    if ENGINES[request.param]:
        monkeypatch.setitem(
            connections.connections_info, "default", {"ENGINE": ENGINES[request.param]}
        )
    connections.reload("default")
    recording_backend.STORE.clear()
    yield request.param
    connections.reload("default")


def found(word, model=Article) -> list[int]:
    return sorted(int(r.pk) for r in SearchQuerySet().models(model).filter(content=word))


def agrees() -> bool:
    out = StringIO()
    call_command("check_archive", stdout=out)  # raises CommandError when they differ
    return "Database and index agree." in out.getvalue()


def write(folder, name, title, quote):
    (folder / name).write_text(PAGE.format(title=title, quote=quote), encoding="utf-8")


def test_import_edit_delete_rebuild(engine, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    write(folder, "a.txt", "Sommet de Korvath sur l'eau", "Nous garderons le barrage ouvert")
    write(folder, "b.txt", "Accord de pêche à Mireval", "Les quotas seront partagés")
    report = import_paths([folder], workers=1)
    assert report.counts["created"] == 2 and report.problems == []
    korvath = Article.objects.get(file_name="a.txt")
    assert found("Korvath") == [korvath.pk]
    assert found("barrage", Statement) == [korvath.statements.get().pk]
    assert agrees()

    write(folder, "a.txt", "Sommet de Zelbarre sur l'eau", "Nous fermerons les vannes")
    report = import_paths([folder], workers=1)
    assert report.counts["updated"] == 1 and report.problems == []
    assert found("Zelbarre") == [korvath.pk] and found("Korvath") == []
    assert found("barrage", Statement) == [] and len(found("vannes", Statement)) == 1
    assert agrees()  # the replaced statement's document is gone too

    Article.objects.get(file_name="b.txt").delete()
    assert found("Mireval") == [] and found("quotas", Statement) == []
    assert agrees()

    call_command("rebuild_index", interactive=False, verbosity=0)
    assert found("Zelbarre") == [korvath.pk] and found("Mireval") == []
    assert len(found("vannes", Statement)) == 1
    assert agrees()
