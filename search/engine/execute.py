"""One search: filters, the exact hit set, the top k by relevance or by date, the memo.

    hits   = filters (cached document sets) ∩ the query's documents (search.engine.docsets)
    count  = len(hits), exact, with no scoring
    facets = counted over the hits (search.engine.facets)
    top k  = by relevance: Whoosh's top-k collector (block-max skipping, optimize=True)
             restricted to the hits; by date: the sortable `date` column, no scoring

A phrase whose candidates are too many to check one by one (tens of thousands at 100k
articles) is estimated: its page is checked, its count and facets are the candidates'
scaled by the share of a sample that holds the phrase (`_run_estimated`).

Haystack asks for the count and then for the page: both are served by one run, kept in
a small memo keyed by the query, its filters, sort and facets, and the index generation.
"""

import heapq

from django.utils.encoding import force_str
from haystack.constants import DJANGO_CT
from haystack.utils import get_model_ct
from whoosh import query as wq
from whoosh.collectors import FilterCollector
from whoosh.columns import NumericColumn

from .docsets import DocSets
from .scoring import read_postings, scoring_terms, top_bm25

PAGE = 20
# A phrase whose candidates (documents with all its words) would cost more than this
# many position-list decodings is estimated (see _run_estimated), not checked in full.
PHRASE_BUDGET = 40_000
PHRASE_SAMPLE = 800


def _date_keys(reader, field):
    """Return, for each document of one segment, its sortable value in `field` (or -1)."""
    if not reader.has_column(field):
        return [-1] * reader.doc_count_all()
    column = reader.column_reader(field, translate=False)
    if isinstance(column, NumericColumn.Reader):
        return list(column)
    return [v if isinstance(v, int) else -1 for v in column]


class _Within(FilterCollector):
    """Collect only documents of a (frozen) set of hits; Whoosh wants a mutable set."""

    def __init__(self, child, hits):
        super().__init__(child)
        self.hits = hits

    def prepare(self, top_searcher, q, context):
        super().prepare(top_searcher, q, context)
        self._allow = self.hits


