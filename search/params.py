"""Clean the search parameters of a URL before anything reads them.

Whatever arrives in the query string (control characters, NUL, a 100 KB query, a value
repeated ten times) becomes a plain, bounded text value; each change is reported as a
note shown on the page, never as an error.
"""

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# Longest query read (the query parser reads no further) and longest filter value.
MAX_QUERY_LENGTH = 1000
MAX_VALUE_LENGTH = 200
TEXT_PARAMS = ("q", "speaker", "source", "language", "year", "month", "from", "to")
LABELS = {
    "q": gettext_lazy("la recherche"),
    "speaker": gettext_lazy("l'orateur"),
    "source": gettext_lazy("la source"),
    "language": gettext_lazy("la langue"),
    "year": gettext_lazy("l'année"),
    "month": gettext_lazy("le mois"),
    "from": gettext_lazy("la date de début"),
    "to": gettext_lazy("la date de fin"),
}

# C0 and C1 control characters (tab, line feeds and carriage returns become spaces),
# lone surrogates and the two non-characters XML 1.0 cannot hold.
_SPACES = re.compile(r"[\t\n\r\x0b\x0c\x85]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def remove_control_characters(text: str) -> str:
    """Return `text` with line breaks and tabs as spaces and other control characters gone."""
    return _CONTROL.sub("", _SPACES.sub(" ", text))


def clean_search_params(data) -> tuple[dict, list[str]]:
    """Return ({name: clean value} for the text parameters present in `data` (a QueryDict
    or dict; a repeated parameter keeps its last value, as Django reads it), notes)."""
    values, notes = {}, []
    for name in TEXT_PARAMS:
        if name not in data:
            continue
        raw = data.get(name)
        value = remove_control_characters(raw if isinstance(raw, str) else "")
        if _CONTROL.search(raw or ""):
            notes.append(_("Caractères de contrôle retirés de %(what)s.") % {"what": LABELS[name]})
        limit = MAX_QUERY_LENGTH if name == "q" else MAX_VALUE_LENGTH
        if len(value) > limit:
            value = value[:limit]
            count = f"{limit:,}".replace(",", "\u202f")
            notes.append(
                _("Seuls les %(count)s premiers caractères de %(what)s sont lus.")
                % {"count": count, "what": LABELS[name]}
            )
        values[name] = value
    return values, notes
