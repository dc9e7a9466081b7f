"""Chain the import steps: find files, decode, extract (in batches), save, index.

`import_paths(paths)` is what the `import_articles` command runs; it returns an
`ImportReport` with the count of each outcome and one line per problem.

Both cores work: worker processes decode and extract the next batches while this
process saves the current one (one database transaction per batch, in which each
article is all-or-nothing), and another process indexes the saved articles in bulk,
one index writer per thousands of articles (`index_batch`) rather than one per article.

Nothing is lost when a run is interrupted, however: every save commits a row of the
index backlog with the article (search.signals), and the indexer works from the
backlog (`catch_up`), so whatever an earlier run saved without indexing is indexed by
the next one. The index is reached through `indexer.import_index()`, which the search
app registers: `archive` does not import `search`. One import runs at a time
(`lock.import_lock`); worker processes die with this one (`children.die_with_parent`).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connections, transaction

from archive.fingerprints import signature
from archive.models import Source, Speaker

from .children import die_with_parent
from .document import Extraction, RawDocument
from .extract import NO_BODY, extract_batch
from .files import FoundFile, PathError, find_files
from .indexer import import_index
from .lock import import_lock
from .parse import DecodeError, read_document
from .store import CREATED, UNCHANGED, UPDATED, KnownArticles, NameDirectory, save_article

logger = logging.getLogger(__name__)

FAILED = "failed"
# Documents extracted together: repetition across a batch is a boilerplate signal.
BATCH_SIZE = 200
# Articles per bulk index write: the first writes hold INDEX_EVERY articles, later ones
# half of what the import has indexed so far, up to the index's write size. Each write is one Whoosh
# segment that is never merged again (merging costs more than indexing), so a 100,000
# import leaves about 25 segments, and a small import is searchable batch by batch.
INDEX_EVERY = 1000
# Extraction processes; this machine has two cores and the main process saves.
MAX_WORKERS = 2
STAGES = ("decode", "extract", "database", "index")
NO_INDEX = "no search index is installed: articles are saved, nothing is indexed"


__all__ = ["PathError", "ImportReport", "ImportStats", "ImportStopped", "import_paths"]


class ImportStopped(BaseException):
    """The caller's `stop()` said to stop (a signal): raised between two batches."""


@dataclass
class ImportReport:
    counts: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth saying, not failures
    unindexed: bool = False  # the index could not take what was saved (kept in backlog)

    @property
    def failed(self) -> int:
        return self.counts[FAILED]

    def summary(self) -> str:
        return ", ".join(f"{self.counts[k]} {k}" for k in (CREATED, UPDATED, UNCHANGED, FAILED))

    def merge(self, other: ImportReport) -> None:
        self.counts.update(other.counts)
        self.problems.extend(other.problems)
        self.notes.extend(other.notes)


@dataclass
class ImportStats:
    """Seconds spent per stage (summed over processes), wall time and files seen.

    Decoding and extraction run in worker processes at the same time as saving, so
    the stage seconds add up to more than `wall` when workers are used. `cpu` holds
    the CPU seconds of each stage: unlike elapsed seconds, they do not grow when the
    processes compete for the cores.
    """

    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    cpu: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    files: int = 0
    wall: float = 0.0
    workers: int = 1

    @contextlib.contextmanager
    def timing(self, stage: str):
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.seconds[stage] += time.perf_counter() - start
            self.cpu[stage] += time.process_time() - start_cpu

    def rate(self, stage: str | None = None) -> float:
        """Files per second through one stage (one process), or end to end."""
        seconds = self.seconds[stage] if stage else self.wall
        return self.files / seconds if seconds else 0.0


@dataclass
class ExtractedChunk:
    """What a worker sends back for one batch of files."""

    extractions: list[Extraction]
    report: ImportReport
    stats: ImportStats
    files: int


