"""Speaker and source pages lead somewhere: search within, dates, exports, feeds, numbered
pages; the speaker list filters by name."""

import re

import pytest
from django.urls import reverse

from archive.templatetags.pagination_tags import page_numbers_around
from tests.factories import make_article, make_source, make_speaker, make_statement

pytestmark = pytest.mark.django_db


def test_speaker_list_filters_by_name_ignoring_accents_and_case(client):
    """?nom= keeps the speakers whose name (or an alias) contains the letters typed."""
    make_speaker("Sergueï Lavrov")
    make_speaker("Maria Zakharova", aliases=["Mme Zakharova"])
    make_speaker("Annalena Baerbock")

    html = client.get(reverse("archive:speaker_list"), {"nom": "SERGUEI"}).content.decode()
    assert "Sergueï Lavrov" in html and "Zakharova" not in html and "Baerbock" not in html

    html = client.get(reverse("archive:speaker_list"), {"nom": "mme zak"}).content.decode()
    assert "Maria Zakharova" in html and "Lavrov" not in html

    html = client.get(reverse("archive:speaker_list"), {"nom": "Ouroboros"}).content.decode()
    assert "Aucun orateur dont le nom contient « Ouroboros »" in html


def test_speaker_page_filters_by_period_and_links_search_export_and_feed(client):
    speaker = make_speaker("Maria Zakharova")
    make_statement(make_article("Avant", published=(2019, 6, 1)), speaker, "ancienne phrase")
    make_statement(make_article("Pendant", published=(2020, 3, 9)), speaker, "phrase de mars")
    make_statement(make_article("Après", published=(2021, 1, 1)), speaker, "phrase récente")

    html = client.get(speaker.get_absolute_url(), {"from": "2020", "to": "2020-06"}).content
    html = html.decode()

    assert "phrase de mars" in html
    assert "ancienne phrase" not in html and "phrase récente" not in html
    feed = reverse("search:speaker_feed", args=[speaker.slug])
    assert re.search(rf'<link rel="alternate" type="application/atom\+xml"[^>]*href="{feed}"', html)
    assert f'<a href="{feed}">' in html
    within = "mode=statements&amp;speaker=maria-zakharova&amp;from=2020&amp;to=2020-06"
    assert f'href="{reverse("search:export_csv")}?{within}"' in html
    assert f'href="{reverse("search:export_json")}?{within}"' in html
    assert f'action="{reverse("search:search")}"' in html
    assert '<input type="hidden" name="speaker" value="maria-zakharova">' in html


def test_unreadable_period_is_said_and_ignored(client):
    speaker = make_speaker("Ned Price")
    make_statement(make_article("Un", published=(2020, 3, 9)), speaker, "une phrase")

    response = client.get(speaker.get_absolute_url(), {"from": "hier", "to": "2020-13"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "une phrase" in html and "Date illisible" in html
    exports = re.findall(r'href="/search/export\.(?:csv|json)\?([^"]*)"', html)
    assert exports and not any("hier" in e or "2020-13" in e for e in exports)


def test_source_page_filters_by_period_and_links_its_feed(client):
    source = make_source("Xinhua")
    make_article("Vieille dépêche", source=source, published=(2018, 2, 2))
    make_article("Dépêche de 2020", source=source, published=(2020, 2, 2))

    html = client.get(source.get_absolute_url(), {"from": "2020-01-01"}).content.decode()

    assert "Dépêche de 2020" in html and "Vieille dépêche" not in html
    feed = reverse("search:source_feed", args=[source.slug])
    assert f'href="{feed}"' in html and 'rel="alternate"' in html
    assert f"{reverse('search:export_csv')}?source=xinhua&amp;from=2020-01-01" in html


@pytest.mark.parametrize(
    ("current", "last", "expected"),
    [
        (1, 1, [1]),
        (1, 5, [1, 2, 3, 4, 5]),
        (1, 31, [1, 2, 3, None, 31]),
        (16, 31, [1, None, 14, 15, 16, 17, 18, None, 31]),
        (31, 31, [1, None, 29, 30, 31]),
        (4, 31, [1, 2, 3, 4, 5, 6, None, 31]),  # a gap of one page shows that page
    ],
)
def test_page_numbers_keep_first_last_and_a_window(current, last, expected):
    assert page_numbers_around(current, last) == expected


def test_long_speaker_page_has_numbered_pages(client):
    """616 statements over 31 pages: page 16 links pages 1, 14–18 and 31 by number."""
    speaker = make_speaker("Emmanuel Macron")
    article = make_article("Discours", published=(2020, 1, 1))
    for i in range(616):
        make_statement(article, speaker, f"phrase numéro {i}")

    html = client.get(speaker.get_absolute_url(), {"page": 16}).content.decode()

    numbers = re.findall(r'href="\?page=(\d+)"><span class="visually-hidden">Page </span>', html)
    assert numbers == ["1", "14", "15", "16", "17", "18", "31"]
    assert 'aria-current="page" href="?page=16"' in html
    assert "Page 16 sur 31" in html
