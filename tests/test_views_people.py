"""Speaker and source pages: who is quoted how often, and what each one said or published."""

import pytest
from django.urls import reverse

from tests.factories import make_article, make_source, make_speaker, make_statement

pytestmark = pytest.mark.django_db


def test_speaker_list_shows_counts_kind_and_role_most_quoted_first(client):
    """/orateurs/ gives each speaker's statement count, kind and role, most quoted first."""
    rare = make_speaker("Ann Linde", role="ministre suédoise")
    often = make_speaker("Ministère russe", kind="institution")
    article = make_article("A", published=(2020, 1, 1))
    make_statement(article, rare, "un")
    make_statement(article, often, "deux")
    make_statement(make_article("B"), often, "trois")

    html = client.get(reverse("archive:speaker_list")).content.decode()

    assert html.index("Ministère russe") < html.index("Ann Linde")
    assert "ministre suédoise" in html
    assert "institution" in html
    assert '<td class="num">2</td>' in html


def test_speaker_list_sorts_by_name_on_request(client):
    """?tri=nom lists speakers alphabetically."""
    make_statement(make_article("A"), make_speaker("Zakharova"), "un")
    make_speaker("Abbas")

    html = client.get(reverse("archive:speaker_list"), {"tri": "nom"}).content.decode()

    assert html.index("Abbas") < html.index("Zakharova")


def test_speaker_page_lists_statements_newest_first_linked_to_their_place(client):
    """A speaker page lists every statement, newest article first, each linking to
    #statement-<pk> in its article; undated articles come last."""
    speaker = make_speaker("Sergueï Lavrov", aliases=["M. Lavrov", "Lavrov"])
    old = make_statement(make_article("Vieux", published=(2019, 1, 1)), speaker, "ancienne")
    new = make_statement(make_article("Neuf", published=(2021, 1, 1)), speaker, "récente")
    undated = make_statement(make_article("Sans date"), speaker, "sans date")
    make_statement(make_article("Autre"), make_speaker("Autre"), "pas lui")

    html = client.get(speaker.get_absolute_url()).content.decode()

    assert html.index("récente") < html.index("ancienne") < html.index("« sans date »")
    assert f'href="{old.article.get_absolute_url()}#statement-{old.pk}"' in html
    assert f'#statement-{new.pk}"' in html and f'#statement-{undated.pk}"' in html
    assert "pas lui" not in html
    assert "M. Lavrov, Lavrov" in html
    assert "3 citations" in html


def test_speaker_page_is_paginated(client):
    """A speaker page shows 20 statements per page, with a link to the next page."""
    speaker = make_speaker("Bavard")
    for i in range(25):
        make_statement(make_article(f"Article {i}", published=(2020, 1, i + 1)), speaker, f"n{i}")

    first = client.get(speaker.get_absolute_url()).content.decode()
    second = client.get(speaker.get_absolute_url(), {"page": 2}).content.decode()

    assert first.count('class="quote"') == 20
    assert 'href="?page=2"' in first
    assert second.count('class="quote"') == 5


def test_unknown_speaker_is_not_found(client):
    """A slug no speaker has answers 404."""
    assert client.get(reverse("archive:speaker_detail", args=["personne"])).status_code == 404


def test_source_list_shows_article_counts(client):
    """/sources/ lists each source with its number of articles and the years covered."""
    afp = make_source("AFP")
    make_source("Vide")
    make_article("A", published=(2019, 1, 1), source=afp)
    make_article("B", published=(2021, 1, 1), source=afp)

    html = client.get(reverse("archive:source_list")).content.decode()

    assert "2 articles" in html
    assert "2019–2021" in html
    assert "0 article" in html


def test_source_page_lists_its_articles_newest_first(client):
    """A source page lists only that source's articles, newest first, undated last."""
    afp = make_source("AFP")
    make_article("Ancien", published=(2019, 1, 1), source=afp)
    make_article("Récent", published=(2021, 1, 1), source=afp)
    make_article("Non daté", source=afp)
    make_article("Ailleurs", published=(2020, 1, 1), source=make_source("Autre"))

    html = client.get(afp.get_absolute_url()).content.decode()

    assert html.index("Récent") < html.index("Ancien") < html.index("Non daté")
    assert "Ailleurs" not in html
    assert "3 articles" in html
