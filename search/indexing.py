"""Index articles (with their statements) in bulk, and control per-save indexing.

Every save or delete of an Article or Statement writes a row of the index backlog
(`search.models.IndexBacklog`) in the same transaction (search.signals); the row is
deleted once the index holds the change. So a crash between the database commit and
the index write loses nothing: `catch_up()` (run by every import, and by
`manage.py check_archive --repair`) indexes whatever is still in the backlog.

Only Haystack's public backend API is used here (`update`, `remove`, `clear`, and the
Whoosh-only `build` of search.engine when the backend has it), so Elasticsearch or any
other Haystack backend indexes the same way.

Per-save indexing runs once the transaction commits; an importer saving many articles
should not pay one index commit per article; two ways:

    from search.indexing import deferred_indexing
    with deferred_indexing():          # saves inside are only noted…
        import_paths(paths)
    # …and indexed in bulk when the block exits, after the surrounding transaction.

    from search.indexing import catch_up, paused_indexing
    with paused_indexing():            # saves inside are not indexed (only backlogged)
        import_paths(paths)
    catch_up()                         # index everything in the backlog

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

from .models import IndexBacklog
from .search_indexes import UNUSED_COLUMNS

log = logging.getLogger(__name__)
BATCH_SIZE = 1000  # articles loaded per query
WRITE_SIZE = 5000  # articles per index write (one segment on Whoosh: see merging.py)
ARTICLE, STATEMENT = "archive.article.", "archive.statement."


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


def article_document(pk) -> str:
    return f"{ARTICLE}{pk}"


def note_backlog(documents) -> None:
    """Record documents to (re)build or drop; call inside the transaction of the change."""
    IndexBacklog.objects.bulk_create(IndexBacklog(document=d) for d in documents)


def backlog_size() -> int:
    return IndexBacklog.objects.count()


def _pk_of(document: str, prefix: str) -> int | None:
    if document.startswith(prefix) and document[len(prefix) :].isdigit():
        return int(document[len(prefix) :])
    return None


def _apply(article_pks, statement_pks=()) -> int:
    """Bring these articles' documents (and these statements') in step with the database.

    Existing articles are (re)indexed with all their statements; documents of articles
    and statements that no longer exist are removed. Returns the articles indexed.
    """
    backend, unified = _backend(), _unified()
    article_index, statement_index = unified.get_index(Article), unified.get_index(Statement)
    statement_pks = set(statement_pks)
    alive = dict(Statement.objects.filter(pk__in=statement_pks).values_list("pk", "article_id"))
    pks = sorted(set(article_pks) | set(alive.values()))
    indexed = 0
    for first in range(0, len(pks), WRITE_SIZE):
        chunk = pks[first : first + WRITE_SIZE]
        articles, statements = [], []
        for start in range(0, len(chunk), BATCH_SIZE):
            found = load_articles(chunk[start : start + BATCH_SIZE])
            articles += found
            statements += [s for a in found for s in a.statements.all()]
        for pk in sorted(set(chunk) - {a.pk for a in articles}):
            backend.remove(article_document(pk), commit=False)
        if first + WRITE_SIZE >= len(pks):  # the last write also drops deleted statements
            for pk in sorted(statement_pks - set(alive)):
                backend.remove(f"{STATEMENT}{pk}", commit=False)
        # One write (one commit, one segment on Whoosh) per chunk: commit=False holds.
        backend.update(article_index, articles, commit=False)
        backend.update(statement_index, statements, commit=True)
        indexed += len(articles)
    if not pks and statement_pks - set(alive):
        for pk in sorted(statement_pks - set(alive)):
            backend.remove(f"{STATEMENT}{pk}", commit=False)
        backend.update(statement_index, [], commit=True)
    return indexed


def _rows(article_pks=None):
    """Backlog rows (pk, document): those of these articles and every statement row, or
    all of them (`article_pks=None`)."""
    rows = IndexBacklog.objects.order_by("pk")
    if article_pks is None:
        return list(rows.values_list("pk", "document"))
    documents = [article_document(pk) for pk in article_pks]
    found = list(rows.filter(document__startswith=STATEMENT).values_list("pk", "document"))
    for start in range(0, len(documents), BATCH_SIZE):
        batch = documents[start : start + BATCH_SIZE]
        found += rows.filter(document__in=batch).values_list("pk", "document")
    return found


def _drain(rows, article_pks=()) -> int:
    """Apply the changes the backlog `rows` stand for, then forget those rows."""
    articles, statements = set(article_pks), set()
    for _, document in rows:
        if (pk := _pk_of(document, ARTICLE)) is not None:
            articles.add(pk)
        elif (pk := _pk_of(document, STATEMENT)) is not None:
            statements.add(pk)
    indexed = _apply(articles, statements) if articles or statements else 0
    row_pks = [pk for pk, _ in rows]
    for start in range(0, len(row_pks), BATCH_SIZE):
        IndexBacklog.objects.filter(pk__in=row_pks[start : start + BATCH_SIZE]).delete()
    return indexed


def index_articles(articles, new: bool = False) -> int:
    """Index `articles` (instances, pks or a queryset) and their statements; return count.

    Articles that no longer exist are removed from the index with their statements, and
    their backlog rows (and those of deleted statements) are cleared. `new` is kept for
    callers of the former API; the backend decides whether to look for old documents.
    """
    pks = sorted({getattr(a, "pk", a) for a in articles})
    if not pks:
        return 0
    return _drain(_rows(pks), pks)


def catch_up() -> int:
    """Index what the backlog holds now; return the articles indexed.

    Rows noted after the call started wait for the next call (an import's indexer runs
    while the next batches are saved: it must not chase them one small write at a
    time). The rows are read before the articles are loaded, so a change committed
    meanwhile keeps its own row.
    """
    last = IndexBacklog.objects.order_by("-pk").values_list("pk", flat=True).first()
    indexed = 0
    while last is not None:
        pending = IndexBacklog.objects.filter(pk__lte=last).order_by("pk")
        rows = list(pending.values_list("pk", "document")[:WRITE_SIZE])
        if not rows:
            break
        indexed += _drain(rows)
    return indexed


def remove_documents(identifiers) -> None:
    """Drop these documents (Haystack ids) from the index, in one write."""
    backend = _backend()
    for identifier in identifiers:
        backend.remove(identifier, commit=False)
    backend.update(_unified().get_index(Statement), [], commit=True)


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


def rebuild(procs: int | None = None, batch_size: int = BATCH_SIZE) -> tuple[int, int]:
    """Empty the index and index every article and statement; return both counts.

    With our Whoosh backend, batches of articles are shared between `procs` processes,
    each writing its own segment; with any other backend, Haystack's `clear` and
    `update`. Inside a transaction, or on an in-memory database, other processes would
    not see what this connection sees: the rebuild then runs in this process. The
    backlog read at the start is cleared at the end (the rebuild covers it).
    """
    backend = _backend()
    backlog = list(IndexBacklog.objects.values_list("pk", flat=True))
    pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    counts = (len(pks), Statement.objects.count())
    jobs = [pks[start : start + batch_size] for start in range(0, len(pks), batch_size)]
    backend.clear()
    if hasattr(backend, "build"):
        from .engine.writing import PROCS

        procs = min(procs or PROCS, len(jobs))
        if connection.in_atomic_block or (
            connection.vendor == "sqlite" and connection.is_in_memory_db()
        ):
            procs = 1
        if procs > 1:
            databases.close_all()  # each process opens its own connection
        backend.build(jobs, lambda batch: documents(load_articles(batch)), procs=procs)
    else:
        unified = _unified()
        article_index, statement_index = unified.get_index(Article), unified.get_index(Statement)
        for job in jobs:
            found = load_articles(job)
            backend.update(article_index, found)
            backend.update(statement_index, [s for a in found for s in a.statements.all()])
    for start in range(0, len(backlog), BATCH_SIZE):
        IndexBacklog.objects.filter(pk__in=backlog[start : start + BATCH_SIZE]).delete()
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
        log.exception(
            "Could not index %d article(s): they stay in the index backlog; "
            "run `manage.py check_archive --repair`",
            len(articles),
        )


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
    """Index nothing saved inside the block (the backlog still notes it); call
    `catch_up` or `index_articles` afterwards."""
    return _indexing_mode("paused")


class ImportIndexing:
    """This index as an import sees it (archive.ingest.indexer.ImportIndex), registered
    by SearchConfig.ready: saves are noted in the backlog in their transaction, indexed
    in bulk by `catch_up`."""

    enabled = True

    @property
    def write_size(self) -> int:
        return WRITE_SIZE

    def paused(self):
        return paused_indexing()

    def backlog_size(self) -> int:
        return backlog_size()

    def catch_up(self) -> int:
        return catch_up()
