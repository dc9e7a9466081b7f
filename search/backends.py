"""Haystack's Whoosh backend, fixed for French text and made fast enough to serve.

`FrenchWhooshEngine` (the engine path in settings) assembles the parts in search.engine:

- schema: documents are analysed in their own language (`text` in French, `text_en` in
  English; see search.analysis); `*_exact` facet fields are untokenised (ID) so facets
  count whole values; fields declared `indexed=False` are only stored;
- lifecycle: one long-lived searcher per backend, reopened only when the index changed,
  and non-compound segments, so a search does not re-open and copy every segment file;
- execute + docsets: the exact hit set by set algebra on posting lists (phrases verified
  on the AND of their words), scored only for the page (top-k with block skipping), date
  order from the sortable column, filters as cached document sets, a result memo;
- facets: per-segment tables document -> values, counted over the hits;
- highlight: our analyzers, escaped text, <mark>;
- writing: one writer per batch; `update` (Haystack's update_index) in bulk; `build`
  (our rebuild_index) writes one segment per process; small segments merged by tiers;
- extras: more like this and the spelling helpers (never computed on every search).
"""

from haystack.backends.whoosh_backend import (
    WhooshEngine,
    WhooshSearchBackend,
    WhooshSearchQuery,
)
from whoosh.qparser import AndGroup, MultifieldParser, QueryParser

from .engine import patches
from .engine.execute import SearchMixin
from .engine.extras import ExtrasMixin
from .engine.facets import FacetMixin
from .engine.highlight import ResultsMixin, highlight_text, index_term
from .engine.lifecycle import SearcherMixin
from .engine.schema import CONTENT_FIELDS, MULTI_SEPARATOR, build_schema, from_python
from .engine.writing import BULK_BATCH_SIZE, WritingMixin

patches.apply()

__all__ = [
    "FrenchWhooshEngine",
    "FrenchWhooshBackend",
    "highlight_text",
    "index_term",
    "MULTI_SEPARATOR",
]


class FrenchWhooshBackend(
    SearcherMixin,
    SearchMixin,
    FacetMixin,
    ResultsMixin,
    WritingMixin,
    ExtrasMixin,
    WhooshSearchBackend,
):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.include_spelling = False
        if "BATCH_SIZE" not in connection_options:
            self.batch_size = BULK_BATCH_SIZE
        self._init_caches()

    def setup(self):
        super().setup()
        content = [f for f in CONTENT_FIELDS if f in self.schema]
        self.parser = MultifieldParser(content, schema=self.schema, group=AndGroup)
        self.field_parser = QueryParser(self.content_field_name, schema=self.schema)
        self._reset_searcher()

    def build_schema(self, fields):
        return build_schema(fields)

    def _from_python(self, value):
        return from_python(value, super()._from_python)


class FrenchWhooshSearchQuery(WhooshSearchQuery):
    pass


class FrenchWhooshEngine(WhooshEngine):
    backend = FrenchWhooshBackend
    query = FrenchWhooshSearchQuery
