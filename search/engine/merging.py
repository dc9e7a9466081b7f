"""When segments are merged: rarely, and only small ones.

Whoosh merges segments in Python, posting by posting: about 9 CPU ms per article
merged on this machine, more than indexing the article in the first place (~6 ms). Its
default policy (MERGE_SMALL) also ends up merging the largest segments again every
twenty commits or so, which made an import slow down as the index grew. Here:

- a segment of at least BIG_DOCS documents (a bulk import writes segments of 1,000
  articles and more, about 7,000 documents with their statements) is never merged
  automatically: searches handle a few dozen such segments well;
- smaller segments (a live save writes one per commit) are merged by tiers: once TIER
  of them have the same order of magnitude of documents, they become one.
"""

import math

from whoosh.reading import SegmentReader

BIG_DOCS = 5000
TIER = 10


def merge_small_segments(writer, segments):
    """A Whoosh `mergetype`: merge full tiers of small segments, keep the rest."""
    kept, tiers = [], {}
    for segment in segments:
        docs = segment.doc_count_all()
        if docs >= BIG_DOCS:
            kept.append(segment)
        else:
            tiers.setdefault(int(math.log10(max(docs, 1))), []).append(segment)
    for tier in tiers.values():
        if len(tier) < TIER:
            kept.extend(tier)
            continue
        for segment in tier:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
    return kept
