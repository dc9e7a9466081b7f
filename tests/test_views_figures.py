"""Archive-wide figures are cached, yet always those of the archive as it is now.

Nothing clears the cache when rows change (an import runs in another process, with its
own cache): each request reads a census of the archive and the cache is keyed on it.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive.models import Statement
from archive.views import figures
from tests.factories import make_article, make_source, make_speaker, make_statement

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")


def home(client):
    return client.get(reverse("archive:home")).context


def years(context):
    return [(year.year, count) for year, count in context["years"]]


def top(context):
    return [(s.name, s.statement_count) for s in context["top_speakers"]]


def speaker_rows(client, **params):
    response = client.get(reverse("archive:speaker_list"), params)
    return [(s.name, s.statement_count, s.article_count) for s in response.context["object_list"]]


def test_home_figures_change_right_after_a_new_article_is_saved(client):
    speaker = make_speaker("Lavrov")
    make_statement(make_article("A", published=(2020, 5, 1)), speaker, "un")
    before = home(client)
    assert before["counts"] == {"articles": 1, "statements": 1, "speakers": 1, "sources": 0}
    assert years(before) == [(2020, 1)]

    article = make_article("B", published=(2021, 5, 1), source=make_source())
    make_statement(article, speaker, "deux")
    make_statement(article, make_speaker("Wang Yi"), "trois")

    after = home(client)
    assert after["counts"] == {"articles": 2, "statements": 3, "speakers": 2, "sources": 1}
    assert years(after) == [(2021, 1), (2020, 1)]
    assert top(after) == [("Lavrov", 2), ("Wang Yi", 1)]


def test_figures_are_refreshed_after_a_delete(client):
    speaker = make_speaker("Lavrov")
    first = make_article("A", published=(2020, 5, 1))
    make_statement(first, speaker, "un")
    make_statement(make_article("B", published=(2020, 6, 1)), speaker, "deux")
    make_article("C")
    archive = client.get(reverse("archive:article_archive")).context
    assert [(y.year, n) for y, n in archive["date_counts"]] == [(2020, 2)]
    assert speaker_rows(client) == [("Lavrov", 2, 2)]

    first.delete()

    archive = client.get(reverse("archive:article_archive")).context
    assert [(y.year, n) for y, n in archive["date_counts"]] == [(2020, 1)]
    assert archive["undated_count"] == 1
    assert archive["paginator"].count == 1
    assert speaker_rows(client) == [("Lavrov", 1, 1)]
    assert top(home(client)) == [("Lavrov", 1)]


def test_figures_follow_rows_written_without_model_methods(client):
    """bulk_create and queryset deletes send no signal: the census still sees them."""
    speaker = make_speaker("Lavrov")
    article = make_article("A", published=(2020, 5, 1))
    assert home(client)["counts"]["statements"] == 0

    Statement.objects.bulk_create(
        [Statement(article=article, speaker=speaker, text="un", start=0, end=2)]
    )
    assert top(home(client)) == [("Lavrov", 1)]

    Statement.objects.all().delete()
    assert top(home(client)) == []


def test_figures_follow_an_edited_publication_date(client):
    article = make_article("A", published=(2020, 5, 1))
    assert years(home(client)) == [(2020, 1)]

    article.published = datetime(2018, 5, 1, tzinfo=PARIS)
    article.save()

    assert years(home(client)) == [(2018, 1)]


def test_speaker_merge_in_the_admin_refreshes_the_figures(admin_client):
    main = make_speaker("Sergueï Lavrov")
    duplicate = make_speaker("S. Lavrov")
    make_statement(make_article("A"), main, "un")
    make_statement(make_article("B"), main, "deux")
    make_statement(make_article("C"), duplicate, "trois")
    assert top(home(admin_client)) == [("Sergueï Lavrov", 2), ("S. Lavrov", 1)]

    admin_client.post(
        reverse("admin:archive_speaker_changelist"),
        {"action": "merge_speakers", ACTION_CHECKBOX_NAME: [main.pk, duplicate.pk]},
    )

    assert top(home(admin_client)) == [("Sergueï Lavrov", 3)]
    assert speaker_rows(admin_client) == [("Sergueï Lavrov", 3, 3)]


def test_statement_edited_in_the_admin_refreshes_the_figures(admin_client):
    """A statement has no timestamp: saving it in the admin marks its article changed."""
    one, other = make_speaker("Lavrov"), make_speaker("Wang Yi")
    statement = make_statement(make_article("A"), one, "un")
    assert speaker_rows(admin_client) == [("Lavrov", 1, 1), ("Wang Yi", 0, 0)]

    response = admin_client.post(
        reverse("admin:archive_statement_change", args=[statement.pk]),
        {
            "article": statement.article_id,
            "speaker": other.pk,
            "speaker_label": "Wang Yi",
            "text": statement.text,
            "start": statement.start,
            "end": statement.end,
            "cue": "",
            "position": 0,
        },
    )

    assert response.status_code == 302
    assert Statement.objects.get().speaker == other
    assert speaker_rows(admin_client) == [("Wang Yi", 1, 1), ("Lavrov", 0, 0)]


@pytest.mark.django_db(transaction=True)
def test_home_counts_an_import_at_once(client, tmp_path):
    make_article("Déjà là", published=(2020, 5, 1))
    assert home(client)["counts"]["articles"] == 1
    page = tmp_path / "page.txt"
    page.write_text(
        "Titre de la page\n"
        "Le ministre a parlé mardi devant la presse de la situation régionale.\n"
        '"Nous restons prêts au dialogue", a déclaré le ministre.\n',
        encoding="utf-8",
    )

    call_command("import_articles", str(page), stdout=None)

    counts = home(client)["counts"]
    assert counts["articles"] == 2
    assert counts["statements"] == Statement.objects.count() == 1


def test_years_are_read_in_paris_time(client):
    make_article("Réveillon", published=datetime(2019, 12, 31, 23, 30, tzinfo=ZoneInfo("UTC")))
    make_article("Veille", published=datetime(2019, 12, 31, 22, 30, tzinfo=ZoneInfo("UTC")))

    assert years(home(client)) == [(2020, 1), (2019, 1)]


def test_speaker_list_pages_keep_ties_in_name_order(client, monkeypatch):
    from archive.views.people import SpeakerListView

    monkeypatch.setattr(SpeakerListView, "paginate_by", 2)
    article = make_article("A")
    for name in ["Delta", "Alpha", "Charlie"]:
        make_statement(article, make_speaker(name), name)
    make_statement(make_article("B"), article.speakers.get(name="Delta"), "x")
    make_speaker("Bravo")

    assert speaker_rows(client) == [("Delta", 2, 2), ("Alpha", 1, 1)]
    assert speaker_rows(client, page=2) == [("Charlie", 1, 1), ("Bravo", 0, 0)]
    assert speaker_rows(client, tri="nom") == [("Alpha", 1, 1), ("Bravo", 0, 0)]


@pytest.mark.parametrize("page", ["home", "article_archive", "speaker_list"])
def test_a_cached_page_runs_fewer_queries(client, page):
    make_statement(make_article("A", published=(2020, 5, 1)), make_speaker("Lavrov"), "un")
    cache.clear()
    with CaptureQueriesContext(connection) as first:
        client.get(reverse(f"archive:{page}"))
    with CaptureQueriesContext(connection) as second:
        client.get(reverse(f"archive:{page}"))
    assert len(second) < len(first)


def test_a_figure_computed_while_the_archive_changes_is_not_kept(db):
    article = make_article("A", published=(2020, 5, 1))
    census = figures.take_census()

    def count_then_change():
        value = figures.count_years(census, PARIS)
        article.delete()  # as if an import or a delete ran meanwhile
        return value

    assert figures.cached("test", census, count_then_change) == [
        (datetime(2020, 1, 1, tzinfo=PARIS), 1)
    ]
    assert figures.cached("test", census, list) == []  # computed again
