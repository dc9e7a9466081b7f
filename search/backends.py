"""Haystack's Whoosh backend, fixed for French text and made fast enough to serve.

What differs from `haystack.backends.whoosh_backend`:

- Schema: documents are analysed in their own language (`text` in French, `text_en` in
  English; see search.analysis); `*_exact` facet fields are untokenised (ID) so facets
  count whole values; fields declared `indexed=False` are only stored.
- One long-lived searcher per backend, reopened only when the index changed, and
  non-compound segments, so a search does not re-open and copy every segment file.
- Narrowing filters (model, speaker, source, dates…) become cached document sets
  instead of one unlimited search each.
- Facet counts come from a per-segment table document -> values, built once per
  segment, so a search counts its hits instead of rescanning every posting list.
- Highlighting analyses with our analyzers, escapes the text and marks with <mark>.
- Bulk `update` uses one writer and one searcher for the whole batch.
- Spelling suggestions are never computed on every search: the form asks for them
  (`suggest_words`, `doc_frequency`) only when a search finds little.
"""

import logging
import re
import threading
from collections import Counter, OrderedDict
from datetime import UTC, date, datetime
from itertools import chain

from django.utils.encoding import force_str
from django.utils.html import escape
from haystack.backends.whoosh_backend import (
    WhooshEngine,
    WhooshSearchBackend,
    WhooshSearchQuery,
)
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SearchBackendError, SkipDocument
from haystack.fields import FacetField
from haystack.models import SearchResult
from haystack.utils import get_identifier, get_model_ct
from whoosh import query as wq
from whoosh.collectors import FilterCollector, WrappingCollector
from whoosh.fields import DATETIME, IDLIST, NUMERIC, STORED, TEXT, Schema
from whoosh.fields import ID as WHOOSH_ID
from whoosh.qparser import AndGroup, MultifieldParser, QueryParser

from .analysis import TOKEN_PATTERN, analyzer_for, english_analyzer, french_analyzer

log = logging.getLogger(__name__)

# Multi-valued fields are joined with a unit separator: names may contain commas.
MULTI_SEPARATOR = "\x1f"
CONTENT_FIELDS = ("text", "text_en")
# How many hits a search collects at least: Haystack asks for the count first and
# then for the page, so one search serves both.
MIN_COLLECT = 100
SNIPPET_CHARS = 240


class _DocSetCollector(WrappingCollector):
    """Record every matching (allowed) document while the child collects the top N."""

    def prepare(self, top_searcher, q, context):
        super().prepare(top_searcher, q, context)
        self.docset = set()

    def collect(self, sub_docnum):
        self.docset.add(self.offset + sub_docnum)
        return self.child.collect(sub_docnum)

    def count(self):
        return len(self.docset)


