"""Bad search parameters get a note on the page, never an error page."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from search.indexing import index_articles
from search.params import MAX_QUERY_LENGTH, clean_search_params, remove_control_characters
from tests.factories import make_article, make_speaker, make_statement
from tests.test_search_corpus import build_corpus
from tests.test_search_corpus import search_page as page

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def corpus(db):
    return build_corpus()


def test_control_characters_are_removed_and_said(client, corpus):
    """NUL in the query: the rest is searched, and the page says what was removed."""
    html = page(client, q="négo\x00ciation")
    assert "2 articles" in html
    assert "Caractères de contrôle retirés de la recherche." in html
    assert "\x00" not in html


@pytest.mark.parametrize(
    ("name", "label"),
    [("speaker", "l&#x27;orateur"), ("source", "la source"), ("from", "la date de début")],
)
def test_control_characters_in_filters(client, corpus, name, label):
    html = page(client, q="accord", **{name: "x\x00\x07"})
    assert f"Caractères de contrôle retirés de {label}." in html


def test_line_breaks_and_tabs_are_spaces():
    assert remove_control_characters("a\tb\r\nc\x00d\x7f\x9fe") == "a b cde"


def test_repeated_parameters_keep_the_last_value_and_long_ones_are_cut():
    from django.http import QueryDict

    values, notes = clean_search_params(QueryDict("q=a&q=b&speaker=" + "x" * 300))
    assert values["q"] == "b"
    assert len(values["speaker"]) == 200
    assert notes == ["Seuls les 200 premiers caractères de l'orateur sont lus."]


def test_a_100_kb_query_is_read_up_to_its_limit(client, corpus):
    query = "accord " * 15_000
    html = page(client, q=query)
    assert "Seuls les 1\u202f000 premiers caractères de la recherche sont lus." in html
    boxes = re.findall(r'<input id="(?:id_q|site-q)" type="search" name="q" value="([^"]*)"', html)
    assert len(boxes) == 1  # the page's own (the header's is left out): it holds the part read
    assert set(boxes) == {query[:MAX_QUERY_LENGTH].strip()}


@pytest.mark.parametrize(
    "params",
    [{"q": "date:0001"}, {"q": "accord", "from": "0001-01-01"}, {"q": "date:0001..9999"}],
)
def test_dates_beyond_the_searchable_range_are_brought_into_it(client, corpus, params):
    html = page(client, **params)
    assert "Dates hors de la période cherchée (du 02/01/1000 au 30/12/9999)" in html


def test_a_range_from_year_one_finds_every_dated_article(client, corpus):
    """Brought into range, "from year 1" still means "from the beginning"."""
    everything = page(client, q="accord")
    clamped = page(client, q="accord", **{"from": "0001-01-01", "to": "9999-12-31"})
    count = everything.split('id="results-heading">')[1].split("</h2>")[0].strip()
    assert count in clamped


def test_search_feed_with_an_undated_article(client, db):
    """An undated article in the results: an entry with only `updated`, no `published`."""
    dated = make_article("Sommet de Valdonie", "Le sommet aura lieu.", published=(2021, 2, 3))
    undated = make_article("Sommet sans date", "Un autre sommet.", published=None)
    index_articles([dated, undated])
    response = client.get(reverse("search:feed"), {"q": "sommet"})
    assert response.status_code == 200
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    by_title = {e.find(f"{ATOM}title").text: e for e in entries}
    assert set(by_title) == {"Sommet de Valdonie", "Sommet sans date"}
    assert by_title["Sommet sans date"].find(f"{ATOM}published") is None
    assert by_title["Sommet sans date"].find(f"{ATOM}updated") is not None
    assert by_title["Sommet de Valdonie"].find(f"{ATOM}published").text.startswith("2021-02-03")


def test_statement_feed_with_an_undated_article(client, db):
    article = make_article("Sans date", "Rien.", published=None)
    speaker = make_speaker("Marc Ellery")
    make_statement(article, speaker, text="Nous parlerons de la frontière")
    index_articles([article])
    for url, params in [
        (reverse("search:feed"), {"q": "frontière", "mode": "statements"}),
        (reverse("search:speaker_feed", kwargs={"slug": speaker.slug}), {}),
    ]:
        response = client.get(url, params)
        assert response.status_code == 200
        assert len(ET.fromstring(response.content).findall(f"{ATOM}entry")) == 1


def test_control_characters_in_stored_text_do_not_break_feeds(client, db):
    """XML 1.0 cannot hold them: they are left out of the feed rather than failing it."""
    article = make_article("Titre\x0bdu\x1f sommet", "Corps\x08 du sommet.", published=(2021, 1, 1))
    index_articles([article])
    response = client.get(reverse("search:feed"), {"q": "sommet"})
    assert response.status_code == 200
    entry = ET.fromstring(response.content).find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Titre du sommet"


def test_near_misses_and_suggestions_are_looked_up_for_a_bounded_number_of_words(corpus):
    """Each spelling look-up costs milliseconds: a query of many unknown words looks up
    the first few, and a "word" of hundreds of letters none."""
    from search.forms import ArchiveSearchForm
    from search.suggest import MAX_SUGGESTED_WORDS
    from search.variants import MAX_NEAR_MISS_WORDS

    unknown = ["Pachinjen", "Pachinjan", "Pachinyen", "Pachinien", "Pachinjin"] * 3
    form = ArchiveSearchForm({"q": " ".join(unknown)})
    form.search()
    groups = form.parsed.groups
    with_near_misses = [
        i for i, g in enumerate(groups) if any(t.origin == "fuzzy" for t in g.terms)
    ]
    assert len(groups) == len(unknown)
    assert with_near_misses == list(range(MAX_NEAR_MISS_WORDS))  # the first ones

    backend = form.searchqueryset.query.backend
    assert backend.suggest_words("Pachinjan", maxdist=1)  # an ordinary word: found
    assert backend.suggest_words("Pachinjan" * 5, maxdist=2) == []  # 45 letters: not looked up
    assert MAX_SUGGESTED_WORDS < len(unknown)
