"""Index segments: small ones are merged by tiers, bulk-sized ones are left alone."""

from haystack import connections
from haystack.query import SearchQuerySet

from archive.models import Article, Statement
from search.engine import merging
from search.indexing import index_articles, paused_indexing
from tests.factories import make_article, make_speaker, make_statement


def _segments() -> int:
    backend = connections["default"].get_backend()
    backend.setup()
    return len(backend.index._segments())


def _articles(n: int) -> list[Article]:
    speaker = make_speaker("Josep Borrell")
    with paused_indexing():
        articles = [make_article(f"Dépêche {i}", f"Communiqué numéro {i}.") for i in range(n)]
        for article in articles:
            make_statement(article, speaker, text=f"Nous avons parlé du point {article.pk}")
    return articles


def test_saves_one_by_one_do_not_pile_up_segments(db):
    """Each live save writes a tiny segment; full tiers of them are merged, so after 25
    saves the index holds fewer than TIER segments and finds every article."""
    for article in _articles(25):
        index_articles([article])
    assert _segments() < merging.TIER
    assert SearchQuerySet().models(Article).filter(content="communiqué").count() == 25


def test_bulk_sized_segments_are_never_merged(db, monkeypatch):
    """Segments of BIG_DOCS documents or more stay as written (merging them would cost
    more than indexing their articles did)."""
    monkeypatch.setattr(merging, "BIG_DOCS", 2)  # every article + statement is "big"
    for article in _articles(12):
        index_articles([article])
    assert _segments() == 12
    assert SearchQuerySet().models(Article).filter(content="communiqué").count() == 12


def test_one_bulk_call_writes_one_segment_per_write_size(db, monkeypatch):
    """Articles loaded a few at a time still go to the index through one writer per
    WRITE_SIZE articles: one segment each, every article and statement found."""
    from search import indexing

    monkeypatch.setattr(indexing, "BATCH_SIZE", 2)
    monkeypatch.setattr(indexing, "WRITE_SIZE", 4)
    articles = _articles(7)
    before = _segments()
    assert index_articles(articles, new=True) == 7
    assert _segments() == before + 2
    assert SearchQuerySet().models(Article).filter(content="communiqué").count() == 7
    assert SearchQuerySet().models(Statement).filter(content="parlé").count() == 7