def collect_files(paths: Iterable[str | Path], report: ImportReport) -> list[FoundFile]:
    """The files to import (see files.find_files); folders that cannot be read and
    dangling links are counted as failed, with their line. Raises PathError."""
    walk = find_files(paths)
    report.counts[FAILED] += len(walk.problems)
    report.problems.extend(walk.problems)
    report.notes.extend(walk.notes)
    return walk.files


def read_documents(files: list[FoundFile], report: ImportReport) -> list[RawDocument]:
    """Decode each file; undecodable ones are counted as failed with their reason."""
    docs = []
    for found in files:
        try:
            docs.append(read_document(found.path, name=found.name))
        except DecodeError as exc:
            report.counts[FAILED] += 1
            report.problems.append(str(exc))
        except OSError as exc:
            report.counts[FAILED] += 1
            report.problems.append(f"{found.name}: cannot be read ({exc.strerror or exc})")
    return docs


def extract_safely(docs: list[RawDocument], report: ImportReport, **options):
    """Extract a batch; if the batch fails, retry one by one to isolate the bad file."""
    try:
        return extract_batch(docs, **options)
    except Exception:
        logger.exception("batch extraction failed; retrying file by file")
    out = []
    for doc in docs:
        try:
            out.extend(extract_batch([doc], **options))
        except Exception as exc:
            report.counts[FAILED] += 1
            report.problems.append(f"{doc.name}: extraction failed ({exc})")
    return out


def extract_chunk(files: list[FoundFile], source: str | None, year: int | None) -> ExtractedChunk:
    """Decode and extract one batch of files (runs in a worker process)."""
    report, stats = ImportReport(), ImportStats()
    with stats.timing("decode"):
        docs = read_documents(files, report)
    with stats.timing("extract"):
        extractions = extract_safely(docs, report, source=source, year=year)
    for ex in extractions:
        if not ex.body:  # only page furniture: an empty article would be noise
            report.counts[FAILED] += 1
            report.problems.append(f"{ex.file_name}: {NO_BODY}")
    extractions = [ex for ex in extractions if ex.body]
    for ex in extractions:  # compared with the archive's when saved (archive/propagation.py)
        ex.signature = signature(ex.body_text) or []
    return ExtractedChunk(extractions, report, stats, len(files))


def extracted_chunks(
    chunks: list[list[FoundFile]], workers: int, source: str | None, year: int | None
) -> Iterator[ExtractedChunk]:
    """Yield each chunk's extraction, in order; with workers, later chunks run meanwhile.

    At most `workers + 1` chunks wait in memory. If the pool breaks (a worker killed),
    the remaining chunks are extracted in this process.
    """
    if workers < 2 or len(chunks) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for chunk in chunks:
            yield extract_chunk(chunk, source, year)
        return
    if not any(c.in_atomic_block for c in connections.all(initialized_only=True)):
        connections.close_all()  # forked workers must not share a database socket
    context = multiprocessing.get_context("fork")
    pending: deque[tuple[list[FoundFile], Future | None]] = deque()
    next_chunk = iter(chunks)
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=die_with_parent, initargs=(os.getpid(),)
    )
    with stopping(pool):
        try:
            for chunk in next_chunk:
                pending.append((chunk, None))  # kept until its result is handed over
                pending[-1] = (chunk, pool.submit(extract_chunk, chunk, source, year))
                if len(pending) > workers:
                    result = pending[0][1].result()
                    pending.popleft()
                    yield result
            while pending:
                result = pending[0][1].result()
                pending.popleft()
                yield result
        except BrokenProcessPool:
            logger.warning("extraction workers stopped; continuing in this process")
            for chunk, _ in pending:
                yield extract_chunk(chunk, source, year)
            for chunk in next_chunk:
                yield extract_chunk(chunk, source, year)


