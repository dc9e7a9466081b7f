"""Posting lists read a block at a time, and BM25 computed over the hit set only.

Whoosh's matchers cost several microseconds per posting (a Python call per document
per query node); a page needs its 20 best hits, not a matcher tree walked over every
hit. Here each term's posting list is decoded block by block into two arrays (global
docnums, term frequencies), cached per index generation, and gives both the term's
document set and its BM25 contributions:

    score(d) = Σ over terms t: boost · idf(t) · tf·(K1+1) / (tf + K1·(1−B+B·len(d)/avglen))

which is Whoosh's BM25F with its defaults (B=0.75, K1=1.2), its idf and its field
lengths (the same quantised length column), so rankings match Whoosh's own.
"""

import heapq
from array import array
from collections import Counter
from itertools import accumulate, compress
from operator import itemgetter

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

K1, B = 1.2, 0.75
_LENGTHS = [byte_to_length(i) for i in range(256)]


def read_postings(searcher, field: str, text) -> tuple[array, array]:
    """Return (global docnums, term frequencies) of a term, deleted documents left out."""
    ids, weights = array("i"), array("f")
    if field not in searcher.schema:
        return ids, weights
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        if (field, text) not in reader:
            continue
        matcher = reader.postings(field, text)
        deleted = None
        if isinstance(matcher, FilterMatcher):
            deleted, matcher = matcher._ids, matcher.child
        if hasattr(matcher, "_read_ids") and hasattr(matcher, "_next_block"):
            while matcher.is_active():
                block, freqs = _read_block(matcher)
                if deleted:
                    pairs = [(d, w) for d, w in zip(block, freqs, strict=True) if d not in deleted]
                    block, freqs = [p[0] for p in pairs], [p[1] for p in pairs]
                ids.extend(map(offset.__add__, block) if offset else block)
                weights.extend(freqs)
                matcher._next_block()
        else:  # another codec: the generic, slower way
            while matcher.is_active():
                if not deleted or matcher.id() not in deleted:
                    ids.append(matcher.id() + offset)
                    weights.append(matcher.weight())
                matcher.next()
    return ids, weights


def _read_block(matcher):
    """Return the ids and weights of a whoosh3 matcher's current block (ids delta-decoded
    with `accumulate`, not Whoosh's Python generator)."""
    if matcher._data is None:
        matcher._read_data()
    ids = matcher._data[0]
    if not matcher._byteids:
        ids = list(accumulate(ids))
    matcher._read_weights()
    return ids, matcher._weights


def field_lengths(reader, field):
    """Return, for each document of one segment, its (quantised) length in `field`."""
    perdoc = getattr(reader, "_perdoc", None)
    column = perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN) if perdoc else None
    if column is None:
        return [reader.doc_field_length(d, field, 1) for d in range(reader.doc_count_all())]
    return [_LENGTHS[b] for b in column]


def scoring_terms(q, boost: float = 1.0):
    """Return [(field, text, boost)] ranking the hits of `q`, or None if not only terms.

    Phrases count as their words (the hit set holds only true phrase matches);
    exclusions and "everything" do not rank.
    """
    if isinstance(q, wq.Term):
        return [(q.fieldname, q.text, boost * q.boost)]
    if isinstance(q, wq.Phrase):
        return [(q.fieldname, w, boost * q.boost) for w in q.words]
    if isinstance(q, wq.Every | wq.Not):
        return []
    if isinstance(q, wq.AndNot | wq.AndMaybe | wq.Require):
        return scoring_terms(q.a, boost * q.boost)
    if isinstance(q, wq.And | wq.Or):
        found = []
        for sub in q.subqueries:
            terms = scoring_terms(sub, boost * q.boost)
            if terms is None:
                return None
            found.extend(terms)
        return found
    return None


def _weights(backend, searcher, field: str, text, boost: float):
    """Return (idf·boost·(K1+1), a, c, lengths): score = top·tf / (tf + a + c·length)."""
    idf = searcher.idf(field, text) * boost
    avg = searcher.avg_field_length(field) or 1.0
    lengths = backend.segment_table(searcher, field, field_lengths)
    return idf * (K1 + 1), K1 * (1 - B), K1 * B / avg, lengths


def top_bm25(backend, searcher, terms, hits, limit: int) -> list[tuple[int, float]]:
    """Return the `limit` best (docnum, score) among `hits` for the query `terms`."""
    scores = {}
    get = scores.get
    repeated = {t for t, n in Counter(terms).items() if n > 1}
    kept = {}  # a term met again (a word, and a phrase holding it): computed once
    for term in terms:
        if term in kept:
            for d, w in kept[term]:
                scores[d] = get(d, 0.0) + w
            continue
        ids, freqs = backend.postings(searcher, term[0], term[1])
        if not ids:
            continue
        top, a, c, lengths = _weights(backend, searcher, *term)
        pairs = zip(ids, freqs, strict=True)
        if term in repeated or 2 * len(hits) < len(ids):
            # Postings outside the hits dropped at C speed, not tested one by one.
            pairs = compress(pairs, map(hits.__contains__, ids))
            found = [(d, top * tf / (tf + a + c * lengths[d])) for d, tf in pairs]
            kept[term] = found
            for d, w in found:
                scores[d] = get(d, 0.0) + w
        else:
            for d, tf in pairs:
                if d in hits:
                    scores[d] = get(d, 0.0) + top * tf / (tf + a + c * lengths[d])
    return heapq.nlargest(limit, scores.items(), key=itemgetter(1))
