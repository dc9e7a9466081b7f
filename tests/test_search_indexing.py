"""The bulk indexing paths give what Haystack's and Whoosh's own paths give."""

from collections import defaultdict

import pytest
from haystack import connections
from whoosh.formats import tokens

from archive.models import Article, Statement
from search.analysis import analyzer_for, fast_analysis
from tests.test_search_corpus import ARTICLES, build_corpus


def _clean(doc: dict) -> dict:
    doc.pop("boost", None)
    return {k: v for k, v in doc.items() if v is not None and v != []}


def test_fast_prepare_matches_full_prepare(db):
    """The bulk indexer's documents equal Haystack's (template text, urls, facets)."""
    build_corpus()
    unified = connections["default"].get_unified_index()
    pairs = [(unified.get_index(Article), a) for a in Article.objects.all()]
    pairs += [(unified.get_index(Statement), s) for s in Statement.objects.all()]
    assert len(pairs) == 14
    for index, obj in pairs:
        assert _clean(index.fast_prepare(obj)) == _clean(index.full_prepare(obj))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_fast_analysis_matches_the_analyzer(language):
    """Same terms at the same positions, same spelling words, stop words included."""
    texts = [f"{spec['title']}\n{spec['body']}" for spec in ARTICLES.values()]
    texts += ["le feu", "cessez-le-feu l’Arménie", "les la", "Putin's 3,5 % of the"]
    for text in texts:
        expected = defaultdict(list)
        for t in tokens(text, analyzer_for(language), {"positions": True, "mode": "index"}):
            expected[t.text].append(t.pos)
        assert fast_analysis(language).positions(text) == dict(expected)
        words = {t.text for t in analyzer_for(language)(text, no_morph=True)}
        assert fast_analysis(language).words(text) == words


def test_rebuild_path_indexes_in_batches(db):
    """Haystack's update_index path (backend.update) indexes, then replaces, documents."""
    from django.core.management import call_command
    from haystack.query import SearchQuerySet

    build_corpus()
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert SearchQuerySet().models(Article).count() == 7
    assert SearchQuerySet().models(Statement).count() == 7
    call_command("update_index", verbosity=0)  # replaces, does not duplicate
    assert SearchQuerySet().models(Article).count() == 7
    assert SearchQuerySet().filter(content="Sotchi").count() == 1
