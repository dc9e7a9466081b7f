"""Exact hit sets by set algebra on posting lists, without scoring anything.

A search needs every hit (for its count and its facets) but scores only the page it
shows. Here a query tree becomes a set of global document numbers:

    Term            its posting list (cached per term and index generation)
    And / Or / Not  intersection (rarest first) / union / difference
    Phrase          the AND of its words, then positions checked on those candidates
                    only, rarest word first, dropping documents as soon as they fail;
                    not at all in an Or that also holds one of its words (or a shorter
                    phrase inside it): "Lavrov" OR "Sergueï Lavrov" is lavrov's list
    anything else   Whoosh's own `docs_for_query`

Ranking those hits is search.engine.scoring's business.
"""

from itertools import accumulate
from pickle import loads

from whoosh import query as wq
from whoosh.matching.wrappers import FilterMatcher
from whoosh.system import _INT_SIZE


class DocSets:
    def __init__(self, backend, searcher):
        self.backend, self.searcher = backend, searcher
        self._all = None

    # -- the whole index -----------------------------------------------------------------

    def all_docs(self) -> frozenset:
        if self._all is None:
            cached = self.backend._filters.lookup("*")
            if cached is None:
                docs = []
                for sub, offset in self.searcher.leaf_searchers():
                    reader = sub.reader()
                    docs.extend(offset + d for d in reader.all_doc_ids())
                cached = self.backend._filters.put("*", frozenset(docs), len(docs))
            self._all = cached
        return self._all

    # -- the algebra -----------------------------------------------------------------------

    def docs(self, q) -> frozenset:
        if isinstance(q, wq.Term):
            return self.term(q.fieldname, q.text)
        if isinstance(q, wq.Every):
            return self.all_docs()
        if isinstance(q, wq.And):
            return self._and(q.subqueries)
        if isinstance(q, wq.Or):
            result = set()
            for sub in needed_alternatives(q):
                result |= self.docs(sub)
            return frozenset(result)
        if isinstance(q, wq.Not):
            return self.all_docs() - self.docs(q.query)
        if isinstance(q, wq.AndNot):
            return self.docs(q.a) - self.docs(q.b)
        if isinstance(q, wq.AndMaybe):
            return self.docs(q.a)
        if isinstance(q, wq.Require):
            return self.docs(q.a) & self.docs(q.b)
        if isinstance(q, wq.Phrase):
            return self.phrase(q)
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return frozenset()
        return frozenset(self.searcher.docs_for_query(q))

    def _and(self, subqueries) -> frozenset:
        positive = [s for s in subqueries if not isinstance(s, wq.Not)]
        negative = [s.query for s in subqueries if isinstance(s, wq.Not)]
        if not positive:
            positive = [wq.Every()]
        sets = sorted((self.docs(s) for s in positive), key=len)
        result = sets[0]
        for other in sets[1:]:
            if not result:
                break
            result = result & other
        for sub in negative:
            if not result:
                break
            result = result - self.docs(sub)
        return frozenset(result)

    def term(self, field: str, text) -> frozenset:
        key = ("docs", field, text)
        docs = self.backend._termsets.lookup(key)
        if docs is None:
            ids, _ = self.backend.postings(self.searcher, field, text)
            docs = self.backend._termsets.put(key, frozenset(ids), len(ids) + 1)
        return docs

    # -- phrases ---------------------------------------------------------------------------

    def phrase(self, q) -> frozenset:
        words = list(q.words)
        if not words:
            return frozenset()
        sets = [self.term(q.fieldname, w) for w in words]
        if len(words) == 1:
            return sets[0]
        candidates = frozenset.intersection(*sorted(sets, key=len))
        if not candidates:
            return candidates
        if q.slop != 1:  # not our case (the parser makes exact phrases): Whoosh checks
            return frozenset(candidates & set(self.searcher.docs_for_query(q)))
        key = ("phrase", q.fieldname, tuple(words))
        cached = self.backend._termsets.lookup(key)
        if cached is None:
            cached = frozenset(self._verify(q.fieldname, words, sets, candidates))
            self.backend._termsets.put(key, cached, len(cached) + 1)
        return cached

    def phrase_parts(self, q):
        """For a plain phrase query (a Phrase, or an OR of them: one per language field),
        return [(phrase, candidate set)]; None for any other query."""
        phrases = q.subqueries if isinstance(q, wq.Or) else [q]
        if not all(isinstance(p, wq.Phrase) and p.slop == 1 and len(p.words) > 1 for p in phrases):
            return None
        parts = []
        for p in phrases:
            sets = sorted((self.term(p.fieldname, w) for w in p.words), key=len)
            parts.append((p, frozenset.intersection(*sets)))
        return parts

    def verify(self, parts, docs) -> set:
        """Return the documents of `docs` matching one of the phrases of `parts`."""
        found = set()
        for p, candidates in parts:
            mine = candidates.intersection(docs) - found
            if mine:
                words = list(p.words)
                sets = [self.term(p.fieldname, w) for w in words]
                found.update(self._verify(p.fieldname, words, sets, mine))
        return found

    def _verify(self, field, words, sets, candidates):
        """Yield the candidates where `words` follow each other (positions checked)."""
        order = sorted(range(len(words)), key=lambda i: len(sets[i]))
        for sub, offset in self.searcher.leaf_searchers():
            reader = sub.reader()
            end = offset + reader.doc_count_all()
            local = {d - offset for d in candidates if offset <= d < end}
            if not local:
                continue
            starts = None  # local docnum -> possible start positions of the phrase
            for i in order:
                if (field, words[i]) not in reader:
                    starts = {}
                    break
                wanted = local if starts is None else starts.keys()
                found = {}
                for doc, positions in _positions(reader.postings(field, words[i]), wanted):
                    shifted = {p - i for p in positions}
                    if starts is not None:
                        shifted &= starts[doc]
                    if shifted:
                        found[doc] = shifted
                starts = found
                if not starts:
                    break
            for doc in starts or ():
                yield doc + offset


