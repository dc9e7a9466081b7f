"""The JSON read API: pages of articles, statements, speakers and sources, filtered like
the pages; bad parameters answer 400 with the parameter named, never 500."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive import corrections
from archive.models import Article
from tests.factories import make_article, make_source, make_speaker, make_statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    afp, tass = make_source("AFP"), make_source("TASS")
    vasseur, belski = make_speaker("Irène Vasseur"), make_speaker("Anton Belski")
    rows = {
        "new_year_eve": make_article("Veille", published=(2020, 12, 31), source=afp),
        "new_year": make_article("Nouvel an", published=(2021, 1, 1), source=tass),
        "english": make_article("In English", published=(2020, 6, 1), source=afp, language="en"),
        "undated": make_article("Sans date", source=tass),
    }
    make_statement(rows["new_year_eve"], vasseur, "Nous proposons une trêve")
    make_statement(rows["new_year"], belski, "Nous étudierons la proposition")
    make_statement(rows["english"], vasseur, "We offer a truce")
    return {**rows, "afp": afp, "tass": tass, "vasseur": vasseur, "belski": belski}


def get(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == "application/json"
    return response.json()


def titles(data):
    return [r["title"] for r in data["results"]]


def test_articles_newest_first_with_undated_last(client, archive):
    data = get(client, "/api/articles/")
    assert data["count"] == 4
    assert titles(data) == ["Nouvel an", "Veille", "In English", "Sans date"]
    assert data["results"][0]["source"]["slug"] == "tass"


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"to": "2020"}, ["Veille", "In English"]),  # the last day of the year included
        ({"from": "2021-01-01"}, ["Nouvel an"]),
        ({"from": "2020-06", "to": "2020-06"}, ["In English"]),
        ({"language": "en"}, ["In English"]),
        ({"source": "tass"}, ["Nouvel an", "Sans date"]),
        ({"speaker": "irene-vasseur"}, ["Veille", "In English"]),
        ({"undated": "1"}, ["Sans date"]),
        ({"sort": "oldest", "source": "afp"}, ["In English", "Veille"]),
    ],
)
def test_article_filters_match_the_pages(client, archive, params, expected):
    assert titles(get(client, "/api/articles/", **params)) == expected


def test_pages_are_bounded_and_linked(client, archive):
    """page_size splits the list; next/previous are working links; the size has a ceiling."""
    first = get(client, "/api/articles/", page_size=3)
    assert (first["pages"], first["previous"]) == (2, None)
    second = client.get(first["next"]).json()
    assert titles(second) == ["Sans date"] and second["next"] is None
    assert client.get(second["previous"]).json() == first
    error = get(client, "/api/articles/", status=400, page_size=101)
    assert error["parameter"] == "page_size" and "100" in error["error"]


def test_hide_copies_drops_wire_copies(client, archive):
    copy = make_article("Veille (reprise)", published=(2020, 12, 31), source=archive["tass"])
    Article.objects.filter(pk=copy.pk).update(copy_of=archive["new_year_eve"])
    shown = titles(get(client, "/api/articles/", to="2020-12-31"))
    hidden = titles(get(client, "/api/articles/", to="2020-12-31", hide_copies="true"))
    assert "Veille (reprise)" in shown and "Veille (reprise)" not in hidden


def test_article_detail_has_body_and_statements(client, archive):
    article = archive["new_year_eve"]
    data = get(client, f"/api/articles/{article.pk}/")
    assert data["body"] == article.body
    assert [s["text"] for s in data["statements"]] == ["Nous proposons une trêve"]
    assert data["statements"][0]["speaker"]["name"] == "Irène Vasseur"
    assert data["html_url"].endswith(article.get_absolute_url())


def test_statements_filtered_by_speaker_source_and_dates(client, archive):
    by_speaker = get(client, "/api/statements/", speaker="irene-vasseur")
    assert [s["text"] for s in by_speaker["results"]] == [
        "Nous proposons une trêve",
        "We offer a truce",
    ]
    assert by_speaker["results"][0]["article"]["title"] == "Veille"
    dated = get(client, "/api/statements/", source="afp", **{"from": "2020-07"})
    assert [s["text"] for s in dated["results"]] == ["Nous proposons une trêve"]


def test_statement_detail_shows_who_reported_it_and_its_corrections(client, archive, admin_user):
    """Two outlets with the same words: both listed, the first first; a correction shows."""
    text = "Nous proposons une trêve"
    relay = make_article("Relais", published=(2021, 1, 2), source=archive["tass"])
    mine = make_statement(relay, archive["vasseur"], text, cluster_key="k1")
    first = archive["new_year_eve"].statements.get()
    first.cluster_key = "k1"
    first.save()
    corrections.change_speaker(mine, archive["vasseur"], admin_user, previous=None)

    data = get(client, f"/api/statements/{mine.pk}/")

    assert [r["title"] for r in data["reported_by"]] == ["Veille", "Relais"]
    assert data["reported_by_outlets"] == 2
    assert data["corrections"][0]["by"] == admin_user.username
    assert data["corrections"][0]["after"] == {"speaker": "Irène Vasseur"}


def test_speakers_and_sources_with_counts(client, archive):
    speakers = get(client, "/api/speakers/", q="vass")
    assert [(s["name"], s["statement_count"]) for s in speakers["results"]] == [
        ("Irène Vasseur", 2)
    ]
    sources = get(client, "/api/sources/")
    assert [(s["slug"], s["article_count"]) for s in sources["results"]] == [
        ("afp", 2),
        ("tass", 2),
    ]
    assert get(client, "/api/speakers/anton-belski/")["statement_count"] == 1
    assert get(client, "/api/sources/afp/")["articles_url"].endswith("?source=afp")


@pytest.mark.parametrize(
    "url, params, parameter",
    [
        ("/api/articles/", {"page": "0"}, "page"),
        ("/api/articles/", {"page": "-3"}, "page"),
        ("/api/articles/", {"page": "99999999999999999999"}, "page"),
        ("/api/articles/", {"page": "2"}, "page"),  # past the last page
        ("/api/articles/", {"page_size": "abc"}, "page_size"),
        ("/api/articles/", {"from": "2020-13"}, "from"),
        ("/api/articles/", {"from": "0000"}, "from"),
        ("/api/articles/", {"to": "31/12/2020"}, "to"),
        ("/api/articles/", {"from": "2021", "to": "2020"}, "to"),
        ("/api/articles/", {"language": "FR!"}, "language"),
        ("/api/articles/", {"speaker": "personne-inconnue"}, "speaker"),
        ("/api/articles/", {"source": "../etc"}, "source"),
        ("/api/articles/", {"sort": "random"}, "sort"),
        ("/api/articles/", {"undated": "maybe"}, "undated"),
        ("/api/articles/", {"form": "2020"}, "form"),
        ("/api/statements/", {"article": "1e5"}, "article"),
        ("/api/speakers/", {"kind": "robot"}, "kind"),
    ],
)
def test_bad_parameters_answer_400_naming_them(client, archive, url, params, parameter):
    data = get(client, url, status=400, **params)
    assert data["parameter"] == parameter
    assert data["error"]


def test_repeated_parameter_is_refused(client, archive):
    response = client.get("/api/articles/?source=afp&source=tass")
    assert response.status_code == 400
    assert response.json()["parameter"] == "source"


def test_unknown_rows_and_paths_are_json_404_and_writes_405(client, archive):
    assert get(client, "/api/articles/999999/", status=404)["status"] == 404
    assert get(client, "/api/speakers/nobody/", status=404)["status"] == 404
    assert get(client, "/api/nothing-here/", status=404)["error"]
    response = client.post("/api/articles/", {})
    assert response.status_code == 405 and response.json()["error"]


@pytest.mark.parametrize(
    "url", ["/api/articles/", "/api/statements/", "/api/speakers/", "/api/sources/"]
)
def test_list_queries_do_not_grow_with_rows(client, archive, url):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    few = queries()
    for _ in range(15):
        article = make_article(published=(2020, 3, 3), source=make_source())
        make_statement(article, make_speaker(), "Encore une phrase")
    assert queries() == few
