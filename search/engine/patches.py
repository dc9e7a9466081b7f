"""Two fixes to Whoosh 2.7.4's per-document reader, applied when the backend is imported.

Flushing a segment asks for the field length of every posting it writes:

- `_cached_reader` caches a field's length column once found, but not its absence:
  for fields without lengths (the `spell_*` fields, IDs) every call checked the file
  system again (a third of the commit's time);
- `doc_field_length` decoded one byte per call through a column reader; it now decodes
  a field's column once per reader into a list.
"""

from whoosh.codec import whoosh3
from whoosh.util.numeric import byte_to_length

_MISSING = object()


def _cached_reader(self, fieldname, column):
    reader = self._readers.get(fieldname, _MISSING)
    if reader is _MISSING:
        reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        self._readers[fieldname] = reader
    return reader


_BYTE_LENGTHS = [None] + [byte_to_length(i) for i in range(1, 256)]


def _doc_field_length(self, docnum, fieldname, default=0):
    if docnum > self._doccount:
        raise IndexError(f"Asked for docnum {docnum!r} of {self._doccount}")
    tables = self.__dict__.setdefault("_length_tables", {})
    table = tables.get(fieldname, _MISSING)
    if table is _MISSING:
        column = self._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
        table = None if column is None else [_BYTE_LENGTHS[b] for b in column]
        tables[fieldname] = table
    if table is None:
        return default
    return table[docnum]


def apply() -> None:
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
    whoosh3.W3PerDocReader.doc_field_length = _doc_field_length
