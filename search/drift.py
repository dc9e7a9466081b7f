"""Compare the database with the search index, and repair what differs.

Every article and statement of the database should be one document of the index, and
nothing else. `check()` reports documents missing from the index, orphans (documents of
rows that no longer exist), duplicates, the changes committed but not yet indexed (the
backlog: stale documents), and the locks (a running import, the index writer, a lock
file left by a killed import). `repair()` indexes what is missing or stale, drops
orphans and duplicates, through the backend's public API, under the import lock.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from haystack import connections
from haystack.query import SearchQuerySet

from archive.ingest import lock
from archive.models import Article, Statement

from . import indexing
from .indexing import ARTICLE, STATEMENT, _pk_of

SHOWN = 5  # ids shown per kind of drift


@dataclass
class Drift:
    articles: int = 0
    statements: int = 0
    documents: int = 0
    missing: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    backlog: int = 0
    import_running: bool = False
    index_locked: bool = False
    stale_lock: str = ""  # what a lock file left by a killed import says

    @property
    def clean(self) -> bool:
        drift = self.missing or self.orphans or self.duplicates or self.backlog
        return not drift and not self.stale_lock

    def lines(self) -> list[str]:
        out = [
            f"Database: {self.articles} articles, {self.statements} statements. "
            f"Index: {self.documents} documents."
        ]
        for label, ids in (
            ("missing from the index", self.missing),
            ("orphan documents (no such row)", self.orphans),
            ("duplicate documents", self.duplicates),
        ):
            if ids:
                shown = ", ".join(ids[:SHOWN]) + (" …" if len(ids) > SHOWN else "")
                out.append(f"{len(ids)} {label}: {shown}")
        if self.backlog:
            out.append(f"{self.backlog} change(s) saved but not yet indexed (stale documents)")
        if self.import_running:
            out.append(f"An import is running ({lock.holder() or 'pid unknown'}).")
        elif self.stale_lock:
            out.append(
                f"Import lock file left by a killed import ({self.stale_lock}); the lock is "
                "free (an OS lock dies with its process): harmless, --repair clears it."
            )
        if self.index_locked:
            out.append("The index is being written by another process right now.")
        if self.clean:
            out.append("Database and index agree.")
        return out


def expected_ids() -> set[str]:
    ids = {f"{ARTICLE}{pk}" for pk in Article.objects.values_list("pk", flat=True).iterator()}
    ids |= {f"{STATEMENT}{pk}" for pk in Statement.objects.values_list("pk", flat=True).iterator()}
    return ids


def indexed_ids() -> list[str]:
    """Every document id in the index, a duplicate once per copy."""
    backend = connections["default"].get_backend()
    if hasattr(backend, "document_ids"):  # our Whoosh engine: read straight from the index
        return backend.document_ids()
    results = SearchQuerySet().models(Article, Statement).all()
    return [f"{r.app_label}.{r.model_name}.{r.pk}" for r in results]


def check() -> Drift:
    backend = connections["default"].get_backend()
    drift = Drift(
        articles=Article.objects.count(),
        statements=Statement.objects.count(),
        backlog=indexing.backlog_size(),
    )
    drift.import_running = lock.is_held()
    if not drift.import_running and lock.holder():
        drift.stale_lock = lock.holder()
    drift.index_locked = bool(getattr(backend, "write_locked", lambda: False)())
    found = indexed_ids()
    drift.documents = len(found)
    counts = Counter(found)
    expected = expected_ids()
    drift.missing = sorted(expected - set(counts), key=_order)
    drift.orphans = sorted(set(counts) - expected, key=_order)
    drift.duplicates = sorted((i for i, n in counts.items() if n > 1), key=_order)
    return drift


def _order(identifier: str):
    kind, _, pk = identifier.rpartition(".")
    return (kind, int(pk) if pk.isdigit() else 0, pk)


def repair(drift: Drift) -> None:
    """Make the index match the database (under the import lock, waiting for none)."""
    with lock.import_lock(wait=False):
        indexing.catch_up()
        articles = set()
        statements = set()
        for identifier in drift.missing + drift.duplicates + drift.orphans:
            if (pk := _pk_of(identifier, ARTICLE)) is not None:
                articles.add(pk)
            elif (pk := _pk_of(identifier, STATEMENT)) is not None:
                statements.add(pk)
        owners = Statement.objects.filter(pk__in=statements).values_list("article_id", flat=True)
        indexing.index_articles(articles | set(owners))  # drops what no longer exists
        alive = set(Statement.objects.filter(pk__in=statements).values_list("pk", flat=True))
        gone = [f"{STATEMENT}{pk}" for pk in sorted(statements - alive)]
        unknown = [i for i in drift.orphans if _pk_of(i, ARTICLE) is None]
        unknown = [i for i in unknown if _pk_of(i, STATEMENT) is None]
        if gone or unknown:
            indexing.remove_documents(gone + unknown)
