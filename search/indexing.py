"""Index articles (with their statements) in bulk, and control per-save indexing.

Every save of an Article, Statement, Speaker or Source is indexed once its transaction
commits (search.signals). An importer saving many articles should not pay one index
commit per article; two ways:

    from search.indexing import deferred_indexing
    with deferred_indexing():          # saves inside are only noted…
        import_paths(paths)
    # …and indexed in bulk (one writer per 5,000 articles) when the block exits,
    # after the surrounding transaction, if any, has committed.

    from search.indexing import index_articles, paused_indexing
    with paused_indexing():            # saves inside are not indexed at all
        pks = import_paths(paths)
    index_articles(pks)                # the caller indexes what it wants

`manage.py rebuild_index` rebuilds everything from the database (`rebuild`): the
articles in batches of 1,000, each with its statements, shared between processes.
"""

import contextlib
import logging
import threading

from django.db import connection, transaction
from django.db import connections as databases
from haystack import connections

from archive.models import Article, Statement

from .engine.writing import PROCS
from .search_indexes import UNUSED_COLUMNS

log = logging.getLogger(__name__)
BATCH_SIZE = 1000  # articles loaded per query
WRITE_SIZE = 5000  # articles per index writer (one segment, never merged: see merging.py)


class _Pending(threading.local):
    def __init__(self):
        self.articles = set()
        self.speakers = set()
        self.sources = set()
        self.mode = "live"  # or "deferred", "paused"


_pending = _Pending()


def _backend():
    return connections["default"].get_backend()


def _unified():
    return connections["default"].get_unified_index()


def index_articles(articles, new: bool = False) -> int:
    """Index `articles` (instances, pks or a queryset) and their statements; return count.

    Articles that no longer exist are removed from the index with their statements.
    `new=True` says the articles were just created (their pks never indexed), so their
    old documents are not looked for: the importer's path for fresh articles.
    """
    pks = sorted({getattr(a, "pk", a) for a in articles})
    if not pks:
        return 0
    backend = _backend()
    indexed = 0
    for first in range(0, len(pks), WRITE_SIZE):  # one writer, one segment per WRITE_SIZE
        chunk = pks[first : first + WRITE_SIZE]
        updates, removals, purge = [], [], []
        for start in range(0, len(chunk), BATCH_SIZE):
            batch = chunk[start : start + BATCH_SIZE]
            found = load_articles(batch)
            updates += documents(found)
            removals += [f"archive.article.{pk}" for pk in set(batch) - {a.pk for a in found}]
            purge += [] if new else [("article_exact", pk) for pk in batch]
            indexed += len(found)
        backend.apply(updates=updates, removals=removals, purge=purge, replace=not new)
    return indexed


def load_articles(pks) -> list:
    """The articles with these pks, with what their documents and their statements' need."""
    return list(
        Article.objects.filter(pk__in=pks)
        .defer(*UNUSED_COLUMNS)
        .select_related("source")
        .prefetch_related("statements__speaker")  # each statement's .article is its article
    )


def documents(articles):
    """(index, object) pairs: each article, then its statements."""
    unified = _unified()
    article_index, statement_index = unified.get_index(Article), unified.get_index(Statement)
    for article in articles:
        yield article_index, article
        for statement in article.statements.all():
            yield statement_index, statement


def rebuild(procs: int = PROCS, batch_size: int = BATCH_SIZE) -> tuple[int, int]:
    """Empty the index and index every article and statement; return both counts.

    Batches of articles are shared between `procs` processes, each writing its own
    segment. Inside a transaction, or on an in-memory database, other processes would not
    see what this connection sees: the rebuild then runs in this process.
    """
    backend = _backend()
    pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    counts = (len(pks), Statement.objects.count())
    jobs = [pks[start : start + batch_size] for start in range(0, len(pks), batch_size)]
    procs = min(procs, len(jobs))
    if connection.in_atomic_block or connection.vendor == "sqlite" and connection.is_in_memory_db():
        procs = 1
    backend.clear()
    if procs > 1:
        databases.close_all()  # each process opens its own connection
    backend.build(jobs, lambda batch: documents(load_articles(batch)), procs=procs)
    return counts


def _flush():
    """Index what the signals noted (runs after commit); never breaks the request."""
    articles, speakers, sources = (
        set(_pending.articles),
        set(_pending.speakers),
        set(_pending.sources),
    )
    _pending.articles.clear()
    _pending.speakers.clear()
    _pending.sources.clear()
    if speakers:
        articles |= set(
            Statement.objects.filter(speaker_id__in=speakers).values_list("article_id", flat=True)
        )
    if sources:
        articles |= set(Article.objects.filter(source_id__in=sources).values_list("pk", flat=True))
    if not articles:
        return
    try:
        index_articles(articles)
    except Exception:
        log.exception("Could not index %d article(s); run update_index", len(articles))


def _schedule():
    """Run `_flush` once the current transaction commits (now, outside a transaction)."""
    if _pending.mode != "live":
        return
    conn = transaction.get_connection()
    if conn.in_atomic_block and any(entry[1] is _flush for entry in conn.run_on_commit):
        return
    transaction.on_commit(_flush)


def note_change(article_pk=None, speaker_pk=None, source_pk=None) -> None:
    """Note that these rows changed; they are indexed after commit (see the modes)."""
    if _pending.mode == "paused":
        return
    if article_pk:
        _pending.articles.add(article_pk)
    if speaker_pk:
        _pending.speakers.add(speaker_pk)
    if source_pk:
        _pending.sources.add(source_pk)
    _schedule()


@contextlib.contextmanager
def _indexing_mode(mode: str):
    previous, _pending.mode = _pending.mode, mode
    try:
        yield
    finally:
        _pending.mode = previous


@contextlib.contextmanager
def deferred_indexing():
    """Note saves inside the block and index them in bulk when it exits (after commit)."""
    try:
        with _indexing_mode("deferred"):
            yield
    finally:
        _schedule()


def paused_indexing():
    """Index nothing saved inside the block; call `index_articles` afterwards."""
    return _indexing_mode("paused")
