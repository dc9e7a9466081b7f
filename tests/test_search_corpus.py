"""Fixture articles for the search tests (French and English), and their indexing.

`build_corpus()` creates the rows with the factories and indexes them directly, so
tests need neither the importer nor on_commit. Titles are the keys tests refer to.
"""

import pytest
from django.urls import reverse

from search.indexing import index_articles
from tests.factories import make_article, make_source, make_speaker, make_statement

ARTICLES = {
    "sotchi": dict(
        title="Lavrov et Cavusoglu discutent du centre conjoint au Haut-Karabakh",
        body=(
            "Le ministre russe des Affaires étrangères Sergueï Lavrov a discuté mardi à "
            "Sotchi avec son homologue turc Mevlut Cavusoglu du centre conjoint de maintien "
            "de la paix au Haut-Karabakh.\n\n"
            "Le centre a été créé à la suite d'un accord entre Vladimir Poutine et Recep "
            "Tayyip Erdogan. Les négociations se poursuivent sur les sanctions américaines."
        ),
        published=(2020, 12, 30),
        source="xinhua",
        language="fr",
        statements=[("lavrov", "Nos relations ont acquis une importance stratégique")],
    ),
    "treve": dict(
        title="Accord de cessez-le-feu au Karabagh",
        body=(
            "L’Arménie et l’Azerbaïdjan ont signé un accord de cessez-le-feu sous l’égide "
            "de Moscou. Le Premier ministre Nikol Pachinian a qualifié la décision de "
            "douloureuse ; le président Ilham Aliev a salué une victoire.\n\n"
            "Des soldats russes seront déployés pour cinq ans."
        ),
        published=(2020, 11, 10),
        source="anadolu",
        language="fr",
        statements=[
            ("pachinian", "Cette décision est incroyablement douloureuse pour moi"),
            ("aliev", "Nous avons restauré notre intégrité territoriale"),
        ],
    ),
    "erevan": dict(
        title="La sécurité régionale au cœur d’une négociation à Erevan",
        body=(
            "À Erevan, la délégation russe a défendu une négociation globale. Selon Sergueï "
            "Lavrov, la securite de la région dépend du dialogue, jusqu’à nouvel ordre.\n\n"
            "Le texte évoque 3,5 millions de réfugiés et l’année 2021."
        ),
        published=(2021, 3, 15),
        source="xinhua",
        language="fr",
        statements=[("lavrov", "La sécurité de la région dépend du dialogue")],
    ),
    "putin": dict(
        title="Putin and Erdoğan discuss the Nagorno-Karabakh ceasefire",
        body=(
            "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdoğan "
            "discussed security in the region. Negotiations in Yerevan continue.\n\n"
            "Putin's spokesman said the ceasefire was holding."
        ),
        published=(2021, 1, 20),
        source="reuters",
        language="en",
        statements=[("poutine", "The ceasefire is holding and the negotiations continue")],
    ),
    "shelling": dict(
        title="Armenia says Azerbaijan shelled Stepanakert",
        body=(
            "Armenian Prime Minister Nikol Pashinyan said the shelling of Stepanakert was a "
            "war crime. Azerbaijan denied it."
        ),
        published=(2020, 10, 5),
        source="reuters",
        language="en",
        statements=[],
    ),
    "climat": dict(
        title="Sommet sur le climat à Paris",
        body=(
            "Les dirigeants ont promis de réduire les émissions. Emmanuel Macron a salué un "
            "accord historique pour le climat."
        ),
        published=(2019, 6, 1),
        source="anadolu",
        language="fr",
        statements=[("macron", "C’est un accord historique pour la planète")],
    ),
    "ankara": dict(
        title="Moscou et Ankara : jusqu’où ira la coopération ?",
        body=(
            "Le chef de la diplomatie turque Mevlüt Çavuşoğlu estime qu’il faut renforcer "
            "la coopération militaire. L’Occident s’inquiète des sanctions américaines."
        ),
        published=(2020, 12, 31),
        source="anadolu",
        language="fr",
        statements=[("cavusoglu", "La coopération avec la Russie est dans notre intérêt")],
    ),
}

SPEAKERS = {
    "lavrov": ("Sergueï Lavrov", ["Sergey Lavrov"]),
    "pachinian": ("Nikol Pachinian", ["Nikol Pashinyan"]),
    "aliev": ("Ilham Aliev", []),
    "poutine": ("Vladimir Poutine", ["Vladimir Putin"]),
    "macron": ("Emmanuel Macron", []),
    "cavusoglu": ("Mevlüt Çavuşoğlu", ["Mevlut Cavusoglu"]),
}
SOURCES = {"xinhua": "Xinhua", "anadolu": "Agence Anadolu", "reuters": "Reuters"}


def search_page(client, **params) -> str:
    """The search page for `params`, which must answer 200."""
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    return response.content.decode()


def build_corpus() -> dict:
    """Create the fixture rows, index them, and return {key: Article}."""
    sources = {key: make_source(name) for key, name in SOURCES.items()}
    speakers = {
        key: make_speaker(name, aliases=aliases) for key, (name, aliases) in SPEAKERS.items()
    }
    articles = {}
    for key, spec in ARTICLES.items():
        spec = dict(spec)
        statements = spec.pop("statements")
        spec["source"] = sources[spec["source"]]
        article = make_article(**spec)
        for speaker, text in statements:
            make_statement(article, speakers[speaker], text)
        articles[key] = article
    index_articles(articles.values())
    articles["_speakers"] = speakers
    articles["_sources"] = sources
    return articles


@pytest.fixture
def corpus(db):
    return build_corpus()


def test_corpus_is_indexed(corpus):
    """Every fixture article and statement is in the index."""
    from haystack.query import SearchQuerySet

    from archive.models import Article, Statement

    assert SearchQuerySet().models(Article).count() == 7
    assert SearchQuerySet().models(Statement).count() == Statement.objects.count() == 7