class SearchMixin:
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
        sets = []
        for key in keys:
            docs = self._filters.lookup(key)
            if docs is None:
                docs = frozenset(searcher.docs_for_query(self._parse_filter(key)))
                self._filters.put(key, docs, len(docs) + 1)
            sets.append(docs)
        if not sets:
            return None
        sets.sort(key=len)
        return frozenset.intersection(*sets) if len(sets) > 1 else sets[0]

    def _parse_filter(self, text):
        return self.field_parser.parse(force_str(text))

    def search(
        self,
        query_string,
        sort_by=None,
        start_offset=0,
        end_offset=None,
        fields="",
        highlight=False,
        facets=None,
        date_facets=None,
        query_facets=None,
        narrow_queries=None,
        spelling_query=None,
        within=None,
        dwithin=None,
        distance_point=None,
        models=None,
        limit_to_registered_models=None,
        result_class=None,
        **kwargs,
    ):
        empty = {"results": [], "hits": 0, "facets": {}, "spelling_suggestion": None}
        query_string = force_str(query_string)
        if not query_string.strip():
            return empty
        searcher = self.searcher()
        if not searcher.doc_count():
            return empty
        q = self._parsed.lookup(query_string)
        if q is None:
            q = self._parsed.put(query_string, self.parse_query(query_string))
        if q is None or q is wq.NullQuery:
            return empty
        start_offset = start_offset or 0
        # Haystack counts with end_offset=1, then asks for the page: collect a page at least.
        limit = max(end_offset or 0, start_offset + 1, PAGE)
        facets = sorted(facets or ())
        key = (
            self.generation,
            query_string,
            tuple(sorted(narrow_queries or ())),
            tuple(sorted(get_model_ct(m) for m in models or ())),
            tuple(sort_by or ()),
            tuple(facets),
        )
        with self._lock:
            memo = self._memo.lookup(key)
        if memo is None or (memo[0] < limit and len(memo[2]) < memo[1]):
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

    def hit_set(self, searcher, q, narrow_queries=None, models=None) -> frozenset:
        """Return every document matching `q` and the filters (exact, unscored)."""
        sets = DocSets(self, searcher)
        allowed = self._filter_docs(searcher, narrow_queries, models)
        if allowed is not None and not allowed:
            return frozenset()
        if isinstance(q, wq.Every):
            return allowed if allowed is not None else sets.all_docs()
        found = sets.docs(q)
        return found & allowed if allowed is not None else found

    def _run(self, searcher, q, key, limit, narrow_queries, models, sort_by, facets):
        memo = self._run_estimated(searcher, q, limit, narrow_queries, models, sort_by, facets)
        if memo is not None:
            with self._lock:
                self._memo.put(key, memo)
            return memo
        hits = self.hit_set(searcher, q, narrow_queries, models)
        if not hits:
            top = []
        elif sort_by:
            top = self._top_sorted(searcher, hits, sort_by, limit)
        else:
            top = self._top_scored(searcher, q, hits, limit)
        counts = self._count_facets(searcher, facets, hits)
        memo = (limit, len(hits), top, counts)
        with self._lock:
            self._memo.put(key, memo)
        return memo

    def _run_estimated(self, searcher, q, limit, narrow_queries, models, sort_by, facets):
        """A phrase with too many candidates to check them all: None, or the memo entry.

        The shown hits are checked (best candidates first, until a page is found); the
        count and the facets are the candidates' scaled by the share of a sample of
        them that holds the phrase.
        """
        sets = DocSets(self, searcher)
        parts = sets.phrase_parts(q)
        if not parts:
            return None
        allowed = self._filter_docs(searcher, narrow_queries, models)
        if allowed is not None:
            parts = [(p, c & allowed) for p, c in parts]
        if sum(len(c) * len(p.words) for p, c in parts) <= PHRASE_BUDGET:
            return None
        candidates = frozenset().union(*(c for _, c in parts))
        ordered = sorted(candidates)
        step = max(1, len(ordered) // PHRASE_SAMPLE)
        sample = ordered[::step]
        share = len(sets.verify(parts, sample)) / len(sample)
        top, tried, want = [], set(), limit
        while len(top) < limit and len(tried) < len(candidates):
            want = min(len(candidates), want * 2 + 10)
            if sort_by:
                ranked = self._top_sorted(searcher, candidates, sort_by, want)
            else:
                terms = scoring_terms(q)
                ranked = top_bm25(self, searcher, terms, candidates, want)
            batch = [(d, sc) for d, sc in ranked if d not in tried]
            tried.update(d for d, _ in batch)
            good = sets.verify(parts, [d for d, _ in batch])
            top += [(d, sc) for d, sc in batch if d in good][: limit - len(top)]
        counts = {
            f: [(v, max(1, round(n * share))) for v, n in values]
            for f, values in self._count_facets(searcher, facets, candidates).items()
        }
        return (limit, max(len(top), round(len(candidates) * share)), top, counts)

    def postings(self, searcher, field, text):
        """Return (docnums, frequencies) of a term, cached for this index generation."""
        key = ("postings", field, text)
        found = self._termsets.lookup(key)
        if found is None:
            found = read_postings(searcher, field, text)
            self._termsets.put(key, found, 2 * len(found[0]) + 1)
        return found

    def _top_scored(self, searcher, q, hits, limit):
        """The `limit` best hits by BM25 (scored over the hits only)."""
        terms = scoring_terms(q)
        if terms is not None:
            top = top_bm25(self, searcher, terms, hits, limit) if terms else []
        else:  # wildcards and the like: Whoosh's top-k collector, with block skipping
            collector = _Within(searcher.collector(limit=limit, optimize=True), hits)
            searcher.search_with_collector(q, collector)
            results = collector.results()
            top = [
                (results.docnum(i), results.score(i) or 0) for i in range(results.scored_length())
            ]
        if len(top) < min(limit, len(hits)):  # unranked hits (e.g. "*"): index order
            seen = {d for d, _ in top}
            rest = heapq.nsmallest(limit - len(top) + len(seen), hits)
            top += [(d, 0) for d in rest if d not in seen][: limit - len(top)]
        return top

    def _top_sorted(self, searcher, hits, sort_by, limit):
        """The first `limit` hits in the order of a sortable column (date), no scoring."""
        field = sort_by[0].lstrip("-")
        reverse = sort_by[0].startswith("-")
        keys = self.segment_table(searcher, field, _date_keys)
        if reverse:
            best = heapq.nlargest(limit, hits, key=lambda d: (keys[d], -d))
        else:
            best = heapq.nsmallest(limit, hits, key=lambda d: (keys[d], d))
        return [(d, 0) for d in best]


def _every_for_negations(q):
    """A query made only of exclusions ("-lavrov") means: everything except those."""
    if isinstance(q, wq.Not):
        return wq.And([wq.Every(), q])
    if isinstance(q, wq.And) and q.subqueries and all(isinstance(s, wq.Not) for s in q.subqueries):
        return wq.And([wq.Every(), *q.subqueries])
    return q
