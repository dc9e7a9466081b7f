"""Project-wide checks: every named page answers, has one <h1>, and models match migrations."""

import re

import pytest
from django.core.management import call_command
from django.template.loader import get_template
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.factories import make_article, make_source, make_speaker, make_statement

# Namespaces whose pages need a login or are not ours to list.
SKIPPED_NAMESPACES = {"admin"}
# Routes that are actions, not pages (the language switch posts there; tests/test_i18n.py).
ACTIONS = {"set_language"}


def named_urls(patterns=None, namespace=""):
    """Yield "namespace:name" for every named route of the project."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or ""
            if inner in SKIPPED_NAMESPACES:
                continue
            prefix = f"{namespace}{inner}:" if inner else namespace
            yield from named_urls(pattern.url_patterns, prefix)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


@pytest.fixture
def fixture_data(db):
    source = make_source("Sputnik")
    speaker = make_speaker("Sergueï Lavrov")
    article = make_article(
        "Lavrov à Sotchi", "Il a dit : « Nous continuerons ».", (2020, 12, 29), source=source
    )
    statement = make_statement(article, speaker, "Nous continuerons")
    make_article("Sans date", published=None, source=source)
    return {"article": article, "speaker": speaker, "source": source, "statement": statement}


def url_arguments(data):
    """The arguments each named page is requested with; every named route must be here."""
    article = data["article"]
    return {
        "archive:home": {},
        "archive:article_archive": {},
        "archive:article_undated": {},
        "archive:article_year": {"year": 2020},
        "archive:article_month": {"year": 2020, "month": 12},
        "archive:article_day": {"year": 2020, "month": 12, "day": 29},
        "archive:article_detail": {"pk": article.pk, "slug": article.slug},
        "archive:article_raw": {"pk": article.pk},
        "archive:speaker_list": {},
        "archive:speaker_detail": {"slug": data["speaker"].slug},
        "archive:source_list": {},
        "archive:source_detail": {"slug": data["source"].slug},
        "search:search": {},
        "search:feed": {},
        "search:speaker_feed": {"slug": data["speaker"].slug},
        "search:source_feed": {"slug": data["source"].slug},
        "search:export_csv": {},
        "search:export_json": {},
        "archive:statement_detail": {"pk": data["statement"].pk},
        "api:index": {},
        "api:article_list": {},
        "api:article_detail": {"pk": article.pk},
        "api:statement_list": {},
        "api:statement_detail": {"pk": data["statement"].pk},
        "api:speaker_list": {},
        "api:speaker_detail": {"slug": data["speaker"].slug},
        "api:source_list": {},
        "api:source_detail": {"slug": data["source"].slug},
    }


API_NAMES = [
    "api:index",
    "api:article_list",
    "api:article_detail",
    "api:statement_list",
    "api:statement_detail",
    "api:speaker_list",
    "api:speaker_detail",
    "api:source_list",
    "api:source_detail",
]
PAGE_NAMES = [
    "archive:home",
    "archive:article_archive",
    "archive:article_undated",
    "archive:article_year",
    "archive:article_month",
    "archive:article_day",
    "archive:article_detail",
    "archive:article_raw",
    "archive:speaker_list",
    "archive:speaker_detail",
    "archive:source_list",
    "archive:source_detail",
    "search:search",
    "search:feed",
    "search:speaker_feed",
    "search:source_feed",
    "search:export_csv",
    "search:export_json",
    "archive:statement_detail",
    *API_NAMES,
]
# Pages that are not HTML documents.
NOT_HTML = {
    "archive:article_raw",
    "search:feed",
    "search:speaker_feed",
    "search:source_feed",
    "search:export_csv",
    "search:export_json",
    *API_NAMES,
}


def test_every_named_url_is_listed(fixture_data):
    """A new route must be added to PAGE_NAMES and url_arguments, so it gets requested below."""
    assert sorted(PAGE_NAMES) == sorted(url_arguments(fixture_data))
    assert set(named_urls()) - ACTIONS <= set(PAGE_NAMES)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_answers_with_one_h1(name, client, fixture_data):
    """Every named page answers 200 on fixture data; HTML pages have exactly one <h1>."""
    response = client.get(reverse(name, kwargs=url_arguments(fixture_data)[name]))

    assert response.status_code == 200
    if name not in NOT_HTML:
        html = response.content.decode()
        assert len(re.findall(r"<h1[\s>]", html)) == 1
        assert '<html lang="fr">' in html


def test_not_found_page_has_one_h1(client, db):
    """The custom 404 page is used, in French, with one <h1>."""
    response = client.get("/pas-une-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Page introuvable" in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1


def test_server_error_page_renders_without_context():
    """500.html renders with no request and no database, as Django's handler does."""
    html = get_template("500.html").render()

    assert "Une erreur est survenue" in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1


@pytest.mark.django_db
def test_no_pending_migrations():
    """The models and the migrations agree: makemigrations has nothing to write."""
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
