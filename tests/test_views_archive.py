"""Home, date browsing and the article page: what each page shows, and where it links."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from tests.factories import make_article, make_source, make_speaker, make_statement

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")


def test_home_shows_latest_articles_and_counts(client):
    """The home page lists the newest articles first and counts every kind of row."""
    source = make_source("Sputnik")
    speaker = make_speaker("Sergueï Lavrov")
    old = make_article("Ancien article", published=(2019, 5, 1), source=source)
    new = make_article("Nouvel article", published=(2021, 3, 2), source=source)
    make_statement(new, speaker, "Nous continuerons")

    html = client.get(reverse("archive:home")).content.decode()

    assert html.index("Nouvel article") < html.index("Ancien article")
    assert "2 articles" in html
    assert "1 citation" in html
    assert "1 orateur" in html
    assert "1 source" in html
    assert old.get_absolute_url() in html
    assert 'action="/search/"' in html
    assert 'href="/articles/2021/"' in html and 'href="/articles/2019/"' in html


def test_archive_index_lists_years_with_counts_and_undated_articles(client):
    """/articles/ gives each year with its count, and a section reaching undated articles."""
    make_article("Vingt", published=(2020, 1, 5))
    make_article("Vingt bis", published=(2020, 7, 5))
    make_article("Vingt et un", published=(2021, 2, 1))
    undated = make_article("Communiqué sans date", published=None)

    html = client.get(reverse("archive:article_archive")).content.decode()

    assert reverse("archive:article_year", args=[2020]) in html
    assert "2 articles" in html
    assert reverse("archive:article_year", args=[2021]) in html
    assert "Articles sans date" in html
    assert undated.get_absolute_url() in html
    assert reverse("archive:article_undated") in html


def test_undated_page_lists_only_undated_articles(client):
    """/articles/sans-date/ lists the articles without a publication date, and only those."""
    make_article("Daté", published=(2020, 1, 5))
    make_article("Pas daté", published=None)

    html = client.get(reverse("archive:article_undated")).content.decode()

    assert "Pas daté" in html
    assert "Daté<" not in html
    assert "date inconnue" in html


def test_year_page_lists_months_with_counts(client):
    """A year page links each month that has articles, with its count, by numeric URL."""
    make_article("Janvier", published=(2020, 1, 5))
    make_article("Décembre A", published=(2020, 12, 5))
    make_article("Décembre B", published=(2020, 12, 6))

    html = client.get(reverse("archive:article_year", args=[2020])).content.decode()

    assert 'href="/articles/2020/01/"' in html
    assert 'href="/articles/2020/12/"' in html
    assert "décembre" in html
    assert "2 articles" in html
    assert "Décembre B" in html


def test_year_page_links_previous_and_next_years_with_articles(client):
    """Previous/next year skip the years without articles."""
    make_article("A", published=(2018, 1, 5))
    make_article("B", published=(2020, 1, 5))
    make_article("C", published=(2023, 1, 5))

    html = client.get(reverse("archive:article_year", args=[2020])).content.decode()

    assert 'rel="prev" href="/articles/2018/"' in html
    assert 'rel="next" href="/articles/2023/"' in html


def test_month_page_has_calendar_and_neighbouring_months(client):
    """A month page shows a calendar linking days with articles, and the nearest months."""
    make_article("Octobre", published=(2020, 10, 2))
    make_article("Le 3", published=(2020, 11, 3))
    make_article("Le 3 bis", published=(2020, 11, 3))
    make_article("Février", published=(2021, 2, 1))

    html = client.get(reverse("archive:article_month", args=[2020, 11])).content.decode()

    assert "Articles de novembre 2020" in html
    assert 'href="/articles/2020/11/03/"' in html
    assert "3 novembre : 2 articles" in re.sub(r"<[^>]+>", "", html)  # the link's name
    assert 'rel="prev" href="/articles/2020/10/"' in html
    assert 'rel="next" href="/articles/2021/02/"' in html
    assert "Le 3 bis" in html


def test_day_page_lists_that_days_articles_with_neighbours(client):
    """A day page lists the day's articles and links the nearest days holding articles."""
    make_article("Avant", published=(2020, 11, 1))
    make_article("Ce jour", published=(2020, 11, 3))
    make_article("Après", published=(2020, 12, 24))

    html = client.get(reverse("archive:article_day", args=[2020, 11, 3])).content.decode()

    assert "Ce jour" in html
    assert "Avant<" not in html
    assert 'rel="prev" href="/articles/2020/11/01/"' in html
    assert 'rel="next" href="/articles/2020/12/24/"' in html


def test_day_is_read_in_paris_time(client):
    """An article published at 23:30 UTC on the 2nd belongs to the 3rd in Paris."""
    make_article("Tard", published=datetime(2020, 11, 2, 23, 30, tzinfo=ZoneInfo("UTC")))

    assert client.get(reverse("archive:article_day", args=[2020, 11, 3])).status_code == 200
    assert client.get(reverse("archive:article_day", args=[2020, 11, 2])).status_code == 404


def test_empty_period_is_not_found(client):
    """A year, month or day without articles answers 404 with the custom page."""
    make_article("Seul", published=(2020, 1, 5))

    response = client.get(reverse("archive:article_year", args=[1999]))

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_article_row_shows_date_title_source_and_speakers_once(client):
    """A row gives the French date, title, source and each speaker once."""
    source = make_source("Agence France-Presse")
    lavrov = make_speaker("Sergueï Lavrov")
    article = make_article("Rencontre à Sotchi", published=(2020, 12, 29), source=source)
    make_statement(article, lavrov, "Première phrase")
    make_statement(article, lavrov, "Seconde phrase")

    html = client.get(reverse("archive:article_month", args=[2020, 12])).content.decode()

    assert "29 décembre 2020" in html
    assert "Rencontre à Sotchi" in html
    assert "Agence France-Presse" in html
    assert html.count(">Sergueï Lavrov</a>") == 1