def save_chunk(
    extractions: list[Extraction],
    report: ImportReport,
    speakers: NameDirectory,
    sources: NameDirectory,
) -> tuple[list[int], list[int]]:
    """Save a batch in one transaction (each article in its own savepoint).

    Returns the pks of the articles created and of those updated, for indexing.
    """
    created, updated = [], []
    with transaction.atomic():
        known = KnownArticles(extractions)
        for ex in extractions:
            try:
                outcome, article = save_article(ex, speakers, sources, known)
            except Exception as exc:
                logger.debug("saving %s failed", ex.file_name, exc_info=True)
                outcome = FAILED
                report.problems.append(f"{ex.file_name}: could not be saved ({exc})")
            else:
                if outcome == CREATED:
                    created.append(article.pk)
                elif outcome == UPDATED:
                    updated.append(article.pk)
            report.counts[outcome] += 1
    return created, updated


def _not_indexed(exc: BaseException) -> str:
    return (
        f"saved articles could not be indexed yet ({exc}); they stay in the index backlog: "
        "the next import or `manage.py check_archive --repair` indexes them"
    )


def index_in_process() -> tuple[float, float]:
    """Index the whole backlog (what is saved, not yet indexed); return (elapsed, CPU)
    seconds. Runs in the indexing process."""
    start, start_cpu = time.perf_counter(), time.process_time()
    import_index().catch_up()
    return time.perf_counter() - start, time.process_time() - start_cpu


def database_is_shareable() -> bool:
    """Whether another process can read what this one commits, right now.

    Not inside a transaction (the caller's, or a test's: the connection must be closed
    before forking) and not on an in-memory SQLite database (a forked process would read
    a copy of it).
    """
    for conn in connections.all():
        if conn.in_atomic_block:
            return False
        if conn.vendor == "sqlite" and conn.is_in_memory_db():
            return False
    return True


@contextlib.contextmanager
def stopping(pool: ProcessPoolExecutor):
    """Shut `pool` down when the block ends; on an error or interruption, at once:
    queued work is cancelled and the worker processes are terminated."""
    try:
        yield pool
    except BaseException:
        terminate(pool)
        raise
    else:
        pool.shutdown()


