"""Queries over the fixture articles: what each kind of query must find.

Keys are the fixture names in tests/test_search_corpus.py.
"""

import pytest

from search.forms import ArchiveSearchForm
from tests.test_search_corpus import build_corpus


@pytest.fixture
def corpus(db):
    return build_corpus()


def run(corpus, **params):
    """Return (keys of the articles found, the form) for GET parameters `params`."""
    form = ArchiveSearchForm(params, load_all=True)
    sqs = form.search()
    by_pk = {str(a.pk): key for key, a in corpus.items() if not key.startswith("_")}
    return {by_pk[str(r.pk)] for r in sqs[:100]}, form


CASES = [
    # inflection and accents
    ("négociation", {"sotchi", "erevan"}),
    ("négociations", {"sotchi", "erevan"}),
    ("NEGOCIATIONS", {"sotchi", "erevan"}),
    ("securite", {"erevan"}),
    ("SÉCURITÉ", {"erevan"}),
    # English articles are stemmed in English
    ("negotiations", {"putin"}),
    ("ceasefire", {"putin"}),
    # elisions, with ’ and '
    ("Arménie", {"treve", "shelling"}),
    ("l'Arménie", {"treve", "shelling"}),
    ("l’Occident", {"ankara"}),
    # spelling and transliteration variants
    ("Karabakh", {"sotchi", "treve", "putin"}),
    ("Karabagh", {"sotchi", "treve", "putin"}),
    ("Poutine", {"sotchi", "putin"}),
    ("Putin", {"sotchi", "putin"}),
    ("Erdoğan", {"sotchi", "putin"}),
    ("Cavusoglu", {"sotchi", "ankara"}),
    ("Çavuşoğlu", {"sotchi", "ankara"}),
    ("Pachinian", {"treve", "shelling"}),
    ("Pashinyan", {"treve", "shelling"}),
    ("Aliyev", {"treve"}),
    ("Yerevan", {"erevan", "putin"}),
    ("Haut-Karabakh", {"sotchi", "putin"}),
    # compounds and phrases
    ("cessez-le-feu", {"treve"}),
    ('"cessez le feu"', {"treve"}),
    ('"accord historique"', {"climat"}),
    ('"historique accord"', set()),
    ("«accord historique»", {"climat"}),
    ("sanctions américaines", {"sotchi", "ankara"}),
    # boolean operators
    ("accord", {"sotchi", "treve", "climat"}),
    ("accord -climat", {"sotchi", "treve"}),
    ("accord NOT Karabakh", {"climat"}),
    ("climat OR Stepanakert", {"climat", "shelling"}),
    ("-climat", {"sotchi", "treve", "erevan", "putin", "shelling", "ankara"}),
    # numbers are kept
    ("3,5", {"erevan"}),
    ("2021", {"erevan"}),
    # field filters typed in the query
    ("speaker:Lavrov", {"sotchi", "erevan"}),
    ('orateur:"Nikol Pashinyan"', {"treve"}),
    ("source:Reuters", {"putin", "shelling"}),
    ("date:2020-12", {"sotchi", "ankara"}),
    ("date:2020-10..2020-11", {"shelling", "treve"}),
    ("langue:en Karabakh", {"putin"}),
    ("accord speaker:Macron", {"climat"}),
]


@pytest.mark.parametrize(("q", "expected"), CASES, ids=[c[0] for c in CASES])
def test_query_finds(corpus, q, expected):
    """Each query finds exactly the fixture articles it should."""
    found, _ = run(corpus, q=q)
    assert found == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "accord", "source": "agence-anadolu"}, {"treve", "climat"}),
        ({"q": "accord", "language": "fr", "year": "2020"}, {"sotchi", "treve"}),
        ({"q": "Karabakh", "from": "2021-01-01"}, {"putin"}),
        ({"q": "Karabakh", "to": "2020-11"}, {"treve"}),
        ({"q": "Karabakh", "from": "01/12/2020", "to": "31/12/2020"}, {"sotchi"}),
        ({"speaker": "serguei-lavrov"}, {"sotchi", "erevan"}),
        ({"year": "2020", "month": "2020-12"}, {"sotchi", "ankara"}),
        ({"language": "en"}, {"putin", "shelling"}),
    ],
)
def test_filters(corpus, params, expected):
    """Form filters narrow by source, speaker, language, year, month and dates."""
    found, _ = run(corpus, **params)
    assert found == expected