def test_first_of_month_reads_premier(client):
    """French dates write the first day of a month as « 1er »."""
    make_article("Premier", published=(2021, 3, 1))

    html = client.get(reverse("archive:article_month", args=[2021, 3])).content.decode()

    assert "1<sup>er</sup> mars 2021" in html


class TestArticlePage:
    def test_shows_title_date_source_author_and_paragraphs(self, client):
        """The article page gives the headline, French date, source link, author, paragraphs."""
        source = make_source("Sputnik")
        article = make_article(
            "Lavrov à Sotchi",
            "Premier paragraphe.\n\nSecond paragraphe.",
            published=datetime(2020, 12, 29, 9, 56, tzinfo=PARIS),
            source=source,
            author="Ivan Petrov",
        )

        html = client.get(article.get_absolute_url()).content.decode()

        assert "<h1" in html and "Lavrov à Sotchi</h1>" in html
        assert "29 décembre 2020 à 09:56" in html
        assert f'href="{source.get_absolute_url()}"' in html
        assert "Par Ivan Petrov" in html
        assert "<p>Premier paragraphe.</p>" in html
        assert "<p>Second paragraphe.</p>" in html

    def test_derived_title_is_noted(self, client):
        """When the page had no title, the derived one is shown with a note saying so."""
        article = make_article("", "Moscou répond aux sanctions. Suite du texte.")

        html = client.get(article.get_absolute_url()).content.decode()

        assert "Moscou répond aux sanctions</h1>" in html
        assert "Titre absent de la page d'origine" in html

    def test_inferred_and_unknown_dates_are_marked(self, client):
        """An inferred date says « date déduite »; a missing one says « date inconnue »."""
        inferred = make_article(
            "Déduit", published=(2020, 12, 30), published_inferred=True, published_precision="day"
        )
        undated = make_article("Sans date", published=None)

        inferred_html = client.get(inferred.get_absolute_url()).content.decode()
        undated_html = client.get(undated.get_absolute_url()).content.decode()

        assert "30 décembre 2020" in inferred_html
        assert "date déduite" in inferred_html
        assert " à 13:00" not in inferred_html  # day precision: no time of day
        assert "date inconnue" in undated_html

    def test_statements_are_marked_in_place_and_linked_to_speaker(self, client):
        """Each statement is wrapped in <mark id="statement-N"> at its offsets, linked to its
        speaker; the statement list gives speaker and cue."""
        speaker = make_speaker("Maria Zakharova")
        article = make_article("Réponse", "Elle a dit : « Nous répondrons ». Fin.")
        statement = make_statement(article, speaker, "Nous répondrons", cue="a dit")

        html = client.get(article.get_absolute_url()).content.decode()

        assert (
            f'« <mark class="statement" id="statement-{statement.pk}">'
            f'<a href="{speaker.get_absolute_url()}" title="Propos de Maria Zakharova">'
            "Nous répondrons</a></mark> ». Fin." in html
        )
        assert f'href="#statement-{statement.pk}"' in html
        assert "a dit" in html

    def test_statement_with_bad_offsets_is_listed_but_not_linked(self, client):
        """A statement whose text is not in the body is listed without a dead anchor link."""
        article = make_article("Décalé", "Texte court.")
        statement = make_statement(make_article("Autre", "ailleurs"), make_speaker(), "ailleurs")
        statement.article, statement.start, statement.end = article, 50, 60
        statement.save()

        html = client.get(article.get_absolute_url()).content.decode()

        assert "« ailleurs »" in html
        assert f"statement-{statement.pk}" not in html

    def test_body_is_escaped(self, client):
        """Article text is never trusted as HTML: a <script> in the body or a quote is escaped."""
        article = make_article("XSS", "Avant <script>alert(1)</script> après.")
        make_statement(article, make_speaker(), "<b>gras</b>")

        html = client.get(article.get_absolute_url()).content.decode()

        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "<b>gras</b>" not in html
        assert "&lt;b&gt;gras&lt;/b&gt;" in html

    def test_wrong_slug_redirects_to_canonical_url(self, client):
        """/article/<pk>-<anything>/ redirects permanently to the article's own slug."""
        article = make_article("Le bon titre")

        response = client.get(reverse("archive:article_detail", args=[article.pk, "ancien-titre"]))

        assert response.status_code == 301
        assert response["Location"] == article.get_absolute_url()

    def test_unknown_article_is_not_found(self, client):
        """An id that doesn't exist answers 404."""
        assert client.get(reverse("archive:article_detail", args=[999, "x"])).status_code == 404

    def test_links_to_raw_text(self, client):
        """The page links to the raw text, which is served as UTF-8 plain text, unchanged."""
        article = make_article("Brut", raw_text="Ligne 1 <b>é</b>\nDernière mise à jour")

        html = client.get(article.get_absolute_url()).content.decode()
        raw = client.get(reverse("archive:article_raw", args=[article.pk]))

        assert f'href="{reverse("archive:article_raw", args=[article.pk])}"' in html
        assert raw.status_code == 200
        assert raw["Content-Type"] == "text/plain; charset=utf-8"
        assert raw.content.decode("utf-8") == "Ligne 1 <b>é</b>\nDernière mise à jour"
