"""The search page reads French and English: concepts offered in the other language and
applied with one click, suggestions in the query's language, speaker and source cards,
statements searched in their quote."""

import html as html_lib
import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse

from search.indexing import index_articles
from search.models import Variant
from tests.factories import make_article, make_source, make_speaker, make_statement

URL = reverse("search:search")


def page(client, **params) -> str:
    response = client.get(URL, params)
    assert response.status_code == 200
    return response.content.decode()


def result_count(html: str) -> str:
    return re.search(r'<h2 id="results-heading">\s*(.*?)\s*</h2>', html, re.S)[1]


def offers(html: str) -> list[str]:
    return [
        re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", "", note))).strip()
        for note in re.findall(r'<p class="search-note search-concept">(.*?)</p>', html, re.S)
    ]


def offer_query(html: str) -> str:
    link = re.search(r'<p class="search-note search-concept">.*?href="([^"]+)"', html, re.S)[1]
    return parse_qs(urlparse(html_lib.unescape(link)).query)["q"][0]


@pytest.fixture
def archive(db):
    wire, agence = make_source("Nordic Wire"), make_source("Agence Méridien")
    lavrov = make_speaker("Sergueï Lavrov", aliases=["Sergey Lavrov"])
    articles = {
        "fr": make_article(
            "Le cessez-le-feu tient au sud",
            "Le cessez-le-feu conclu dimanche tient toujours, selon les observateurs.",
            published=(2023, 5, 2),
            source=agence,
        ),
        "en": make_article(
            "Ceasefire holds in the south",
            "The ceasefire agreed on Sunday is holding, observers said. There is calm.",
            published=(2023, 5, 2),
            source=wire,
            language="en",
        ),
        "turc": make_article(
            "Le ministre turc à Bakou",
            "Le ministre turc a rencontré son homologue. Les négociations continuent.",
            published=(2023, 6, 1),
            source=agence,
        ),
        "karabakh": make_article(
            "Lavrov évoque le Karabakh",
            "Le ministre a parlé du Karabakh devant la presse.",
            published=(2020, 10, 1),
            source=agence,
        ),
    }
    make_statement(articles["karabakh"], lavrov, "Nous resterons vigilants")
    make_statement(articles["karabakh"], lavrov, "Le Karabakh a besoin de la paix")
    index_articles(articles.values())
    return articles


def test_a_concept_is_offered_in_the_other_language_not_applied(client, archive):
    """« cessez-le-feu » finds the French article and offers « ceasefire » (one click)."""
    html = page(client, q="cessez-le-feu")
    assert result_count(html) == "1 article"
    assert archive["en"].get_absolute_url() not in html
    assert any("en anglais" in o and "ceasefire" in o and "truce" in o for o in offers(html))
    clicked = page(client, q=offer_query(html))
    assert result_count(clicked) == "2 articles"
    assert archive["en"].get_absolute_url() in clicked
    assert not offers(clicked)  # every form is searched now: nothing left to offer


def test_a_concept_is_offered_from_english_and_keeps_the_other_words(client, archive):
    html = page(client, q="south ceasefire")
    assert any("en français" in o and "cessez-le-feu" in o for o in offers(html))
    query = offer_query(html)
    assert query.startswith("south ") and "ceasefire OR" in query and "trêve" in query


def test_a_concept_in_several_words_is_found_with_its_stop_words(client, archive):
    html = page(client, q="réunion du Conseil de sécurité")
    assert any("Security Council" in o for o in offers(html))
    assert offer_query(html).startswith('réunion du "Conseil de sécurité" OR ')


def test_an_added_concept_row_is_offered_at_once(client, archive):
    """The list is the admin's: a new concept row is offered on the next search."""
    assert not offers(page(client, q="observateurs"))
    Variant.objects.create(
        name="observateurs / observers",
        kind=Variant.Kind.CONCEPT,
        spellings="fr: observateurs\nen: observers\nen: monitors",
    )
    assert any("observers, monitors" in o for o in offers(page(client, q="observateurs")))


def test_cease_fire_is_ceasefire(client, archive):
    assert result_count(page(client, q="cease-fire")) == "1 article"
    assert result_count(page(client, q="ceasefire")) == "1 article"


@pytest.mark.parametrize(("typed", "wrong"), [("trêve", "there"), ("truce", "turc")])
def test_no_suggestion_from_the_other_language(client, archive, typed, wrong):
    """A word of a concept is not « corrected » into a near word of the other language."""
    html = page(client, q=typed)
    assert "Vouliez-vous dire" not in html
    assert not re.search(rf"<mark>{wrong}</mark>", html, re.I)


def test_a_suggestion_stays_in_the_query_language_and_finds_more(client, archive):
    html = page(client, q="négociatons")
    suggested = re.search(r"Vouliez-vous dire : <a[^>]*>(.*?)</a>", html)[1]
    assert result_count(page(client, q=suggested)) == "1 article"


@pytest.mark.parametrize(
    ("query", "card"),
    [
        ("Lavrov", "/orateurs/serguei-lavrov/"),
        ("Sergey Lavrov", "/orateurs/serguei-lavrov/"),
        ("Nordic Wire", "/sources/nordic-wire/"),
    ],
)
def test_a_speaker_or_source_query_shows_its_card(client, archive, query, card):
    html = page(client, q=query)
    cards = re.findall(r'<li class="entity-card">(.*?)</li>', html, re.S)
    assert len(cards) == 1 and card in cards[0]


def test_no_card_for_a_query_that_is_more_than_a_name(client, archive):
    assert 'class="entity-card"' not in page(client, q="Lavrov Karabakh")


def test_statements_search_the_quote_unless_asked(client, archive):
    """Lavrov's two statements are in an article about Karabakh; one quote says it."""
    quote = page(client, q="Lavrov Karabakh", mode="statements")
    assert result_count(quote) == "1 déclaration"
    assert 'name="scope"' in quote
    article = page(client, q="Lavrov Karabakh", mode="statements", scope="article")
    assert result_count(article) == "2 déclarations"


def test_a_statement_filter_by_alias(client, archive):
    html = page(client, q="Karabakh", mode="statements", speaker="Sergey Lavrov")
    assert result_count(html) == "1 déclaration"


def test_the_shipped_concept_list_is_broad(db):
    """At least 150 concepts, each with French and English forms."""
    rows = Variant.objects.filter(kind=Variant.Kind.CONCEPT)
    assert rows.count() >= 150
    for row in rows:
        languages = {line.split(":", 1)[0] for line in row.spelling_list}
        assert languages == {"fr", "en"}, row.name


@pytest.mark.parametrize(
    "typed",
    ["serguei-lavrov", "Sergueï Lavrov", "SERGEY LAVROV", "Sergei Lavrov", "Lavrov", "lavr"],
)
def test_speaker_filter_by_any_name(db, typed):
    """A slug, the name, an alias, a spelling from the variants list, a part of a name."""
    from archive.models import Speaker
    from search.people import resolve_named

    lavrov = make_speaker("Sergueï Lavrov", aliases=["Sergey Lavrov"])
    make_speaker("Maria Zakharova")
    assert resolve_named(Speaker, typed) == [lavrov]
