"""One fix to Whoosh 2.7.4, applied when the backend is imported.

`W3PerDocReader._cached_reader` caches a field's length column once found, but not its
absence: for fields without lengths (the `spell_*` fields, IDs) every call checks the
file system again. Flushing a segment asks for a length per posting, so indexing paid
one `os.path.exists` per posting of those fields (a third of the commit's time).
"""

from whoosh.codec import whoosh3

_MISSING = object()


def _cached_reader(self, fieldname, column):
    reader = self._readers.get(fieldname, _MISSING)
    if reader is _MISSING:
        reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        self._readers[fieldname] = reader
    return reader


def apply() -> None:
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
