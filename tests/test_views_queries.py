"""No N+1: each page runs the same small number of queries for 3 rows as for 30."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive.models import Article, Source, Speaker
from tests.factories import make_article, make_source, make_speaker, make_statement

pytestmark = pytest.mark.django_db
MAX_QUERIES = 10

PAGES = {
    "home": lambda: reverse("archive:home"),
    "article_archive": lambda: reverse("archive:article_archive"),
    "article_undated": lambda: reverse("archive:article_undated"),
    "article_year": lambda: reverse("archive:article_year", args=[2020]),
    "article_month": lambda: reverse("archive:article_month", args=[2020, 11]),
    "article_day": lambda: reverse("archive:article_day", args=[2020, 11, 3]),
    "article_detail": lambda: Article.objects.get(title="Long").get_absolute_url(),
    "article_raw": lambda: reverse("archive:article_raw", args=[Article.objects.first().pk]),
    "speaker_list": lambda: reverse("archive:speaker_list"),
    "speaker_detail": lambda: Speaker.objects.get(name="Bavard").get_absolute_url(),
    "source_list": lambda: reverse("archive:source_list"),
    "source_detail": lambda: Source.objects.get(name="Principale").get_absolute_url(),
}


def add_rows(n):
    """Add n of everything a page lists: dated and undated articles, speakers, sources,
    statements of one speaker, statements in one article, articles of one source."""
    main_source = Source.objects.get_or_create(name="Principale", slug="principale")[0]
    talker = Speaker.objects.get_or_create(name="Bavard", slug="bavard")[0]
    long = Article.objects.filter(title="Long").first() or make_article("Long", "Texte.")
    for _ in range(n):
        speaker = make_speaker()
        source = make_source()
        for published in [(2020, 11, 3), None]:
            article = make_article(published=published, source=source)
            make_statement(article, speaker, "Une phrase")
            make_statement(article, talker, "Une autre phrase")
        make_article(published=(2020, 11, 5), source=main_source)
        make_statement(long, speaker, f"Phrase de {speaker.name}")


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page", PAGES)
def test_query_count_does_not_grow_with_rows(page, client, django_assert_max_num_queries):
    """Every page's query count is the same for 3 rows as for 30, and at most 10."""
    add_rows(3)
    with_3 = count_queries(client, PAGES[page]())

    add_rows(27)
    with django_assert_max_num_queries(MAX_QUERIES):
        with_30 = count_queries(client, PAGES[page]())

    assert with_30 == with_3
