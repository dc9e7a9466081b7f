"""Facet counts: a per-segment table docnum -> values, counted over the hit set.

The table of a segment is built once from the field's posting lists (segments never
change), so a search costs one look-up per hit, not a rescan of the postings. All the
facets of a search are counted in one pass: the table holds, per document, one key
per (facet, value), a string shared by every document with that value.
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


SEPARATOR = "\x00"  # between the facet's position and the value, in a combined key


def combined_values(reader, fields: str):
    """Return, for each document of one segment, its keys "i\x00value" for the facet
    fields `fields` (joined by SEPARATOR); i is the field's position."""
    keys = {}
    columns = []
    for i, field in enumerate(fields.split(SEPARATOR)):
        column = segment_values(reader, field)
        columns.append(
            [tuple(keys.setdefault((i, v), f"{i}{SEPARATOR}{v}") for v in vs) for vs in column]
        )
    return [tuple(chain.from_iterable(row)) for row in zip(*columns, strict=True)]


class FacetMixin:
    def _count_facets(self, searcher, fields, docset) -> dict:
        """Return {field: [(value, count)], most frequent first} over `docset`."""
        known = [f for f in fields if f in self.schema]
        found = {f: [] for f in fields}
        if not known:
            return found
        table = self.segment_table(searcher, SEPARATOR.join(known), combined_values)
        counts = Counter(chain.from_iterable(map(table.__getitem__, docset)))
        for key, n in counts.items():
            i, _, value = key.partition(SEPARATOR)
            found[known[int(i)]].append((value, n))
        for values in found.values():
            values.sort(key=lambda item: (-item[1], item[0]))
        return found

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
