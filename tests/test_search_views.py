"""The search page: results, facets and their links, pagination, messages, HTML."""

import re

import pytest

from search.templatetags.search_tags import _query_string
from tests.test_search_corpus import build_corpus
from tests.test_search_corpus import search_page as page


@pytest.fixture
def corpus(db):
    return build_corpus()


def test_results_are_highlighted_and_counted(client, corpus):
    html = page(client, q="négociation")
    assert "2 articles" in html
    assert "<mark>négociations</mark>" in html
    assert corpus["sotchi"].get_absolute_url() in html


def test_article_text_is_escaped(client, db):
    from search.indexing import index_articles
    from tests.factories import make_article

    index_articles([make_article("Titre <script>", "Texte <script>alert(1)</script> diplomatie")])
    html = page(client, q="diplomatie")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>diplomatie</mark>" in html


def test_one_h1_labels_and_landmarks(client, corpus):
    """Accessible: one h1, a labelled search field, results and facets as landmarks."""
    html = page(client, q="accord")
    assert html.count("<h1") == 1
    assert '<label for="id_q">' in html and 'id="id_q"' in html
    assert 'aria-labelledby="results-heading"' in html
    assert '<aside class="search-facets" aria-label="Affiner la recherche">' in html


def test_facet_links_add_and_remove_one_filter(client, corpus):
    """Facet links copy the query, set one key and drop the page; active ones remove."""
    html = page(client, q="accord", page="1")
    assert 'href="?q=accord&amp;source=agence-anadolu"' in html
    assert re.search(r'Agence Anadolu</a> <span class="facet__count">2</span>', html)
    html = page(client, q="accord", source="agence-anadolu")
    assert "2 articles" in html
    assert "Source : <strong>Agence Anadolu</strong>" in html
    assert 'href="?q=accord" aria-label="Retirer le filtre Source Agence Anadolu"' in html


def test_query_string_tags(rf):
    request = rf.get("/search/", {"q": "x", "page": "3", "year": "2020"})
    assert _query_string(request, {"source": "xinhua"}) == "?q=x&year=2020&source=xinhua"
    assert _query_string(request, {"year": None}) == "?q=x"


def test_months_offered_once_a_year_is_chosen(client, corpus):
    html = page(client, q="accord")
    assert "Mois" not in html
    html = page(client, q="accord", year="2020")
    assert 'href="?q=accord&amp;year=2020&amp;month=2020-12">décembre 2020</a>' in html


def _chart(html: str) -> str:
    return html[html.index('<figure class="date-chart">') : html.index("</figure>")]


def test_chart_bars_link_to_narrowed_search(client, corpus):
    """The chart has one bar per year, each a link (in a list, not inside an image) to the
    search for that year, named by its label and count."""
    chart = _chart(page(client, q="accord"))
    bars = chart[chart.index("<ol") : chart.index("</ol>")]
    assert bars.count("<a ") == 2
    assert "<svg" not in chart
    assert 'href="?q=accord&amp;year=2019"' in bars
    assert '<span class="visually-hidden">2020 : 2</span>' in bars


def test_chart_heights_follow_counts_and_figures_are_in_a_table(client, corpus):
    """The tallest bar is full height, one with half the count half as tall; the same
    figures are readable as a table."""
    chart = _chart(page(client, q="accord"))
    steps = dict(re.findall(r'year=(\d{4})".*?date-chart__bar--(\d+)"', chart, re.S))
    assert steps == {"2019": "10", "2020": "20"}
    table = chart[chart.index("<table") : chart.index("</table>")]
    assert re.search(r'year=2020">2020</a></th><td class="num">2</td>', table)


def test_statement_mode_shows_speaker_date_and_article(client, corpus):
    html = page(client, q="dialogue", mode="statements")
    assert "1 déclaration" in html
    assert "Sergueï Lavrov" in html
    assert "15 mars 2021" in html
    statement = corpus["erevan"].statements.get()
    assert statement.get_absolute_url() in html


def test_variants_and_suggestions_are_shown(client, corpus):
    assert "Également : Karabagh" in page(client, q="Karabakh")
    html = page(client, q="Sotchi cooperasion")
    assert "Vouliez-vous dire" in html and "Sotchi cooperation" in html


