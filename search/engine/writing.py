"""Writing: one writer per batch, deletions by term, no searcher per document.

`update` and `remove` are Haystack's API (search.indexing uses nothing else; with
`commit=False` they hold their work for the next committing call, so an article, its
statements and the removals of a change make one segment). Haystack's `update_index`
calls `update(index, batch)` once per batch (`batch_size`, 5,000 here unless BATCH_SIZE
is set): each batch is one writer and one commit (a big batch is analysed by two
processes, Whoosh's MpWriter); documents are deleted first only if the index holds them
(after `clear`, a rebuild deletes nothing), and only small segments are ever merged
(merging.py), so neither a rebuild nor an import re-merges what it just wrote batch after
batch.

`build` is the path of our `manage.py rebuild_index` (search/management/commands):
PROCS processes each read, prepare and analyse a share of the articles into a segment
of their own (nothing is pickled between processes), and the segments are committed
together. Spilled runs of postings are written in chunks (`RunPool`), not with one
pickle call per posting.
"""

import multiprocessing
import os
import pickle
import queue
import traceback
from itertools import islice

from django.utils.encoding import force_str
from haystack.constants import DJANGO_CT, ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier
from whoosh.writing import PostingPool, SegmentWriter

from archive.ingest.children import die_with_parent

from .merging import merge_small_segments
from .schema import spelling_batch

BULK_BATCH_SIZE = 5000
PARALLEL_FROM = 2000  # a batch this big is analysed and written by PROCS processes
PROCS = min(2, os.cpu_count() or 1)
RUN_CHUNK = 4096  # postings per pickle call in a spilled run


class RunPool(PostingPool):
    """Whoosh's posting pool, spilling sorted runs as chunks of postings (one pickle
    call per chunk; Whoosh makes one per posting: a fifth of the writing time)."""

    def _write_run(self, f, items):
        items = iter(items)
        while chunk := list(islice(items, RUN_CHUNK)):
            pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


def _use_run_pool(writer):
    writer.pool = RunPool(writer._tempstorage, writer.newsegment, limitmb=writer.pool.limit >> 20)
    return writer


