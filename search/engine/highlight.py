"""Results from stored fields, with snippets and titles highlighted in our analyzers."""

import re
from itertools import islice

from django.utils.encoding import force_str
from django.utils.html import escape
from haystack.constants import DJANGO_CT, DJANGO_ID
from haystack.models import SearchResult
from whoosh import query as wq

from ..analysis import TOKEN_PATTERN, analyzer_for
from .schema import MULTI_SEPARATOR

SNIPPET_CHARS = 240
# What highlighting reads of one stored text, whatever its size: the first HIGHLIGHT_CHARS
# characters and the first HIGHLIGHT_MATCHES matches in them. A page of results then costs
# time linear in its texts, even for a huge article that repeats the word searched.
HIGHLIGHT_CHARS = 200_000
HIGHLIGHT_MATCHES = 500


class ResultsMixin:
    """Turns (docnum, score) pairs into Haystack results, highlighted on demand."""

    def _multi_fields(self):
        if getattr(self, "_multi", None) is None:
            from haystack import connections

            unified = connections[self.connection_alias].get_unified_index()
            self._multi = frozenset(
                name for name, f in unified.all_searchfields().items() if f.is_multivalued
            )
        return self._multi

    def _build_results(self, searcher, page, q, result_class):
        result_class = result_class or SearchResult
        multi = self._multi_fields()
        terms = positive_terms(q) if q is not None else None
        results = []
        for docnum, score in page:
            stored = dict(searcher.stored_fields(docnum))
            app_label, model_name = stored.pop(DJANGO_CT).split(".")
            pk = stored.pop(DJANGO_ID)
            for name in multi & stored.keys():
                value = stored[name]
                stored[name] = [v for v in value.split(MULTI_SEPARATOR) if v] if value else []
            if terms is not None:
                stored["highlighted"] = self.highlight_fields(stored, terms)
            results.append(result_class(app_label, model_name, pk, score, **stored))
        return results

    def highlight_fields(self, stored, terms):
        """Return {"text": [snippet], "title": [title]} as escaped HTML with <mark>s."""
        language = stored.get("language") or "fr"
        field = "text_en" if language.startswith("en") else "text"
        words = frozenset(terms.get(field, ()))
        snippet = highlight_text(stored.get("snippet") or "", words, language)
        title = highlight_text(stored.get("title") or "", words, language, whole=True)
        return {self.content_field_name: [snippet], "title": [title]}


def positive_terms(q) -> dict:
    """Return {field: {term text}} for the words a hit matched (not the excluded ones)."""
    terms = {}

    def walk(node):
        if isinstance(node, wq.Not | wq.Every):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        if node.is_leaf():
            for field, text in node.iter_all_terms(phrases=True):
                terms.setdefault(field, set()).add(force_str(text))
            return
        for child in node.children():
            walk(child)

    walk(q)
    return terms


_TOKEN_RE = re.compile(TOKEN_PATTERN)
_TERMS = {}  # language -> {word as written: index term or None}; bounded below


def index_term(word: str, language: str):
    """Return the index term of one written word (None for a stop word), cached."""
    cache = _TERMS.setdefault(language, {})
    term = cache.get(word, cache)
    if term is cache:
        if len(cache) > 300_000:
            cache.clear()
        terms = [t.text for t in analyzer_for(language)(word)]
        term = cache[word] = terms[0] if terms else None
    return term


def _matching_words(text: str, words, language: str) -> set:
    """Return the written words of `text` whose index term is one of `words`."""
    cache = _TERMS.setdefault(language, {})
    found = set()
    for word in set(_TOKEN_RE.findall(text)):
        term = cache.get(word, cache)
        if term is cache:
            term = index_term(word, language)
        if term in words:
            found.add(word)
    return found


def highlight_text(text: str, words, language: str = "fr", whole: bool = False) -> str:
    """Return `text` escaped, cut around the matches (unless `whole`), matches in <mark>.

    Each distinct written word is analysed like the index does (cached per word, so a
    page of long articles costs dictionary look-ups, not a full re-analysis).
    """
    if not text:
        return ""
    matches = []
    read = text[:HIGHLIGHT_CHARS]
    written = _matching_words(read, words, language) if words else ()
    if written:  # spans only when something matches, by set look-up
        found = (m.span() for m in _TOKEN_RE.finditer(read) if m.group() in written)
        matches = list(islice(found, HIGHLIGHT_MATCHES))
    start, end = 0, len(text)
    if not whole and len(text) > SNIPPET_CHARS:
        start, end = _best_window(text, matches)
    parts, pos = [], start
    for a, b in matches:
        if a < start or b > end:
            continue
        parts.append(escape(text[pos:a]))
        parts.append(f"<mark>{escape(text[a:b])}</mark>")
        pos = b
    parts.append(escape(text[pos:end]))
    html = "".join(parts).strip()
    if start > 0:
        html = "… " + html
    if end < len(text):
        html += " …"
    return html


def _best_window(text: str, matches) -> tuple[int, int]:
    """Return the SNIPPET_CHARS-long span holding the most matches, cut between words."""
    best, best_count = 0, 0
    k = 0  # matches[i:k] end within SNIPPET_CHARS of matches[i]'s start (ends increase)
    for i, (a, _) in enumerate(matches):
        k = max(k, i)
        while k < len(matches) and matches[k][1] <= a + SNIPPET_CHARS:
            k += 1
        count = k - i
        if count > best_count:
            best, best_count = a, count
    start = max(0, best - 60) if best_count else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < best else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end