def terminate(pool: ProcessPoolExecutor) -> None:
    """Cancel what `pool` has queued and end its processes now."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
            process.join(5)
    # An interrupt raised inside the pool's own code may have left its lock taken:
    # shut it down only if the lock comes free, never wait on it.
    lock = getattr(pool, "_shutdown_lock", None)
    if lock is None or lock.acquire(timeout=1):
        if lock is not None:
            lock.release()
        pool.shutdown(wait=False, cancel_futures=True)
    # Let the pool's manager thread see its workers gone and close its pipe before the
    # interpreter exits: left running, it raced the exit hook that wakes it (a traceback,
    # "Bad file descriptor", after Ctrl-C or SIGTERM).
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(10)


class Indexer:
    """Index the backlog in bulk, in a process of its own when `background`.

    In the background the index writer works while this process saves the next
    batches; at most one run waits. A failure is reported, the articles stay saved and
    in the backlog.
    """

    def __init__(self, report: ImportReport, stats: ImportStats, background: bool):
        self.report, self.stats = report, stats
        self.background = background
        self.pool: ProcessPoolExecutor | None = None
        self.pending: deque[Future] = deque()
        self.failed = False

    def submit(self) -> None:
        if not self.background:
            try:
                seconds, cpu = index_in_process()
            except Exception as exc:
                logger.exception("bulk indexing failed")
                self._failed(exc)
            else:
                self._add(seconds, cpu)
            return
        if self.pool is None:
            connections.close_all()  # the indexing process opens its own connection
            self.pool = ProcessPoolExecutor(
                1,
                mp_context=multiprocessing.get_context("fork"),
                initializer=die_with_parent,
                initargs=(os.getpid(),),
            )
        self.pending.append(self.pool.submit(index_in_process))
        while len(self.pending) > 1:
            self._collect()

    def _failed(self, exc: BaseException) -> None:
        if not self.failed:
            self.report.problems.append(_not_indexed(exc))
        self.failed = self.report.unindexed = True

    def _add(self, seconds: float, cpu: float) -> None:
        self.stats.seconds["index"] += seconds
        self.stats.cpu["index"] += cpu

    def _collect(self) -> None:
        future = self.pending.popleft()
        try:
            self._add(*future.result())
        except Exception as exc:
            logger.error("bulk indexing failed: %s", exc)
            self._failed(exc)

    def close(self) -> None:
        """Wait for the runs still indexing."""
        with stopping(self.pool) if self.pool is not None else contextlib.nullcontext():
            while self.pending:
                self._collect()

    def abort(self) -> None:
        """Stop the indexing process now (an interrupted import)."""
        if self.pool is not None:
            terminate(self.pool)


def index_batch(submitted: int, remaining: int | None = None) -> int:
    """Articles to gather before the next bulk index write (see INDEX_EVERY).

    Near the end (`remaining` files still to save) batches shrink again: the last one
    is indexed alone after everything is saved, so it should be short.
    """
    size = min(import_index().write_size, max(INDEX_EVERY, submitted // 2))
    if remaining is not None:
        size = min(size, max(INDEX_EVERY, remaining // 2))
    return size


def import_paths(
    paths: Iterable[str | Path],
    *,
    source: str | None = None,
    year: int | None = None,
    batch_size: int = BATCH_SIZE,
    on_progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    stats: ImportStats | None = None,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import every file under `paths`; return the outcome counts and problems.

    `source` names the publisher of every file (looked up in the registry like
    `extract --source`); `year` completes dates given without one. `workers` extraction
    processes run beside this one (default: up to two, one per core); pass an
    `ImportStats` to learn where the time went. Another import running holds the import
    lock: this one waits for it (`on_wait` hears why) or, with `wait=False`, raises
    `lock.ImportLocked`. Raises PathError when a path does not exist, ImportStopped
    before the next batch once `stop()` is true (whatever an interruption turned into
    inside a database driver, the run then stops).
    """
    started = time.perf_counter()
    report = ImportReport()
    files = collect_files(paths, report)
    stats = stats if stats is not None else ImportStats()
    workers = workers if workers is not None else min(MAX_WORKERS, os.cpu_count() or 1)
    stats.workers = workers
    chunks = [files[i : i + batch_size] for i in range(0, len(files), batch_size)]
    index = import_index()
    background = workers > 1 and "fork" in multiprocessing.get_all_start_methods()
    background = background and index.enabled  # no process to index nothing
    with import_lock(wait=wait, on_wait=on_wait), index.paused():
        left = index.backlog_size()
        if left:
            report.notes.append(
                f"{left} change(s) saved by an earlier run but not indexed: indexing them"
            )
        if not index.enabled:
            report.notes.append(NO_INDEX)
        indexer = Indexer(report, stats, background=background and database_is_shareable())
        extracted = extracted_chunks(chunks, workers, source, year)
        try:
            _save_all(extracted, len(files), report, stats, indexer, on_progress, stop)
            if stop is not None and stop():
                raise ImportStopped
            indexer.submit()  # the last articles, and what an earlier run left
            indexer.close()
        except BaseException:
            extracted.close()
            indexer.abort()
            raise
    stats.wall += time.perf_counter() - started
    return report


def _save_all(extracted, total, report, stats, indexer, on_progress, stop) -> None:
    """Save each extracted batch; hand the backlog to the indexer every few thousand."""
    speakers, sources = NameDirectory(Speaker), NameDirectory(Source)
    saved = submitted = done = 0
    for chunk in extracted:
        if stop is not None and stop():
            raise ImportStopped
        report.merge(chunk.report)
        for stage in ("decode", "extract"):
            stats.seconds[stage] += chunk.stats.seconds[stage]
            stats.cpu[stage] += chunk.stats.cpu[stage]
        with stats.timing("database"):
            new, changed = save_chunk(chunk.extractions, report, speakers, sources)
        saved += len(new) + len(changed)
        remaining = total - done - chunk.files
        if saved >= index_batch(submitted, remaining):
            indexer.submit()
            submitted += saved
            saved = 0
        done += chunk.files
        stats.files += chunk.files
        if on_progress:
            on_progress(done, total)