class WritingMixin:
    def _writer(self, **options):
        writer = self.index.writer(timeout=30.0, delay=0.1, compound=False, **options)
        return writer if "procs" in options else _use_run_pool(writer)

    def build(self, jobs, pairs_of, procs=PROCS):
        """Index `pairs_of(job)` ((index, obj) pairs) for every job into an empty index.

        Each of `procs` forked processes takes jobs from a queue and writes one segment
        (`procs=1`: this process writes it); the segments replace the index's contents in
        one commit. Jobs must not share documents.
        """
        if not self.setup_complete:
            self.setup()
        self._bulk = None
        writer = self._writer()  # holds the index lock until the commit
        try:
            if procs <= 1:
                segments = [self._build_segment(iter(jobs), pairs_of)]
            else:
                segments = self._build_in_processes(jobs, pairs_of, procs)
        except BaseException:
            writer.cancel()
            raise
        writer._close_segment()  # as Whoosh's MpWriter does with its sub-writers' segments
        writer._commit_toc([s for s in segments if s is not None])
        writer._finish()
        self._reset_searcher()

    def _build_segment(self, jobs, pairs_of):
        """Write the documents of `jobs` to a new segment; return it (None if empty)."""
        writer = _use_run_pool(SegmentWriter(self.index, _lk=False, compound=False))
        with spelling_batch():
            for job in jobs:
                for index, obj in pairs_of(job):
                    doc = self._prepare(index, obj)
                    if doc is not None:
                        writer.add_document(**doc)
        if not writer._added:
            writer._close_segment()
            return None
        return writer._finalize_segment()

    def _build_in_processes(self, jobs, pairs_of, procs):
        context = multiprocessing.get_context("fork")
        todo, results = context.Queue(), context.Queue()
        for job in jobs:
            todo.put(job)
        for _ in range(procs):
            todo.put(None)

        parent = os.getpid()

        def work():
            die_with_parent(parent)  # no orphan writer (holding the index lock) after kill -9
            try:
                results.put(("segment", self._build_segment(iter(todo.get, None), pairs_of)))
            except BaseException:
                results.put(("error", traceback.format_exc()))

        workers = [context.Process(target=work, daemon=True) for _ in range(procs)]
        for worker in workers:
            worker.start()
        segments = []
        try:
            while len(segments) < procs:
                try:
                    kind, value = results.get(timeout=1)
                except queue.Empty:
                    if any(w.exitcode not in (None, 0) for w in workers):
                        raise RuntimeError("An indexing process died") from None
                    continue
                if kind == "error":
                    raise RuntimeError(f"An indexing process failed:\n{value}")
                segments.append(value)
        finally:
            for worker in workers:
                if worker.is_alive() and len(segments) < procs:
                    worker.terminate()
                worker.join()
        return segments

    def _commit(self, writer):
        """Commit, merging only full tiers of small segments (see merging.py)."""
        writer.commit(mergetype=merge_small_segments)

    def _prepare(self, index, obj):
        fast = getattr(index, "fast_prepare", None)
        try:
            doc = fast(obj) if fast is not None else index.full_prepare(obj)
        except SkipDocument:
            return None
        doc.pop("boost", None)
        return {
            key: self._from_python(value)
            for key, value in doc.items()
            if value is not None and value != []
        }

    def update(self, index, iterable, commit=True):
        """Index a batch of one model (Haystack's API). With `commit=False` the documents
        are held, and written with those of the next committing `update` or `remove` in
        one writer, one segment: the indexer's way of writing an article, its statements
        and its removals at once."""
        if not self.setup_complete:
            self.setup()
        held = self._held()
        alone = not held[0] and not held[1]  # Haystack's update_index batch, not ours
        for obj in iterable:
            doc = self._prepare(index, obj)
            if doc is not None:
                held[0][doc[ID]] = doc
                held[1].discard(doc[ID])
        if commit:
            self._write_held(parallel=alone)

    def remove(self, obj_or_string, commit=True):
        """Drop one document (Haystack's API); `commit=False` holds it as `update` does."""
        if not self.setup_complete:
            self.setup()
        identifier = force_str(get_identifier(obj_or_string))
        docs, removals = self._held()
        docs.pop(identifier, None)
        removals.add(identifier)
        if commit:
            self._write_held()

    def _held(self):
        if getattr(self, "_pending_writes", None) is None:
            self._pending_writes = ({}, set())
        return self._pending_writes

    def _write_held(self, parallel=False):
        """Write the held documents and removals with one writer and one commit (one
        segment; a big `update_index` batch alone may use Whoosh's MpWriter)."""
        docs, removals = self._held()
        self._pending_writes = None
        if not docs and not removals:
            return
        if parallel and PROCS > 1 and len(docs) >= PARALLEL_FROM:  # one segment per process
            writer = self._writer(procs=PROCS, multisegment=True, batchsize=250)
        else:
            writer = self._writer()
        fresh = self._fresh_ids()
        try:
            with writer.searcher() as old:
                if fresh is not None:  # only our own batches since the clear
                    again = fresh.intersection(docs) | fresh.intersection(removals)
                else:
                    kinds = {doc[DJANGO_CT] for doc in docs.values()}
                    present = {ct for ct in kinds if _has_term(old, DJANGO_CT, ct)}
                    again = {i for i, doc in docs.items() if doc[DJANGO_CT] in present}
                    again |= removals
                reader = old.reader()
                for identifier in again:
                    if (ID, identifier) in reader:  # a look-up, not a search
                        writer.delete_by_term(ID, identifier, searcher=old)
            _add_documents(writer, docs)
        except Exception:
            writer.cancel()
            raise
        self._commit(writer)
        if fresh is not None:
            fresh.update(docs)
            fresh.difference_update(removals)
            self._bulk = (self.index.latest_generation(), fresh)

    def _fresh_ids(self):
        """The ids written since a full clear, if nothing else wrote since (else None)."""
        bulk = getattr(self, "_bulk", None)
        if bulk is None:
            return None
        generation, ids = bulk
        if self.index.latest_generation() != generation:  # another writer: be careful
            self._bulk = None
            return None
        return ids

    def document_ids(self) -> list[str]:
        """The id of every live document of the index, once per copy (a duplicate shows
        twice): what `check_archive` compares with the database. Reads the latest commit."""
        if not self.setup_complete:
            self.setup()
        if not self.index.doc_count():
            return []
        ids = []
        with self.index.reader() as reader:
            for term in reader.lexicon(ID):
                identifier = term.decode("utf-8") if isinstance(term, bytes) else term
                copies = sum(1 for _ in reader.postings(ID, term).all_ids())
                ids += [identifier] * copies
        return ids

    def write_locked(self) -> bool:
        """Whether a process holds the index's write lock now (an OS lock: never stale)."""
        if not self.setup_complete:
            self.setup()
        lock = self.index.lock("WRITELOCK")
        if lock.acquire(blocking=False):
            lock.release()
            return False
        return True

    def clear(self, models=None, commit=True):
        self._pending_writes = None
        super().clear(models=models, commit=commit)
        self._reset_searcher()
        # After a full clear, the bulk path knows what the index holds: what it wrote.
        self._bulk = (self.index.latest_generation(), set()) if not models else None

    def delete_index(self):
        self._reset_searcher()
        super().delete_index()


def _has_term(searcher, field, text) -> bool:
    if field not in searcher.schema:
        return bool(searcher.doc_count())
    return searcher.reader().doc_frequency(field, text) > 0


def _add_documents(writer, docs: dict) -> None:
    """Add the prepared documents, giving their spelling words once for the batch."""
    with spelling_batch():
        for doc in docs.values():
            writer.add_document(**doc)
