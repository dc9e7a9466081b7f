"""More like this (related articles) and the spelling helpers the form calls."""

import math
from collections import Counter

from django.utils.encoding import force_str
from haystack.constants import ID
from haystack.utils import get_identifier, get_model_ct

from ..analysis import analyzer_for
from .docsets import DocSets
from .scoring import top_bm25

KEY_TERMS = 8
MAX_CANDIDATES = 60  # most frequent words of the text considered as key terms
MAX_SUGGESTED_LENGTH = 40  # longer words get no spelling suggestions
COMMON_SHARE = 0.1  # words in more than this share of documents are not key terms


class ExtrasMixin:
    def more_like_this(
        self,
        model_instance,
        additional_query_string=None,
        start_offset=0,
        end_offset=None,
        models=None,
        limit_to_registered_models=None,
        result_class=None,
        **kwargs,
    ):
        """Documents sharing the key terms of `model_instance`, best first.

        Key terms: the words of its own text weighted by tf·idf, the most common ones
        left out; then one OR of those terms scored over their hits (BM25), without the
        document itself. Cached per document and index generation.
        """
        from haystack import connections

        searcher = self.searcher()
        limit = max(end_offset or 10, 1)
        models = models or [type(model_instance)]
        identifier = get_identifier(model_instance)
        key = (self.generation, identifier, tuple(sorted(get_model_ct(m) for m in models)), limit)
        top = self._related.lookup(key)
        if top is None:
            index = (
                connections[self.connection_alias]
                .get_unified_index()
                .get_index(type(model_instance))
            )
            doc = index.full_prepare(model_instance)
            field = "text_en" if doc.get("text_en") else "text"
            terms = self.key_terms(searcher, field, doc.get(field) or "")
            top = []
            if terms:
                sets = DocSets(self, searcher)
                hits = frozenset().union(*(sets.term(field, t) for t, _ in terms))
                allowed = self._filter_docs(searcher, None, models)
                hits = (hits & allowed if allowed is not None else hits) - sets.term(ID, identifier)
                top = top_bm25(self, searcher, [(field, t, w) for t, w in terms], hits, limit)
            self._related.put(key, top)
        top = top[start_offset or 0 :]
        return {"results": self._build_results(searcher, top, None, result_class), "hits": len(top)}

    def key_terms(self, searcher, field, text, number=KEY_TERMS):
        """Return [(term, weight)]: the words of `text` that best tell it apart."""
        if field not in self.schema or not text.strip():
            return []
        counts = Counter(t.text for t in self.schema[field].analyzer(text))
        reader = searcher.reader()
        total = searcher.doc_count_all() or 1
        weighted = []
        for term, tf in counts.most_common(MAX_CANDIDATES):
            df = reader.doc_frequency(field, term)
            if not df or df > total * COMMON_SHARE or len(term) < 3:
                continue
            weighted.append((tf * math.log(total / df), term))
        weighted.sort(reverse=True)
        if not weighted:
            return []
        best = weighted[0][0]
        return [(term, weight / best) for weight, term in weighted[:number]]

    def doc_frequency(self, word: str, language: str | None = None) -> int:
        """Return how many documents contain `word` (as analysed), in `language`'s field
        or in either."""
        reader = self.searcher().reader()
        total = 0
        for field, field_language in (("text", "fr"), ("text_en", "en")):
            if language and field_language != language:
                continue
            stems = [t.text for t in analyzer_for(field_language)(word)]
            if len(stems) == 1 and field in self.schema:
                total += reader.doc_frequency(field, stems[0])
        return total

    def suggest_words(
        self, word: str, maxdist: int = 2, limit: int = 5, language: str | None = None
    ) -> list[str]:
        """Return indexed words (folded, unstemmed) within `maxdist` edits of `word`, from
        the documents in `language` (or in either).

        None for a word longer than MAX_SUGGESTED_LENGTH: the edit automaton grows with
        the word (a 1,000-letter "word" took seconds), and no such word is misspelt.
        """
        reader = self.searcher().reader()
        folded = [t.text for t in analyzer_for("fr")(word, no_morph=True)]
        if len(folded) != 1:
            return []
        word = folded[0]
        if len(word) > MAX_SUGGESTED_LENGTH:
            return []
        found = {}
        fields = {"fr": ("spell_text",), "en": ("spell_text_en",)}.get(
            language, ("spell_text", "spell_text_en")
        )
        for field in fields:
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
