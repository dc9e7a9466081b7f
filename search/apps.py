from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Recherche")

    def ready(self):
        # search listens to archive, never the other way round: imports reach the
        # index through the interface archive defines.
        from archive.ingest.indexer import register

        from .indexing import ImportIndexing

        register(ImportIndexing())
