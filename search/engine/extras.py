"""More like this (related articles) and the spelling helpers the form calls."""

from django.utils.encoding import force_str
from haystack.constants import ID
from haystack.utils import get_identifier
from whoosh import query as wq

from ..analysis import analyzer_for, french_analyzer


class ExtrasMixin:
    def more_like_this(self, model_instance, additional_query_string=None, start_offset=0,
                       end_offset=None, models=None, limit_to_registered_models=None,
                       result_class=None, **kwargs):
        """Documents sharing the key terms of `model_instance` (its own text, re-analysed)."""
        from haystack import connections

        empty = {"results": [], "hits": 0}
        searcher = self.searcher()
        index = connections[self.connection_alias].get_unified_index().get_index(
            type(model_instance))
        doc = index.full_prepare(model_instance)
        field = "text_en" if doc.get("text_en") else "text"
        text = doc.get(field) or ""
        if not text.strip():
            return empty
        keys = searcher.key_terms_from_text(field, text, numterms=15)
        if not keys:
            return empty
        q = wq.Or([wq.Term(field, word, boost=weight) for word, weight in keys])
        q = wq.AndNot(q, wq.Term(ID, get_identifier(model_instance)))
        allowed = self._filter_docs(searcher, None, models or [type(model_instance)])
        limit = max(end_offset or 10, 1)
        hits = searcher.search(q, limit=limit, filter=allowed)
        top = [(hit.docnum, hit.score or 0) for hit in hits][start_offset or 0:]
        return {"results": self._build_results(searcher, top, None, result_class),
                "hits": len(top)}

    def doc_frequency(self, word: str) -> int:
        """Return how many documents contain `word` (as analysed, in either language)."""
        reader = self.searcher().reader()
        total = 0
        for field, language in (("text", "fr"), ("text_en", "en")):
            stems = [t.text for t in analyzer_for(language)(word)]
            if len(stems) == 1 and field in self.schema:
                total += reader.doc_frequency(field, stems[0])
        return total

    def suggest_words(self, word: str, maxdist: int = 2, limit: int = 5) -> list[str]:
        """Return indexed words (folded, unstemmed) within `maxdist` edits of `word`."""
        reader = self.searcher().reader()
        folded = [t.text for t in french_analyzer()(word, no_morph=True)]
        if len(folded) != 1:
            return []
        word = folded[0]
        found = {}
        for field in ("spell_text", "spell_text_en"):
            if field not in self.schema:
                continue
            for dist in range(1, maxdist + 1):
                for candidate in reader.terms_within(field, word, dist, prefix=1):
                    candidate = force_str(candidate)
                    if candidate != word and candidate not in found:
                        found[candidate] = (dist, -reader.doc_frequency(field, candidate))
        return sorted(found, key=found.get)[:limit]

    def create_spelling_suggestion(self, query_string):
        words = [w for w in query_string.split() if w.isalpha()]
        suggestions = [(self.suggest_words(w, limit=1) or [w])[0] for w in words]
        return " ".join(suggestions) or None
