"""One long-lived searcher per backend, and the caches that live as long as it does.

The searcher is reopened only when the index changed (another process committed, or
this one wrote). Everything computed from it — filter document sets, term document
sets, facet and date tables, the result memo — is keyed by, or cleared with, its
generation. Per-segment tables survive a refresh: segments never change once written.
"""

import threading
from collections import OrderedDict


class SizedCache:
    """A least-recently-used mapping bounded by entry count and by total weight."""

    def __init__(self, entries: int, weight: int = 0):
        self.entries, self.max_weight = entries, weight
        self.data = OrderedDict()
        self.weight = 0
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            value = self.data.get(key)
            if value is not None:
                self.data.move_to_end(key)
            return value

    def put(self, key, value, weight: int = 1):
        with self.lock:
            old = self.data.pop(key, None)
            if old is not None:
                self.weight -= old[1]
            self.data[key] = (value, weight)
            self.weight += weight
            while self.data and (
                len(self.data) > self.entries or (self.max_weight and self.weight > self.max_weight)
            ):
                _, (_, dropped) = self.data.popitem(last=False)
                self.weight -= dropped
            return value

    def lookup(self, key):
        entry = self.get(key)
        return None if entry is None else entry[0]

    def clear(self):
        with self.lock:
            self.data.clear()
            self.weight = 0


class SearcherMixin:
    """`searcher()` returns an up-to-date searcher; `generation` identifies its index."""

    def _init_caches(self):
        self._lock = threading.RLock()
        self._searcher = None
        self.generation = None
        self._segment_values = {}  # (segment id, field) -> tuple of values per doc
        self._doc_values = {}  # field -> values per global docnum (current searcher)
        self._filters = SizedCache(64, 4_000_000)  # narrow query -> docnum set
        self._termsets = SizedCache(512, 6_000_000)  # (field, text) -> docnum set
        self._memo = SizedCache(32)  # search key -> (limit, total, top, facets)
        self._parsed = SizedCache(64)  # query string -> Whoosh query (count, then page)
        self._related = SizedCache(2000)  # article id -> related ids

    def _forget_searcher_caches(self):
        self._doc_values = {}
        self._filters.clear()
        self._termsets.clear()
        self._memo.clear()
        self._parsed.clear()
        self._related.clear()

    def _reset_searcher(self):
        with self._lock:
            self._searcher = None
            self.generation = None
            self._forget_searcher_caches()

    def searcher(self):
        """Return a searcher on the latest index, reusing the last one if nothing changed."""
        if not self.setup_complete:
            self.setup()
        with self._lock:
            if self._searcher is None:
                self._searcher = self.index.searcher()
                self._forget_searcher_caches()
            elif not self._searcher.up_to_date():
                self._searcher = self._searcher.refresh()
                self._forget_searcher_caches()
            self.generation = self._searcher.reader().generation()
            return self._searcher

    def segment_table(self, searcher, field, build):
        """Return a list: global docnum -> build(segment reader, field)[local docnum].

        Built per segment (and kept across refreshes), joined per searcher.
        """
        key = (build.__name__, field)
        table = self._doc_values.get(key)
        if table is not None:
            return table
        table, current = [], set()
        for sub, _offset in searcher.leaf_searchers():
            reader = sub.reader()
            segment = getattr(reader, "segment", lambda: None)()
            seg_id = segment.segment_id() if segment else id(reader)
            current.add(seg_id)
            values = self._segment_values.get((seg_id, *key))
            if values is None:
                values = build(reader, field)
                self._segment_values[(seg_id, *key)] = values
            table.extend(values)
        self._doc_values[key] = table
        for stale in [k for k in self._segment_values if k[0] not in current]:
            del self._segment_values[stale]  # segments merged away
        return table