def _alternatives(q):
    """The subqueries of an Or, nested Ors flattened."""
    for sub in q.subqueries:
        if isinstance(sub, wq.Or):
            yield from _alternatives(sub)
        else:
            yield sub


def _inside(short, long) -> bool:
    """True when the word list `short` appears, contiguous, in `long`."""
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def needed_alternatives(q) -> list:
    """The alternatives of an Or whose documents the others do not already cover.

    A phrase's documents all hold each of its words: next to one of its words in the
    same field (or a shorter phrase found inside it), the phrase adds nothing to the
    union, and its positions need not be checked.
    """
    subs = list(_alternatives(q))
    terms = {(s.fieldname, s.text) for s in subs if isinstance(s, wq.Term)}
    phrases = [s for s in subs if isinstance(s, wq.Phrase) and s.slop == 1]

    def covered(p):
        words = list(p.words)
        if any((p.fieldname, w) in terms for w in words):
            return True
        return any(
            o.fieldname == p.fieldname
            and len(o.words) < len(words)
            and _inside(list(o.words), words)
            for o in phrases
        )

    return [s for s in subs if not (isinstance(s, wq.Phrase) and covered(s))]


def _decode_positions(value: bytes):
    """Whoosh's Positions.decode_positions, inlined (count, then pickled deltas)."""
    if not value.endswith(b"."):
        value += b"."
    return accumulate(loads(value[_INT_SIZE:]))


def _positions(matcher, wanted):
    """Yield (local docnum, positions) for the documents of `wanted` in a posting list.

    Reads the list a block at a time, skipping blocks that hold none of `wanted`
    without decompressing them (the generic skip_to/value_as path is a fallback).
    """
    if isinstance(matcher, FilterMatcher):  # deleted documents: never among `wanted`
        matcher = matcher.child
    if not wanted:
        return
    if not all(hasattr(matcher, a) for a in ("_read_ids", "_read_values", "_maxid")):
        for doc in sorted(wanted):
            if not matcher.is_active():
                return
            if matcher.id() < doc:
                matcher.skip_to(doc)
                if not matcher.is_active():
                    return
            if matcher.id() == doc:
                yield doc, matcher.value_as("positions")
        return
    low, high = min(wanted), max(wanted)
    while matcher.is_active():
        if matcher._maxid >= low:
            matcher._read_ids()
            ids = matcher._ids
            if ids[0] > high:
                return
            values = None
            for n, doc in enumerate(ids):
                if doc in wanted:
                    if values is None:
                        matcher._read_values()
                        values = matcher._values
                    yield doc, _decode_positions(values[n])
        matcher._next_block()
