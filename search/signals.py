"""Keep the search index in step with the database, after each transaction commits."""

from django.db.models import signals
from haystack.signals import BaseSignalProcessor

from archive.models import Article, Source, Speaker, Statement

from .indexing import STATEMENT, article_document, note_backlog, note_change


class ArchiveSignalProcessor(BaseSignalProcessor):
    """Re-index the articles touched by a save or delete, once the transaction commits.

    Each change also writes a row of the index backlog in its own transaction, so
    what is committed but not yet indexed (a crash in between) is known and indexed
    later (search.indexing.catch_up). A failed import rolls back before `on_commit`
    fires, so it never reaches the index, and its backlog rows roll back with it.
    All the changes of one transaction are indexed together, with one index writer.
    Bulk imports can defer or pause this: see search.indexing.
    """

    def setup(self):
        signals.post_save.connect(self.article_changed, sender=Article)
        signals.post_delete.connect(self.article_changed, sender=Article)
        signals.post_save.connect(self.statement_changed, sender=Statement)
        signals.post_delete.connect(self.statement_changed, sender=Statement)
        signals.post_save.connect(self.speaker_changed, sender=Speaker)
        signals.post_save.connect(self.source_changed, sender=Source)

    def teardown(self):
        signals.post_save.disconnect(self.article_changed, sender=Article)
        signals.post_delete.disconnect(self.article_changed, sender=Article)
        signals.post_save.disconnect(self.statement_changed, sender=Statement)
        signals.post_delete.disconnect(self.statement_changed, sender=Statement)
        signals.post_save.disconnect(self.speaker_changed, sender=Speaker)
        signals.post_save.disconnect(self.source_changed, sender=Source)

    def article_changed(self, sender, instance, **kwargs):
        note_backlog([article_document(instance.pk)])
        note_change(article_pk=instance.pk)

    def statement_changed(self, sender, instance, **kwargs):
        gone = [f"{STATEMENT}{instance.pk}"] if kwargs.get("signal") is signals.post_delete else []
        note_backlog([*gone, article_document(instance.article_id)])
        note_change(article_pk=instance.article_id)

    def speaker_changed(self, sender, instance, created=False, **kwargs):
        if not created:  # a new speaker has no statements yet
            note_change(speaker_pk=instance.pk)

    def source_changed(self, sender, instance, created=False, **kwargs):
        if not created:
            note_change(source_pk=instance.pk)