class FrenchWhooshBackend(WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.include_spelling = False
        self._lock = threading.RLock()
        self._searcher = None
        self._segment_values = {}  # (segment id, field) -> tuple of values per doc
        self._doc_values = {}  # field -> values per global docnum (current searcher)
        self._filters = OrderedDict()  # narrow query string -> set of docnums (never mutated)
        self._memo = OrderedDict()  # search key -> (total, top docnums/scores, facets)

    # -- schema -------------------------------------------------------------------------

    def setup(self):
        super().setup()
        content = [f for f in CONTENT_FIELDS if f in self.schema]
        self.parser = MultifieldParser(content, schema=self.schema, group=AndGroup)
        self.field_parser = QueryParser(self.content_field_name, schema=self.schema)
        self._reset_searcher()

    def build_schema(self, fields):
        schema_fields = {
            ID: WHOOSH_ID(stored=True, unique=True),
            DJANGO_CT: WHOOSH_ID(stored=True),
            DJANGO_ID: WHOOSH_ID(stored=True),
        }
        content_field_name = ""
        for field in fields.values():
            name = field.index_fieldname
            if field.document:
                content_field_name = name
            if isinstance(field, FacetField):
                # Untokenised: a facet counts "Sergueï Lavrov", not "serguei" and "lavrov".
                schema_fields[name] = (
                    IDLIST(stored=True, expression=f"[^{MULTI_SEPARATOR}]+")
                    if field.is_multivalued
                    else WHOOSH_ID(stored=True)
                )
            elif not field.indexed:
                schema_fields[name] = STORED()
            elif field.is_multivalued:
                schema_fields[name] = IDLIST(stored=True, expression=f"[^{MULTI_SEPARATOR}]+")
            elif field.field_type in ("date", "datetime"):
                schema_fields[name] = DATETIME(stored=field.stored, sortable=True)
            elif field.field_type in ("integer", "float"):
                numtype = int if field.field_type == "integer" else float
                schema_fields[name] = NUMERIC(stored=field.stored, numtype=numtype,
                                              sortable=True)
            else:
                english = name.endswith("_en")
                schema_fields[name] = TEXT(
                    stored=False,
                    analyzer=english_analyzer() if english else french_analyzer(),
                    multitoken_query="phrase",
                    spelling=name in CONTENT_FIELDS,
                    field_boost=field.boost,
                )
        if not content_field_name:
            raise SearchBackendError("No document field was found in any search index.")
        return content_field_name, Schema(**schema_fields)

    def _from_python(self, value):
        if isinstance(value, datetime):
            # Whoosh's DATETIME is naive: index UTC.
            if value.tzinfo is not None:
                value = value.astimezone(UTC).replace(tzinfo=None)
            return value
        if isinstance(value, date):
            return datetime(value.year, value.month, value.day)
        if isinstance(value, list | tuple | set):
            return MULTI_SEPARATOR.join(force_str(v) for v in value)
        return super()._from_python(value)

    # -- the long-lived searcher ----------------------------------------------------

    def _reset_searcher(self):
        with self._lock:
            self._searcher = None
            self._doc_values = {}
            self._filters.clear()
            self._memo.clear()

    def searcher(self):
        """Return a searcher on the latest index, reusing the last one if nothing changed."""
        if not self.setup_complete:
            self.setup()
        with self._lock:
            if self._searcher is None:
                self._searcher = self.index.searcher()
            elif not self._searcher.up_to_date():
                self._searcher = self._searcher.refresh()
                self._doc_values = {}
                self._filters.clear()
                self._memo.clear()
            return self._searcher

    # -- writing ------------------------------------------------------------------------

    def _writer(self):
        return self.index.writer(timeout=30.0, delay=0.1, compound=False)

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

    # -- searching ----------------------------------------------------------------------

    def parse_query(self, query_string: str):
        """Return a Whoosh query for `query_string`; malformed input is read literally."""
        query_string = query_string.strip()
        if query_string in ("*", "*:*", ""):
            return wq.Every()
        try:
            q = self.parser.parse(query_string)
        except Exception:
            literal = "".join(c if c.isalnum() or c in "'’-" else " " for c in query_string)
            q = self.parser.parse(literal)
        return _every_for_negations(q)

    def _filter_docs(self, searcher, narrow_queries, models):
        """Return the set of allowed docnums (None: everything), cached per query."""
        keys = sorted(narrow_queries or ())
        if models:
            cts = sorted(get_model_ct(m) for m in models)
            keys.append("{}:({})".format(DJANGO_CT, " OR ".join(cts)))
        allowed = None
        for key in keys:
            docs = self._filters.get(key)
            if docs is None:
                docs = set(searcher.docs_for_query(self._parse_filter(key)))
                self._filters[key] = docs
                while len(self._filters) > 64:
                    self._filters.popitem(last=False)
            allowed = docs if allowed is None else allowed & docs
        return allowed

    def _parse_filter(self, text):
        return self.field_parser.parse(force_str(text))

    def search(self, query_string, sort_by=None, start_offset=0, end_offset=None, fields="",
               highlight=False, facets=None, date_facets=None, query_facets=None,
               narrow_queries=None, spelling_query=None, within=None, dwithin=None,
               distance_point=None, models=None, limit_to_registered_models=None,
               result_class=None, **kwargs):
        empty = {"results": [], "hits": 0, "facets": {}, "spelling_suggestion": None}
        query_string = force_str(query_string)
        if not query_string.strip():
            return empty
        searcher = self.searcher()
        if not searcher.doc_count():
            return empty
        q = self.parse_query(query_string)
        if q is None or q is wq.NullQuery:
            return empty
        start_offset = start_offset or 0
        limit = max(end_offset or MIN_COLLECT, start_offset + 1, MIN_COLLECT)
        facets = sorted(facets or ())
        key = (query_string, tuple(sorted(narrow_queries or ())),
               tuple(sorted(get_model_ct(m) for m in models or ())),
               tuple(sort_by or ()), tuple(facets))
        with self._lock:
            memo = self._memo.get(key)
        if memo is None or memo[0] < limit:
            memo = self._run(searcher, q, key, limit, narrow_queries, models, sort_by, facets)
        _, total, top, facet_counts = memo
        page = top[start_offset:end_offset]
        results = self._build_results(searcher, page, q if highlight else None, result_class)
        return {
            "results": results,
            "hits": total,
            "facets": {"fields": facet_counts, "dates": {}, "queries": {}} if facets else {},
            "spelling_suggestion": None,
        }

    def _run(self, searcher, q, key, limit, narrow_queries, models, sort_by, facets):
        allowed = self._filter_docs(searcher, narrow_queries, models)
        if allowed is not None and not allowed:
            memo = (limit, 0, [], {f: [] for f in facets})
        else:
            sortedby, reverse = None, False
            if sort_by:
                reverse = sort_by[0].startswith("-")
                sortedby = [s.lstrip("-") for s in sort_by]
            collector = searcher.collector(limit=limit, sortedby=sortedby, reverse=reverse,
                                           optimize=False)
            docs = _DocSetCollector(collector)
            outer = FilterCollector(docs, allow=allowed) if allowed is not None else docs
            searcher.search_with_collector(q, outer)
            raw = docs.results()
            top = [(raw.docnum(i), raw.score(i) or 0) for i in range(raw.scored_length())]
            counts = {f: self._count_facet(searcher, f, docs.docset) for f in facets}
            memo = (limit, len(docs.docset), top, counts)
        with self._lock:
            self._memo[key] = memo
            while len(self._memo) > 32:
                self._memo.popitem(last=False)
        return memo

    # -- facets ---------------------------------------------------------------------

    def _values_by_doc(self, searcher, field):
        """Return a list: global docnum -> tuple of the field's values (cached)."""
        table = self._doc_values.get(field)
        if table is not None:
            return table
        table = []
        for sub, _offset in searcher.leaf_searchers():
            reader = sub.reader()
            segment = getattr(reader, "segment", lambda: None)()
            seg_key = (segment.segment_id() if segment else id(reader), field)
            values = self._segment_values.get(seg_key)
            if values is None:
                values = _segment_values(reader, field)
                self._segment_values[seg_key] = values
            table.extend(values)
        self._doc_values[field] = table
        return table

    def _count_facet(self, searcher, field, docset):
        if field not in self.schema:
            return []
        table = self._values_by_doc(searcher, field)
        counts = Counter(chain.from_iterable(map(table.__getitem__, docset)))
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    def facet_values(self, field):
        """Return every (value, document count) of a facet field over the whole index."""
        searcher = self.searcher()
        reader = searcher.reader()
        if field not in self.schema:
            return []
        return sorted(
            ((force_str(t), reader.doc_frequency(field, t)) for t in reader.lexicon(field)),
            key=lambda item: (-item[1], item[0]),
        )

    # -- results and highlighting -----------------------------------------------------

    def _build_results(self, searcher, page, q, result_class):
        from haystack import connections

        result_class = result_class or SearchResult
        unified = connections[self.connection_alias].get_unified_index()
        multi = {name for name, f in unified.all_searchfields().items() if f.is_multivalued}
        terms = _positive_terms(q) if q is not None else None
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

    # -- more like this and spelling --------------------------------------------------

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


def _segment_values(reader, field):
    """Return, for each document of one segment, the tuple of its values in `field`."""
    values = [()] * reader.doc_count_all()
    try:
        lexicon = list(reader.lexicon(field))
    except Exception:  # the segment has no such field
        return values
    for btext in lexicon:
        value = force_str(btext)
        for docnum in reader.postings(field, btext).all_ids():
            values[docnum] = (*values[docnum], value)
    return values


def _every_for_negations(q):
    """A query made only of exclusions ("-lavrov") means: everything except those."""
    if isinstance(q, wq.Not):
        return wq.And([wq.Every(), q])
    if isinstance(q, wq.And) and q.subqueries and all(
            isinstance(s, wq.Not) for s in q.subqueries):
        return wq.And([wq.Every(), *q.subqueries])
    return q


def _positive_terms(q) -> dict:
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
_TERM_CACHE = {}  # (language, word as written) -> index term or None; bounded below


def index_term(word: str, language: str):
    """Return the index term of one written word (None for a stop word), cached."""
    key = (language, word)
    term = _TERM_CACHE.get(key, _TERM_CACHE)
    if term is _TERM_CACHE:
        if len(_TERM_CACHE) > 300_000:
            _TERM_CACHE.clear()
        terms = [t.text for t in analyzer_for(language)(word)]
        term = _TERM_CACHE[key] = terms[0] if terms else None
    return term


def highlight_text(text: str, words, language: str = "fr", whole: bool = False) -> str:
    """Return `text` escaped, cut around the matches (unless `whole`), matches in <mark>.

    Each written word is analysed like the index does (the analysis is cached per word,
    so a page of long articles costs dictionary look-ups, not a full re-analysis).
    """
    if not text:
        return ""
    matches = []
    if words:
        matches = [m.span() for m in _TOKEN_RE.finditer(text)
                   if index_term(m.group(), language) in words]
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
    for i, (a, _) in enumerate(matches):
        count = sum(1 for c, d in matches[i:] if d <= a + SNIPPET_CHARS)
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


class FrenchWhooshSearchQuery(WhooshSearchQuery):
    pass


class FrenchWhooshEngine(WhooshEngine):
    backend = FrenchWhooshBackend
    query = FrenchWhooshSearchQuery
