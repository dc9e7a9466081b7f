"""Writing: one writer per batch, deletions by term, no searcher per document.

Haystack's `update_index` and `rebuild_index` call `update(index, batch)` once per
batch (`batch_size`, 5,000 here unless BATCH_SIZE is set): each batch is one writer and
one commit (a big batch is analysed by two processes, Whoosh's MpWriter); documents
are deleted first only if the index holds them (after `clear`, a rebuild deletes
nothing), and only small segments are ever merged (merging.py), so neither a rebuild nor
an import re-merges what it just wrote batch after batch.
"""

import os
from itertools import chain

from django.utils.encoding import force_str
from haystack.constants import DJANGO_CT, ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier, get_model_ct

from .merging import merge_small_segments
from .schema import spelling_batch

BULK_BATCH_SIZE = 5000
PARALLEL_FROM = 2000  # a batch this big is analysed and written by PROCS processes
PROCS = min(2, os.cpu_count() or 1)


class WritingMixin:
    def _writer(self, **options):
        return self.index.writer(timeout=30.0, delay=0.1, compound=False, **options)

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
        """Index a batch of one model with one writer (Haystack's update_index path)."""
        if not self.setup_complete:
            self.setup()
        docs = {}
        for obj in iterable:
            doc = self._prepare(index, obj)
            if doc is not None:
                docs[doc[ID]] = doc
        if not docs:
            return
        model_ct = get_model_ct(index.get_model())
        if PROCS > 1 and len(docs) >= PARALLEL_FROM:  # Whoosh's MpWriter: one segment each
            writer = self._writer(procs=PROCS, multisegment=True, batchsize=250)
        else:
            writer = self._writer()
        fresh = self._fresh_ids()
        try:
            if fresh is not None:  # only our own batches since the clear
                again = fresh.intersection(docs)
                if again:
                    with writer.searcher() as old:
                        for identifier in again:
                            writer.delete_by_term(ID, identifier, searcher=old)
            else:
                with writer.searcher() as old:
                    if _has_term(old, DJANGO_CT, model_ct):  # else nothing to replace
                        reader = old.reader()
                        for identifier in docs:
                            if (ID, identifier) in reader:  # a look-up, not a search
                                writer.delete_by_term(ID, identifier, searcher=old)
            _add_documents(writer, docs)
        except Exception:
            writer.cancel()
            raise
        self._commit(writer)
        if fresh is not None:
            fresh.update(docs)
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

    def apply(self, updates=(), removals=(), purge=(), replace=True):
        """Index `updates` ((index, obj) pairs) and drop `removals` (ids) in one commit.

        `purge` holds (field, value) pairs: every document with that value is dropped
        first (the indexer passes ("article_exact", pk) to forget an article's old
        statements before adding the current ones). With `replace=False` the caller
        knows the index cannot hold `updates` yet (rows just created): no look-up of old
        documents, which is most of the cost of a batch in a large index.
        """
        if not self.setup_complete:
            self.setup()
        self._bulk = None
        docs = {}
        for index, obj in updates:
            doc = self._prepare(index, obj)
            if doc is not None:
                docs[doc[ID]] = doc
        removals = [force_str(r) for r in removals if force_str(r) not in docs]
        if not docs and not removals and not purge:
            return
        writer = self._writer()
        try:
            with writer.searcher() as old:
                for identifier in chain(docs if replace else (), removals):
                    writer.delete_by_term(ID, identifier, searcher=old)
                for field, value in purge:
                    if field in self.schema:
                        writer.delete_by_term(field, force_str(value), searcher=old)
            _add_documents(writer, docs)
        except Exception:
            writer.cancel()
            raise
        self._commit(writer)

    def remove(self, obj_or_string, commit=True):
        self.apply(removals=[get_identifier(obj_or_string)])

    def clear(self, models=None, commit=True):
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
