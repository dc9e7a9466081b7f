"""Keep the search index in step with the database, after each transaction commits."""

from django.db import transaction
from django.db.models import signals
from haystack.signals import BaseSignalProcessor

from archive.models import Article, Statement


class ArchiveSignalProcessor(BaseSignalProcessor):
    """Re-index an article (and its statements) once its transaction has committed.

    A failed import rolls back before `on_commit` fires, so it never reaches the index.
    """

    def setup(self):
        signals.post_save.connect(self.handle_save, sender=Article)
        signals.post_delete.connect(self.handle_delete, sender=Article)
        signals.post_delete.connect(self.handle_delete, sender=Statement)

    def teardown(self):
        signals.post_save.disconnect(self.handle_save, sender=Article)
        signals.post_delete.disconnect(self.handle_delete, sender=Article)
        signals.post_delete.disconnect(self.handle_delete, sender=Statement)

    def handle_save(self, sender, instance, **kwargs):
        transaction.on_commit(lambda: super(ArchiveSignalProcessor, self).handle_save(
            sender, instance, **kwargs))

    def handle_delete(self, sender, instance, **kwargs):
        transaction.on_commit(lambda: super(ArchiveSignalProcessor, self).handle_delete(
            sender, instance, **kwargs))
