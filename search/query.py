"""The search box's query language, read tolerantly and compiled for the backend.

    négociations Arménie          every word is required
    "cessez le feu"               an exact phrase (« … » and “ … ” work too)
    Poutine OR Medvedev           either
    -Lavrov   NOT Lavrov          exclusion
    speaker:Lavrov  orateur:"Sergueï Lavrov"  source:Xinhua  langue:en
    date:2020-01..2020-12   date:2020   date:..2021-06   date:2020-03-05

Nothing here raises: an unknown field, an unbalanced quote or stray punctuation is
searched literally, and `ParsedQuery.notes` says what was read differently.
"""

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from .analysis import ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS, fold_accents

STOP_WORDS = FRENCH_STOP_WORDS | ENGLISH_STOP_WORDS

FIELDS = {
    "speaker": "speakers",
    "orateur": "speakers",
    "speakers": "speakers",
    "source": "sources",
    "lang": "languages",
    "langue": "languages",
    "language": "languages",
    "date": "date",
}
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"'})
_TOKEN = re.compile(
    r"(?P<sign>[-+]*)(?:(?P<field>[^\W\d_]+):)?"
    r'(?:"(?P<phrase>[^"]*)(?P<close>"?)|(?P<word>[^\s"]+))'
)
# Everything but letters, digits, apostrophes and inner hyphens/dots/commas separates words.
_SEPARATORS = re.compile(r"[^\w'’\-.,]+")


@dataclass
class Term:
    text: str
    phrase: bool = False
    origin: str = ""  # "" as typed, "variant" or "fuzzy" when added by expansion

    def compile(self, fields=()) -> str:
        """The backend's query for this term: the content fields, and `fields` too."""
        text = self.text.replace('"', " ").replace("\\", " ").strip()
        if not fields:
            return f'"{text}"'
        return "({})".format(" OR ".join([f'"{text}"', *(f'{f}:"{text}"' for f in fields)]))


@dataclass
class Group:
    """Alternatives: a document must match one of them."""

    terms: list[Term]

    def compile(self, fields=()) -> str:
        parts = [t.compile(fields) for t in self.terms]
        return parts[0] if len(parts) == 1 else "({})".format(" OR ".join(parts))

    @property
    def typed(self) -> list[Term]:
        return [t for t in self.terms if not t.origin]


@dataclass
class ParsedQuery:
    groups: list[Group] = field(default_factory=list)
    excluded: list[Group] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def has_terms(self) -> bool:
        return bool(self.groups or self.excluded)

    def compile(self, fields=()) -> str:
        """Return the backend query string ("*" when only filters were given); each word
        is looked for in the content fields and in `fields`."""
        parts = [g.compile(fields) for g in self.groups]
        parts += [f"NOT {g.compile(fields)}" for g in self.excluded]
        return " ".join(parts) if self.groups else " ".join(["*", *parts])

    def added_terms(self) -> list[Term]:
        """The spellings the search added to what was typed ("également : …")."""
        seen, added = set(), []
        for group in self.groups:
            for term in group.terms:
                if term.origin and term.text.lower() not in seen:
                    seen.add(term.text.lower())
                    added.append(term)
        return added


def _words(text: str) -> list[str]:
    words = []
    for chunk in _SEPARATORS.split(text):
        chunk = chunk.strip("-.,'’")
        if chunk:
            words.append(chunk)
    return words


def parse_query(text: str) -> ParsedQuery:
    """Return the structure of a search-box query; never raises."""
    parsed = ParsedQuery()
    text = (text or "").translate(_QUOTES)[:1000]
    join_next, negate_next = False, False
    for match in _TOKEN.finditer(text):
        sign, fieldname = match["sign"], (match["field"] or "").lower()
        is_phrase = match["phrase"] is not None
        value = match["phrase"] if is_phrase else match["word"]
        if is_phrase and not match["close"]:
            parsed.notes.append(
                _("Guillemet non fermé : la fin de la requête est lue comme une expression.")
            )
        if not fieldname and not is_phrase and not sign:
            if value in ("OR", "OU", "|", "||"):
                join_next = bool(parsed.groups)
                continue
            if value in ("AND", "ET", "&&", "+"):
                continue
            if value == "NOT":
                negate_next = True
                continue
        negated = negate_next or sign.startswith("-")
        negate_next = False
        if fieldname and fieldname in FIELDS:
            _apply_field(parsed, FIELDS[fieldname], value.strip(), fieldname)
            join_next = False
            continue
        if fieldname:  # an unknown field: search the words
            value = f"{match['field']} {value}"
        terms = (
            [Term(value.strip(), phrase=True)]
            if is_phrase and value.strip()
            else [Term(w) for w in _words(value)]
        )
        for term in terms:
            if negated:
                parsed.excluded.append(Group([term]))
            elif join_next and parsed.groups:
                parsed.groups[-1].terms.append(term)
            else:
                parsed.groups.append(Group([term]))
            join_next = False
    meaningful = [g for g in parsed.groups if not _is_stop_word(g)]
    if meaningful:  # "Conseil de sécurité": "de" is in no index, in neither language
        parsed.groups = meaningful
    return parsed


def _is_stop_word(group: Group) -> bool:
    """A lone unquoted word that one of the languages never indexes ("de", "the")."""
    if len(group.terms) != 1 or group.terms[0].phrase:
        return False
    return fold_accents(group.terms[0].text.lower()) in STOP_WORDS


def _apply_field(parsed: ParsedQuery, name: str, value: str, typed: str) -> None:
    if not value:
        return
    if name == "date":
        bounds = parse_date_range(value)
        if bounds is None:
            parsed.notes.append(
                _("Date non reconnue « %(text)s » : cherchée comme texte.") % {"text": value}
            )
            parsed.groups.extend(Group([Term(w)]) for w in _words(value))
        else:
            parsed.date_from, parsed.date_to = bounds
        return
    getattr(parsed, name).append(value)


_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
_FRENCH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date_bound(text: str, end: bool = False) -> date | None:
    """Return the first (or, with `end`, the last) day of "2020", "2020-03", "2020-03-05"
    or "05/03/2020"; None when it is not a date."""
    text = (text or "").strip()
    if m := _FRENCH_DATE.match(text):
        text = f"{m[3]}-{m[2]}-{m[1]}"
    m = _DATE.match(text)
    if not m:
        return None
    year = int(m[1])
    try:
        if m[3]:
            return date(year, int(m[2]), int(m[3]))
        if m[2]:
            month = int(m[2])
            day = calendar.monthrange(year, month)[1] if end else 1
            return date(year, month, day)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError:
        return None


def parse_date_range(text: str) -> tuple[date | None, date | None] | None:
    """Return (from, to) for "A..B", "A..", "..B" or "A" (the whole of A); None if invalid."""
    start_text, sep, end_text = text.partition("..")
    if not sep:
        end_text = start_text
    start = parse_date_bound(start_text) if start_text else None
    end = parse_date_bound(end_text, end=True) if end_text else None
    if (start_text and start is None) or (end_text and end is None) or not (start or end):
        return None
    if start and end and start > end:  # "2020-03..2020-01": the user means Jan to March
        start, end = parse_date_bound(end_text), parse_date_bound(start_text, end=True)
    return start, end
