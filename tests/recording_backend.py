"""A Haystack backend built only on Haystack's public API, for the contract tests.

Documents are kept in memory (`STORE`), prepared by Haystack's own `full_prepare`;
`update`, `remove` and `clear` are all it offers for writing. A word search matches
documents holding every word of the query. It proves the project indexes through the
public API, as Elasticsearch would be driven (tests/test_search_contract.py).
"""

from haystack.backends import BaseEngine, BaseSearchBackend
from haystack.backends.simple_backend import SimpleSearchQuery
from haystack.models import SearchResult
from haystack.utils import get_identifier, get_model_ct

STORE: dict[str, dict] = {}


class RecordingBackend(BaseSearchBackend):
    def update(self, index, iterable, commit=True):
        for obj in iterable:
            doc = index.full_prepare(obj)
            STORE[doc["id"]] = doc

    def remove(self, obj_or_string, commit=True):
        STORE.pop(get_identifier(obj_or_string), None)

    def clear(self, models=None, commit=True):
        cts = {get_model_ct(m) for m in models or ()}
        for key in [k for k, doc in STORE.items() if not cts or doc["django_ct"] in cts]:
            del STORE[key]

    def search(self, query_string, start_offset=0, end_offset=None, models=None, **kwargs):
        from haystack import connections

        models = (
            models or connections[self.connection_alias].get_unified_index().get_indexed_models()
        )
        cts = {get_model_ct(m) for m in models}
        words = [] if query_string.strip() == "*" else query_string.casefold().split()
        hits = []
        for doc in STORE.values():
            text = f"{doc.get('text') or ''} {doc.get('text_en') or ''}".casefold()
            if doc["django_ct"] in cts and all(w in text for w in words):
                app_label, model_name = doc["django_ct"].split(".")
                hits.append(SearchResult(app_label, model_name, doc["django_id"], 1.0))
        return {"results": hits[start_offset:end_offset], "hits": len(hits)}


class RecordingEngine(BaseEngine):
    backend = RecordingBackend
    query = SimpleSearchQuery
