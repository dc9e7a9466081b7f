"""The search page's shortcuts give what the long way gives: same hits, counts, facets."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from whoosh import query as wq

from search.engine.docsets import needed_alternatives
from search.forms import ArchiveSearchForm
from search.indexing import index_articles
from tests.factories import make_article, make_source, make_speaker, make_statement


def _pks(params) -> list[str]:
    return sorted(str(r.pk) for r in ArchiveSearchForm(params).search())


def test_a_phrase_next_to_one_of_its_words_is_not_checked():
    """In "lavrov OR 'sergei lavrov'" the phrase adds no document: it is skipped."""
    word = wq.Term("text", "lavrov")
    phrase = wq.Phrase("text", ["sergei", "lavrov"])
    other_field = wq.Phrase("text_en", ["sergei", "lavrov"])
    assert needed_alternatives(wq.Or([word, phrase])) == [word]
    assert needed_alternatives(wq.Or([word, other_field])) == [word, other_field]
    longer = wq.Phrase("text", ["president", "sergei", "lavrov"])
    assert needed_alternatives(wq.Or([phrase, longer])) == [phrase]
    apart = wq.Phrase("text", ["lavrov", "sergei"])
    assert needed_alternatives(wq.Or([phrase, apart])) == [phrase, apart]


def test_a_name_finds_its_full_name_and_its_other_spellings(db):
    """A search for "Lavrov" also looks for "Sergueï Lavrov" and "Sergey Lavrov": every
    article naming him is found and counted once; one naming only another Sergueï is
    not. The full name finds its spellings, not the surname alone."""
    make_speaker("Sergueï Lavrov", aliases=["Sergey Lavrov"])
    full = make_article("Visite", "Sergueï Lavrov est arrivé à Ankara.")
    short = make_article("Réunion", "M. Lavrov a rencontré son homologue.")
    english = make_article("Talks", "Sergey Lavrov met his counterpart.", language="en")
    other = make_article("Autre", "Sergueï Choïgou était absent.")
    index_articles([full, short, english, other])
    expected = sorted(str(a.pk) for a in (full, short, english))
    assert _pks({"q": "Lavrov"}) == expected
    assert _pks({"q": "Sergueï Lavrov"}) == sorted(str(a.pk) for a in (full, english))
    assert ArchiveSearchForm({"q": "Lavrov"}).search().count() == 3


def test_results_are_ranked_best_first(db):
    """The article that says the word most (for its length) comes first, whatever the
    order of indexing."""
    once = make_article("Un", "Les sanctions. " + "Autre sujet. " * 20)
    often = make_article("Deux", "Sanctions, sanctions et encore sanctions.")
    index_articles([once, often])
    found = [str(r.pk) for r in ArchiveSearchForm({"q": "sanctions"}).search()]
    assert found == [str(often.pk), str(once.pk)]


def test_facets_are_refreshed_when_an_article_is_indexed(db):
    """Facet counts come from tables kept per index segment: a new article counts."""
    source = make_source("Agence Caucase")
    speaker = make_speaker("Nikol Pachinian")
    first = make_article("Trêve", "Le cessez-le-feu tient.", source=source)
    make_statement(first, speaker, "Le cessez-le-feu tient.")
    index_articles([first])
    fields = ArchiveSearchForm({"q": "cessez-le-feu"}).search().facet_counts()["fields"]
    assert fields["source"] == [("agence-caucase", 1)]
    assert fields["speakers"] == [("nikol-pachinian", 1)]
    second = make_article("Trêve 2", "Le cessez-le-feu est rompu.", source=source)
    index_articles([second])
    fields = ArchiveSearchForm({"q": "cessez-le-feu"}).search().facet_counts()["fields"]
    assert fields["source"] == [("agence-caucase", 2)]
    assert fields["speakers"] == [("nikol-pachinian", 1)]
    assert dict(fields["language"]) == {"fr": 2}


def test_result_articles_are_loaded_in_one_query(client, db):
    """The page loads its articles with their sources at once, however many."""

    def queries_for(n):
        source = make_source()
        articles = [make_article(f"Gazoduc {i}", "Le gazoduc.", source=source) for i in range(n)]
        index_articles(articles)
        client.get("/search/", {"q": "oléoduc"})  # the process reads its variant tables
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/search/", {"q": "gazoduc"})
        assert source.name in response.content.decode()
        return len(captured)

    assert queries_for(1) == queries_for(5) <= 4
