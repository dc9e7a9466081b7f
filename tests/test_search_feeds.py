"""Atom feeds, CSV/JSON exports, and the index following the database."""

import csv
import io
import json

import pytest
from django.db import transaction
from django.urls import reverse
from haystack.query import SearchQuerySet

from archive.models import Article, Statement
from search.indexing import deferred_indexing, index_articles, paused_indexing
from tests.factories import make_article, make_speaker, make_statement
from tests.test_search_corpus import build_corpus


@pytest.fixture
def corpus(db):
    return build_corpus()


def test_search_feed(client, corpus):
    """/search/feed/?q=… is an Atom feed of the newest matching articles."""
    response = client.get(reverse("search:feed"), {"q": "accord"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "<title>Dépêches — Recherche : « accord »</title>" in body
    titles = [corpus[k].display_title for k in ("sotchi", "treve", "climat")]
    positions = [body.index(t) for t in titles]
    assert positions == sorted(positions)  # newest first


def test_search_feed_of_statements(client, corpus):
    body = client.get(
        reverse("search:feed"), {"q": "dialogue", "mode": "statements"}
    ).content.decode()
    assert "Sergueï Lavrov : « La sécurité de la région dépend du dialogue »" in body


def test_speaker_feed(client, corpus):
    url = reverse("search:speaker_feed", kwargs={"slug": "serguei-lavrov"})
    body = client.get(url).content.decode()
    assert "<title>Nouvelles déclarations de Sergueï Lavrov</title>" in body
    assert body.count("<entry>") == 2
    assert body.index("dépend du dialogue") < body.index("importance stratégique")
    assert client.get(reverse("search:speaker_feed", kwargs={"slug": "nobody"})).status_code == 404


def test_source_feed(client, corpus):
    body = client.get(reverse("search:source_feed", kwargs={"slug": "reuters"})).content.decode()
    assert "<title>Nouveaux articles : Reuters</title>" in body
    assert body.count("<entry>") == 2


def test_export_statements_csv(client, corpus):
    """Statements export with their citation fields (tests/test_exports.py: the new ones)."""
    response = client.get(reverse("search:export_csv"), {"q": "dialogue", "mode": "statements"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    statement = Statement.objects.get(text__contains="dialogue")
    assert len(rows) == 1
    assert {
        key: rows[0][key]
        for key in ("speaker", "quote", "article_title", "source", "date", "permalink")
        + ("attribution", "confidence", "uncertain")
    } == {
        "speaker": "Sergueï Lavrov",
        "quote": "La sécurité de la région dépend du dialogue",
        "article_title": corpus["erevan"].display_title,
        "source": "Xinhua",
        "date": "2021-03-15T12:00:00+00:00",
        "permalink": "http://testserver" + statement.get_absolute_url(),
        "attribution": "",
        "confidence": "",
        "uncertain": "false",
    }


def test_export_articles_json(client, corpus):
    data = json.loads(
        client.get(reverse("search:export_json"), {"q": "Karabakh", "language": "en"}).content
    )
    assert data["count"] == 1
    assert data["results"][0]["title"] == corpus["putin"].display_title
    assert data["results"][0]["speakers"] == "Vladimir Poutine"
    assert data["results"][0]["permalink"].endswith(corpus["putin"].get_absolute_url())


def search_count(q):
    return SearchQuerySet().models(Article).filter(content=q).count()


@pytest.mark.django_db(transaction=True)
def test_index_follows_saves_and_deletes():
    """Created, changed and deleted articles show up or vanish without a rebuild."""
    article = make_article("Visite à Oulan-Bator", "Entretiens sur le nomadisme")
    assert search_count("nomadisme") == 1
    article.body = "Entretiens sur la steppe"
    article.save()
    assert search_count("nomadisme") == 0 and search_count("steppe") == 1
    make_statement(article, make_speaker("Oyun Erdene"), "La steppe est immense")
    assert SearchQuerySet().models(Statement).filter(content="immense").count() == 1
    assert SearchQuerySet().models(Article).narrow('speakers_exact:"oyun-erdene"').count() == 1
    article.delete()
    assert search_count("steppe") == 0
    assert SearchQuerySet().models(Statement).filter(content="immense").count() == 0


@pytest.mark.django_db(transaction=True)
def test_failed_import_never_reaches_the_index():
    with pytest.raises(RuntimeError), transaction.atomic():
        make_article("Fantôme", "Un texte jamais validé")
        raise RuntimeError
    assert search_count("jamais") == 0


@pytest.mark.django_db(transaction=True)
def test_deferred_indexing_indexes_once_at_the_end(monkeypatch):
    calls = []
    import search.indexing as indexing

    real = indexing.index_articles
    monkeypatch.setattr(indexing, "index_articles", lambda a: calls.append(set(a)) or real(a))
    with deferred_indexing():
        articles = [make_article(f"Lot {n}", "Importation groupée") for n in range(3)]
        assert search_count("groupée") == 0
    assert calls == [{a.pk for a in articles}]
    assert search_count("groupée") == 3


@pytest.mark.django_db(transaction=True)
def test_paused_indexing_then_index_articles():
    with paused_indexing():
        articles = [make_article(f"Lot {n}", "Importation silencieuse") for n in range(2)]
    assert search_count("silencieuse") == 0
    assert index_articles(articles) == 2
    assert search_count("silencieuse") == 2


@pytest.mark.django_db(transaction=True)
def test_renaming_a_speaker_reindexes_their_articles():
    """Their statements are found under the new name, their articles filtered by it."""
    speaker = make_speaker("Jean Dupont")
    make_statement(make_article("Conférence", "Un discours"), speaker, "Un discours")
    speaker.name = "Jean-Pierre Dupont"
    speaker.save()
    statements = SearchQuerySet().models(Statement).filter(content="Jean-Pierre")
    assert statements.count() == 1
    articles = SearchQuerySet().models(Article).facet("speakers").filter(content="discours")
    assert "Jean-Pierre Dupont" in articles[0].speakers


def test_rebuild_index_command(corpus, search_index):
    from django.core.management import call_command

    call_command("rebuild_index", interactive=False, verbosity=0)
    assert SearchQuerySet().models(Article).count() == 7
    assert SearchQuerySet().models(Statement).count() == 7