def test_date_bounds_use_local_days(db):
    """An article at 23:30 UTC on 31 Dec is 1 Jan in Paris: a 2021 search has it."""
    from datetime import UTC, datetime

    from search.indexing import index_articles
    from tests.factories import make_article

    article = make_article(
        "Nouvel an", "Réveillon diplomatique", published=datetime(2020, 12, 31, 23, 30, tzinfo=UTC)
    )
    index_articles([article])
    assert ArchiveSearchForm({"q": "réveillon", "from": "2021-01-01"}).search().count() == 1
    assert ArchiveSearchForm({"q": "réveillon", "year": "2021"}).search().count() == 1
    assert ArchiveSearchForm({"q": "réveillon", "to": "2020-12-31"}).search().count() == 0


def test_statement_mode(corpus):
    """mode=statements searches quotes, filterable by speaker and date."""
    form = ArchiveSearchForm({"q": "dialogue", "mode": "statements"}, load_all=True)
    results = list(form.search())
    assert [r.object.speaker.name for r in results] == ["Sergueï Lavrov"]
    assert results[0].object.article == corpus["erevan"]

    form = ArchiveSearchForm({"mode": "statements", "speaker": "serguei-lavrov"})
    assert form.search().count() == 2
    form = ArchiveSearchForm({"mode": "statements", "speaker": "serguei-lavrov", "from": "2021"})
    assert form.search().count() == 1
    form = ArchiveSearchForm({"q": "ceasefire", "mode": "statements"}, load_all=True)
    assert [r.object.speaker.name for r in form.search()] == ["Vladimir Poutine"]


def test_sort_by_date(corpus):
    """sort=-date puts the newest first, sort=date the oldest."""
    newest = [str(r.pk) for r in ArchiveSearchForm({"q": "accord", "sort": "-date"}).search()]
    oldest = [str(r.pk) for r in ArchiveSearchForm({"q": "accord", "sort": "date"}).search()]
    assert newest == [str(corpus[k].pk) for k in ("sotchi", "treve", "climat")]
    assert oldest == newest[::-1]


def test_facet_counts(corpus):
    """Facets count whole values (slugs, years, months) over the hits only."""
    sqs = ArchiveSearchForm({"q": "accord"}).search()
    fields = sqs.facet_counts()["fields"]
    assert fields["source"] == [("agence-anadolu", 2), ("xinhua", 1)]
    assert fields["year"] == [("2020", 2), ("2019", 1)]
    assert fields["language"] == [("fr", 3)]
    assert dict(fields["speakers"]) == {
        "emmanuel-macron": 1,
        "ilham-aliev": 1,
        "nikol-pachinian": 1,
        "serguei-lavrov": 1,
    }
    assert dict(fields["month"]) == {"2020-12": 1, "2020-11": 1, "2019-06": 1}


def test_facet_counts_follow_filters(corpus):
    sqs = ArchiveSearchForm({"q": "Karabakh", "language": "en"}).search()
    fields = sqs.facet_counts()["fields"]
    assert fields["source"] == [("reuters", 1)]
    assert fields["language"] == [("en", 1)]


def test_variants_are_reported(corpus):
    """The page can say which other spellings were searched."""
    _, form = run(corpus, q="Karabakh")
    assert "Karabagh" in [t.text for t in form.added]


def test_fuzzy_fallback_for_unknown_words(corpus):
    """A word found nowhere also searches indexed words one or two edits away."""
    found, form = run(corpus, q="Pachinjan")
    assert "treve" in found
    assert "pachinian" in [t.text for t in form.added]


def test_did_you_mean(corpus):
    """When a search finds little, a close word that finds more is suggested."""
    _, form = run(corpus, q="Sotchi cooperasion")
    assert form.suggestion(0) == "Sotchi cooperation"
    assert form.suggestion(10) is None


def test_speaker_variant_from_aliases(db):
    """A speaker's alias is a variant even when no Variant row knows it."""
    from search.indexing import index_articles
    from tests.factories import make_article, make_speaker

    make_speaker("Jean Zorglubov", aliases=["Jean Zorgluboff"])
    article = make_article("Visite", "Jean Zorglubov était à Paris.")
    index_articles([article])
    found = ArchiveSearchForm({"q": "Zorgluboff"}).search()
    assert [str(r.pk) for r in found] == [str(article.pk)]