def test_empty_query_is_a_helpful_page(client, corpus):
    html = page(client)
    assert "Comment chercher" in html
    assert "Derniers articles" in html
    assert corpus["erevan"].display_title in html
    assert "7 articles dans l’archive" in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": '((( "unclosed'},
        {"q": "foo:bar"},
        {"q": "date:2020-13"},
        {"q": "*?^~\\"},
        {"q": "OR"},
        {"q": "NOT"},
        {"q": '"'},
        {"q": "speaker:"},
        {"q": "speaker:Inconnu"},
        {"q": "x" * 5000},
        {"q": "accord", "mode": "bogus", "sort": "bogus"},
        {"q": "accord", "page": "999"},
        {"q": "accord", "page": "-1"},
        {"q": "accord", "page": "abc"},
        {"q": "accord", "from": "pas une date"},
        {"q": "accord", "year": "<script>"},
    ],
)
def test_malformed_queries_render(client, corpus, params):
    """Nothing the user types makes an error page."""
    html = page(client, **params)
    assert "<h1>" in html


def test_malformed_queries_explain_themselves(client, corpus):
    assert "Guillemet non fermé" in page(client, q='"cessez le feu')
    assert "Date non reconnue" in page(client, q="date:2020-13")
    assert "Date non reconnue" in page(client, q="accord", **{"from": "hier"})
    assert "inconnu" in page(client, q="speaker:Zzyzx")


def test_pagination_clamps_out_of_range_pages(client, db, settings):
    from search.indexing import index_articles
    from tests.factories import make_article

    index_articles([make_article(f"Dépêche {n}", "Communiqué diplomatique") for n in range(25)])
    html = page(client, q="communiqué", page="99")
    assert "Page 2 sur 2" in html
    assert html.count('class="result"') == 5


def test_shareable_url_keeps_every_choice(client, corpus):
    html = page(client, q="accord", mode="statements", sort="-date", to="2021-12-31")
    assert 'value="statements" checked' in html
    assert '<option value="-date" selected>' in html
    assert 'name="to" value="2021-12-31"' in html


def test_related_articles_tag(corpus):
    """`{% related_articles article %}` lists articles sharing terms or speakers."""
    from django.template import Context, Template

    html = Template("{% load search_tags %}{% related_articles article 3 %}").render(
        Context({"article": corpus["sotchi"]})
    )
    assert "Articles liés" in html
    assert corpus["sotchi"].get_absolute_url() not in html
    assert (
        corpus["erevan"].display_title.replace("’", "&#x27;") in html
        or corpus["erevan"].get_absolute_url() in html
    )


def test_results_page_has_one_search_form_that_applies_on_change(client, corpus):
    """One search form (the header's is left out), marked for search.js to submit on a
    change of mode, sort or dates, with its button kept for readers without JavaScript."""
    html = page(client, q="accord")
    assert html.count('role="search"') == 1
    form = html[html.index('<form class="search-form"') :]
    form = form[: form.index("</form>")]
    assert "data-autosubmit" in form and '<button type="submit">' in form
    assert re.search(r'<script src="/static/js/search\.js" defer></script>', html)


def test_facets_show_ten_values_then_the_rest_behind_more(client, db):
    """With twelve sources, ten are listed and two more are one click away."""
    from search.indexing import index_articles
    from tests.factories import make_article, make_source

    articles = []
    for i in range(12):
        source = make_source(f"Agence numéro {i + 1:02d}")
        for _ in range(12 - i):  # counts 12, 11, … 1: the order is fixed
            articles.append(make_article(f"Titre {i}", "Des pourparlers à Minsk", source=source))
    index_articles(articles)
    html = page(client, q="pourparlers")
    facet = html[html.index('id="facet-source"') :]
    facet = facet[: facet.index("</nav>")]
    shown, more = facet.split('<details class="facet__more">')
    assert shown.count("Agence numéro") == 10 and "Agence numéro 10" in shown
    assert "2 de plus" in more
    assert "Agence numéro 11" in more and "Agence numéro 12" in more
