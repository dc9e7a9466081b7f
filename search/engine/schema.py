"""Haystack fields -> Whoosh schema, and Python values -> what the index holds."""

import contextlib
import threading
from datetime import UTC, date, datetime

from django.utils.encoding import force_str
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SearchBackendError
from haystack.fields import FacetField
from whoosh.fields import DATETIME, IDLIST, NUMERIC, STORED, TEXT, Schema
from whoosh.fields import ID as WHOOSH_ID

from ..analysis import english_analyzer, fast_analysis, french_analyzer

# Multi-valued fields are joined with a unit separator: names may contain commas.
MULTI_SEPARATOR = "\x1f"
CONTENT_FIELDS = ("text", "text_en")


class AnalysedText(TEXT):
    """TEXT whose indexing (terms, positions, spelling words) takes the fast path.

    Queries still go through the analyzer; indexing gives the same terms and positions
    from search.analysis.FastAnalysis, without a Token object per word.
    """

    def __init__(self, language: str, **options):
        super().__init__(**options)
        self.language = language

    def index(self, value, **kwargs):
        if not isinstance(value, str):
            yield from super().index(value, **kwargs)
            return
        fmt = self.format
        boost = fmt.field_boost
        for term, positions in fast_analysis(self.language).positions(value).items():
            yield (
                term.encode("utf-8"),
                len(positions),
                len(positions) * boost,
                fmt.encode(positions),
            )

    def spellable_words(self, value):
        if not isinstance(value, str):
            return super().spellable_words(value)
        words = fast_analysis(self.language).words(value)
        seen = _SPELLING.seen
        if seen is not None:  # a batch: each word once (Whoosh posts them all to doc 0)
            words -= seen
            seen |= words
        return iter(sorted(words))


class _Spelling(threading.local):
    seen = None


_SPELLING = _Spelling()


@contextlib.contextmanager
def spelling_batch():
    """Inside, each spelling word is given to the writer once, not once per document."""
    previous, _SPELLING.seen = _SPELLING.seen, set()
    try:
        yield
    finally:
        _SPELLING.seen = previous


def _idlist():
    return IDLIST(stored=True, expression=f"[^{MULTI_SEPARATOR}]+")


def build_schema(fields) -> tuple[str, Schema]:
    """Return (content field name, schema) for Haystack's unified fields.

    Facet (`*_exact`) fields are untokenised, so a facet counts "Sergueï Lavrov", not
    "serguei" and "lavrov"; fields declared `indexed=False` are only stored.
    """
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
            schema_fields[name] = _idlist() if field.is_multivalued else WHOOSH_ID(stored=True)
        elif not field.indexed:
            schema_fields[name] = STORED()
        elif field.is_multivalued:
            schema_fields[name] = _idlist()
        elif field.field_type in ("date", "datetime"):
            schema_fields[name] = DATETIME(stored=field.stored, sortable=True)
        elif field.field_type in ("integer", "float"):
            numtype = int if field.field_type == "integer" else float
            schema_fields[name] = NUMERIC(stored=field.stored, numtype=numtype, sortable=True)
        else:
            english = name.endswith("_en")
            schema_fields[name] = AnalysedText(
                "en" if english else "fr",
                stored=False,
                analyzer=english_analyzer() if english else french_analyzer(),
                multitoken_query="phrase",
                spelling=name in CONTENT_FIELDS,
                field_boost=field.boost,
            )
    if not content_field_name:
        raise SearchBackendError("No document field was found in any search index.")
    return content_field_name, Schema(**schema_fields)


def from_python(value, fallback):
    """Return `value` as the index holds it (`fallback` for what is not ours to convert)."""
    if isinstance(value, datetime):
        # Whoosh's DATETIME is naive: index UTC.
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, list | tuple | set):
        return MULTI_SEPARATOR.join(force_str(v) for v in value)
    return fallback(value)
