"""Facet counts: a per-segment table docnum -> values, counted over the hit set.

The table of a segment is built once from the field's posting lists (segments never
change), so a search costs one look-up per hit and facet, not a rescan of the postings.
"""

from collections import Counter
from itertools import chain

from django.utils.encoding import force_str


def segment_values(reader, field):
    """Return, for each document of one segment, the tuple of its values in `field`."""
    values = [()] * reader.doc_count_all()
    try:
        lexicon = list(reader.lexicon(field))
    except Exception:  # the segment has no such field
        return values
    for btext in lexicon:
        value = (force_str(btext),)
        for docnum in reader.postings(field, btext).all_ids():
            values[docnum] = values[docnum] + value if values[docnum] else value
    return values


class FacetMixin:
    def _count_facet(self, searcher, field, docset):
        if field not in self.schema:
            return []
        table = self.segment_table(searcher, field, segment_values)
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
