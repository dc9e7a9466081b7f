"""Writing: one writer per batch, deletions by term, no searcher per document."""

from itertools import chain

from django.utils.encoding import force_str
from haystack.constants import ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier


class WritingMixin:
    def _writer(self, **options):
        return self.index.writer(timeout=30.0, delay=0.1, compound=False, **options)

    def _prepare(self, index, obj):
        try:
            doc = index.full_prepare(obj)
        except SkipDocument:
            return None
        doc.pop("boost", None)
        return {key: self._from_python(value) for key, value in doc.items()
                if value is not None and value != []}

    def update(self, index, iterable, commit=True):
        """Index `iterable` with one writer (and one searcher to delete older copies)."""
        self.apply(updates=[(index, obj) for obj in iterable])

    def apply(self, updates=(), removals=(), purge=()):
        """Index `updates` ((index, obj) pairs) and drop `removals` (ids) in one commit.

        `purge` holds (field, value) pairs: every document with that value is dropped
        first (the indexer passes ("article_exact", pk) to forget an article's old
        statements before adding the current ones).
        """
        if not self.setup_complete:
            self.setup()
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
                for identifier in chain(docs, removals):
                    writer.delete_by_term(ID, identifier, searcher=old)
                for field, value in purge:
                    if field in self.schema:
                        writer.delete_by_term(field, force_str(value), searcher=old)
            for doc in docs.values():
                writer.add_document(**doc)
        except Exception:
            writer.cancel()
            raise
        writer.commit()

    def remove(self, obj_or_string, commit=True):
        self.apply(removals=[get_identifier(obj_or_string)])

    def clear(self, models=None, commit=True):
        super().clear(models=models, commit=commit)
        self._reset_searcher()

    def delete_index(self):
        self._reset_searcher()
        super().delete_index()
