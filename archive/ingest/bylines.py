"""Bylines: who wrote the article and for which outlet, read from one line.

"Par Jean Dupont", "By Jane Roe, BBC News", "De notre correspondante à Moscou, Anne Roy",
"Andrew Roth in Moscow", "Jane Roe | 20 September 2023", "Ana Souza Published March 3,
2022 | 10:15 AM", "Par : FRANCE 24", "By Reuters Staff". `read_byline` is what the
boilerplate step stores on a removed byline line; metadata reads it from there.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .dates import find_dates, is_date_line
from .names import not_in_names
from .sources import SourceEntry, is_place, lookup_source, outlet_credit
from .textshape import ends_sentence, fold_keep, n_words, words
from .textshape import folded as fold
from .uitext import FURNITURE, MENU_WORDS, SECTION_WORDS

_PARTICLES = frozenset(FURNITURE["name_particles"])
_FIRST_NAMES = json.loads((Path(__file__).parent / "data" / "firstnames.json").read_text("utf-8"))
FIRST_NAMES = frozenset(_FIRST_NAMES["female"]) | frozenset(_FIRST_NAMES["male"])
_NOT_NAMES = frozenset(FURNITURE["not_names"])

# "Avec notre correspondante à Moscou, Anissa El Jabri", "From our correspondent in Kyiv, X".
CORRESPONDENT = re.compile(
    r"""
    ^(?:avec|de|d'|par|from|with|by)\s*(?:notre|nos|our|la|the)\s+
    (?:
        (?:grand\ |grande\ |special\ |speciale\ |regional\ |foreign\ |senior\ |bureau\ )?
        (?:correspondante?s?|correspondents?|envoyee?s?\ speciale?s?|envoyee?s?|reporters?|
           special\ correspondents?|bureau)
      | equipe | team
    )\b
    (?P<place>[^,]{0,50}?)                       # "à Moscou", "in Kyiv"
    (?:\s*[,:\-–—]\s*(?P<name>.+?))?\s*\.?$
    """,
    re.VERBOSE,
)

BYLINE = re.compile(
    r"""
    ^(?:par|by|auteur|auteure|author|written\ by|ecrit\ par|redige\ par|de\ notre\ correspondante?|
       propos\ recueillis\ par|reporting\ by|reported\ by|un\ texte\ de|texte|posted\ by|
       article\ redige\ par|article\ redigee\ par|redigee\ par|
       publie\ par|publiee\ par|mis\ en\ ligne\ par)
    \b\s*[:\-–]?\s*(?P<name>.+)$
    """,
    re.VERBOSE,
)

_NAME_LINE = re.compile(
    r"""
    ^(?P<name>
        [A-ZÀ-Ý][\w'’.-]+
        (?:\s+(?:(?:de|da|di|van|von|der|al|el|le|la|bin|ben)\s+)?[A-ZÀ-Ý][\w'’.-]+){1,3}
    )
    (?:\s+(?:in|at|from|à|a|en|depuis|,)\s*[A-ZÀ-Ý][\w'’\ -]{1,30})?$   # "… in Moscow"
    """,
    re.VERBOSE,
)

_NOT_OUTLET = re.compile(
    r"""
    \b(?:correspondante?s?|correspondents?|envoyee?s?|editor|editrice|redacteur|redactrice|
       reporter|writer|journaliste|journalist|chroniqueur|chroniqueuse|columnist|staff|bureau|
       chef|cheffe|chief|head|senior|analyst|analyste|professeur|professor|directeur|director|
       in|a|au|en|at|from|et|and|with|avec|pour|for)\b
    """,
    re.VERBOSE,
)
# Words that make a name an outlet's: "Canal Monde 24", "Radio Horizon", "Lagos Times".
_MEDIA = re.compile(
    r"""
    \b(?:TV|Télé|Tele|Radio|Canal|Channel|News|Info|Infos|Press|Presse|Journal|Times|Post|
       Herald|Tribune|Gazette|Courier|Courrier|Dispatch|Monitor|Observer|Observateur|Express|
       Matin|Soir|Hebdo|Daily|Weekly|Media|Médias|Agency|Agence|Wire)\b|\b\d{1,3}$
    """,
    re.VERBOSE,
)
_SITE_NAME = re.compile(r"^[A-Za-z][\w-]{2,}\.(?:fr|com|net|org|info|cd|ca|be|ch|ma|dz|tn|sn|ci)$")
_BYLINE_LEAD = re.compile(r"^(?:par|by|de|from|source)\s*:?\s+", re.I)
_DATE_WORDS = re.compile(
    r"""
    \b(?:published|posted|updated|last\ updated|publie|publiee|mis\ a\ jour|mise\ a\ jour|
       le|on|at|a|the)\b
    | \b(?:il\ y\ a\ )?\d+\s+(?:seconds?|secondes?|min|mins|minutes?|hours?|heures?|days?|jours?)
      (?:\ ago)?\b                                             # "10 seconds ago"
    | \b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mer|jeu|ven|sam|dim|
         monday|tuesday|wednesday|thursday|friday|saturday|sunday|
         lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b\.?
    | [|•·,–—-]
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Byline:
    """What a byline line says: the author, and the outlet or agency it writes for."""

    author: str | None = None
    outlet: str | None = None
    agency: str | None = None


def correspondent_line(line: str) -> tuple[str | None] | None:
    """(name or None,) for a correspondent's byline ("De notre correspondant à Bruxelles,
    Jean Dupont", "With our correspondent in Kyiv"), None for any other line."""
    low = fold(line).strip()
    if not low.startswith(("avec", "de", "d'", "par", "from", "with", "by")):
        return None
    m = CORRESPONDENT.match(low)
    if not m or n_words(line) > 16 or n_words(m["place"]) > 6:
        return None
    if not m["name"]:
        return (None,)
    raw = line.strip().rstrip(" .")[m.start("name") :]
    raw = re.split(r"\s*[|;–—]\s*|\s+-\s+|\s+(?:et|and)\s+", raw)[0].strip(" .")
    tokens = words(raw)
    if not tokens or len(tokens) > 5 or not all(t[0].isupper() or t in _PARTICLES for t in tokens):
        return None
    return (raw,)


def byline_name(line: str) -> str | None:
    """Return the author named by a byline ("Par X", "By X", "Author: X"), or None."""
    found = correspondent_line(line)
    if found is not None:
        return found[0]
    m = BYLINE.match(fold(line).strip())
    if not m or n_words(line) > 14:
        return None
    start = len(line) - len(line.lstrip())
    offset = m.start("name") + start
    raw = line.strip()[m.start("name") :] if offset else line.strip()
    raw = _after_outlet(raw)
    raw = re.split(
        r"\s*[|,;–—(•·]\s*|\s+-\s+|\s+(?:et|and|avec|with|in|at|a|à|en|dans|depuis)\s+", raw
    )[0].strip(" .")
    raw = _drop_job(raw)
    if not raw or desk_byline(line):
        return None  # "By Staff Reporter, Gulf News": a desk, not a person
    tokens = words(raw)
    if not tokens or len(tokens) > 5 or not raw[0].isupper() or _NOT_NAMES & set(words(fold(raw))):
        return None
    if ends_sentence(line) and n_words(line) > 6:
        return None
    if not all(t[0].isupper() or t in _PARTICLES for t in tokens):
        return None
    return raw


def _after_outlet(raw: str) -> str:
    """ "franceinfo - A. Mercier" (« Article rédigé par franceinfo - A. Mercier »): the
    name after the outlet the byline names first."""
    head, sep, rest = raw.partition(" - ")
    return rest.strip() if sep and rest.strip() and lookup_source(head.strip()) else raw


def desk_byline(line: str) -> bool:
    """True for a byline that names a desk, not a person ("By Staff Reporter, Gulf News",
    « Par la rédaction »)."""
    m = BYLINE.match(fold(line).strip())
    if not m or n_words(line) > 10:
        return False
    head = re.split(r"\s*[|,;–—(]\s*|\s+-\s+", m["name"])[0]
    return bool(
        re.fullmatch(
            r"(?:(?:our|the|la|notre)\s+)?(?:[a-z]+\s+)?(?:staff|desk|redaction|"
            r"newsroom|staff\s+reporters?|reporters?|correspondents?|"
            r"correspondante?s?|editors?)",
            head.strip(),
        )
    )


def _drop_job(raw: str) -> str:
    """ "political reporter Jane Roe" -> "Jane Roe": the lower-case job words a byline puts
    before the name (kept whole when they name no press job)."""
    m = re.match(r"(?:[a-zà-ÿ][\w'’-]*\s+){1,4}(?=[A-ZÀ-Ý])", raw)
    if m and _PRESS_ROLE.search(fold(m.group())):
        return raw[m.end() :]
    return raw


def name_line(line: str) -> str | None:
    """The person a bare byline names ("Andrew Roth in Moscow", "Jane Roe"), or None."""
    m = _NAME_LINE.match(line.strip().removesuffix(","))  # "Jane Roe," above its date
    if not m or _NOT_NAMES & set(words(fold(m["name"]))):
        return None
    if _PRESS_ROLE.search(fold(m["name"])):
        return None  # "Political Correspondent", "Senior Foreign Editor": a job, no name
    tokens = m["name"].split()
    if any(t.endswith(("'s", "’s")) for t in tokens):
        return None  # "Spokesperson's Regular Press Conference"
    if any(lookup_source(" ".join(tokens[:n])) for n in range(1, len(tokens) + 1)):
        return None  # "Anadolu Agency DIPLOMACY": an outlet and a rubric
    rubric = [t for t in tokens if fold(t) in SECTION_WORDS or fold(t) in MENU_WORDS]
    if len(rubric) * 2 >= len(tokens):
        return None  # "Politics Country": rubric words
    if is_place(m["name"]):
        return None
    return m["name"]


def is_person_name(text: str) -> bool:
    """True for "First Last" whose first word is a known first name ("Ana Souza")."""
    tokens = text.split()
    return 2 <= len(tokens) <= 4 and fold(tokens[0]) in FIRST_NAMES and bool(name_line(text))


def dated_byline_name(text: str) -> str | None:
    """The author of a date line that carries a byline ("Jane Roe | 20 September 2023",
    "Mehmet Kaya | 22.09.2023 - Mise à jour : 22.09.2023"), or None."""
    if "|" not in text:
        return None
    parts = [p.strip() for p in text.split("|") if p.strip()]
    names = [p for p in parts if not is_date_line(p)]
    if len(names) != 1 or len(names) == len(parts) or lookup_source(names[0]):
        return None
    return name_line(names[0])


_SEGMENT = re.compile(r"\s+[|•·]\s+")
# A reading counter between a byline's segments ("Lu 2411 fois", "1,204 views").
_COUNTER = re.compile(
    r"^(?:lu|vu|read)?\s*\d[\d\s.,]*\s*(?:fois|times|vues?|views?|lectures?)$", re.I
)


def segmented_byline(text: str) -> str | None:
    """The author of a byline cut in segments by "|" or "•" where one segment is a date and
    one a byline or a person's name, in any order ("Publié le 22/05/2024 à 09:15 | par Ana
    Souza", "9 juillet 2024 • Ana Souza", "Par : Ana Souza - Site.com | 12 février, 2024 à
    17:40 | Lu 2411 fois"), or None. Any other segment must be a counter."""
    parts = [p.strip() for p in _SEGMENT.split(text.strip()) if p.strip()]
    if not 2 <= len(parts) <= 4 or n_words(text) > 24:
        return None
    author, dated = None, False
    for part in parts:
        if not dated and find_dates(part) and is_date_line(part):
            dated = True
        elif author is None and (name := byline_name(part) or name_line(part)):
            author = name
        elif not _COUNTER.match(part):
            return None
    return author if dated else None


def name_and_date(text: str) -> str | None:
    """The author of a line that is a name followed by a date ("Ana Souza Published March 3,
    2022 | 10:15 AM", "Jean Dupont 03 - 07 - 2020"), or None."""
    dates = find_dates(text, allow_numeric_partial=True)
    if not dates or n_words(text) > 16:
        return None
    head = text[: dates[0].start]
    if not head.strip() or not is_date_line(text[dates[0].start :]):
        return None
    low = fold_keep(head)  # one character per character: offsets hold in `head`
    kept = "".join(" " if ch == "\0" else head[i] for i, ch in enumerate(_blank(low)))
    name = name_line(" ".join(kept.split()))
    if name and any(not_in_names(word) for word in name.split()):
        return None  # "Department Press Briefing – May 3, 2024": a title, no one's name
    return name


def _blank(low: str) -> str:
    return _DATE_WORDS.sub(lambda m: "\0" * len(m.group()), low)


# "Editor: Li Yan", « Édition : … », "Translated by …": who edited, not who wrote.
EDITOR_LINE = re.compile(
    r"""
    ^\W*(?:editor|editors|edited\ by|editeur|editrice|edition|redaction|
        translator|translated\ by|traduction|traduit\ par)\s*[:\-–]?\s*[A-Z]
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "Nathaniel Roe, Department Spokesperson", "Jane Roe, Senior Correspondent"
_ROLE = re.compile(
    r"""
    \b(?:spokes(?:person|man|woman)|porte-parole|correspondent|correspondante?|reporter|
       editor|redacteur|redactrice|journalist|journaliste|writer|envoye\ special|
       envoyee\ speciale|staff|minister|ministre|ambassador|ambassadeur|ambassadrice)\b
    """,
    re.VERBOSE,
)
_PRESS_ROLE = re.compile(
    r"\b(?:correspondent|correspondante?|reporter|editor|redact|journalist|writer|envoye|staff)"
)


_JOB_LINE = re.compile(
    r"""^(?:[a-z&-]+\s+){0,3}
    (?:correspondent|correspondante?|reporter|editor|writer|journalist|journaliste|
       redacteur|redactrice|columnist|chroniqueur|chroniqueuse)s?$""",
    re.VERBOSE,
)


def press_job_line(text: str) -> bool:
    """True for a press job alone on its line, under the author's name ("Political
    Correspondent", "Senior Foreign Editor", « Journaliste »)."""
    return n_words(text) <= 4 and bool(_JOB_LINE.match(fold(text).strip(" .")))


def editor_line(text: str) -> bool:
    """True for a line that names the page's editor or translator."""
    return n_words(text) <= 8 and bool(EDITOR_LINE.match(fold_keep(text.strip())))


# A quotation after a colon: what a person said, never a byline.
_QUOTED = re.compile(r":\s*(?:[«“\"]|‘‘|’’)")


def name_and_role(text: str) -> tuple[str, bool] | None:
    """(name, writes for the press?) of a "Name, Role" line, or of a caption's "Role, Name"
    ("Minister of Foreign Affairs, Jane Roe"), else None."""
    if "," not in text or n_words(text) > 14 or ends_sentence(text) or _QUOTED.search(text):
        return None  # "Name, role : « … »" is an interview's headline
    name, role = (part.strip() for part in text.split(",", 1))
    name = _after_alt_text(name)
    if (
        name_line(name)
        and n_words(role) <= 7
        and _ROLE.match(fold(role))
        or (
            name_line(name)
            and n_words(text) <= 10
            and n_words(role) <= 5
            and _ROLE.search(fold(role))
        )
    ):
        return name_line(name), bool(_PRESS_ROLE.search(fold(role)))
    role, name = (part.strip() for part in text.rsplit(",", 1))
    named = None if _BYLINE_LEAD.match(role) else name_line(name)  # "By Staff, Outlet"
    if n_words(role) <= 6 and _ROLE.search(fold(role)) and named and 2 <= n_words(named) <= 4:
        return named, bool(_PRESS_ROLE.search(fold(role)))
    return None


def _after_alt_text(name: str) -> str:
    """The name at the end of an image's alt text glued to its caption ("JANE ROE2 Jane
    Roe"): the words after the capitals and digits, when they read as a name."""
    tokens = name.split()
    for k in range(2, min(4, len(tokens) - 1) + 1):
        head, tail = tokens[:-k], " ".join(tokens[-k:])
        if all(t.isupper() or any(c.isdigit() for c in t) for t in head) and name_line(tail):
            return tail
    return name


def byline_outlet(line: str) -> tuple[SourceEntry | None, SourceEntry | None] | None:
    """(outlet, agency) of a byline that names an outlet, not a person: "Par : FRANCE 24",
    "Par Le Figaro avec AFP", "By Reuters Staff", "By AFP"."""
    m = _BYLINE_LEAD.match(line.strip())
    if not m:
        return None
    rest = line.strip()[m.end() :].strip(" .")
    if not rest or n_words(rest) > 8 or name_then_outlet(line):
        return None
    entry = lookup_source(rest)
    if entry:
        return (entry, entry if entry.kind == "agency" else None)
    site, *partner = re.split(r"\s+(?:avec|with|and|et)\s+", rest, maxsplit=1)
    if _SITE_NAME.match(site):  # "Par SudOuest.fr avec AFP": a site's name is an outlet
        agency = lookup_source(partner[0]) if partner else None
        return (
            SourceEntry(site, "outlet", [], ""),
            agency if agency and agency.kind == "agency" else None,
        )
    credited = outlet_credit(rest)
    plain = "," not in rest and " et " not in rest and " and " not in rest
    if (
        credited is None
        and plain
        and n_words(rest) <= 5
        and (_MEDIA.search(rest) or _issuer_label(m.group(), rest))
        and rest[:1].isupper()
    ):
        return (SourceEntry(rest, "outlet", [], ""), None)  # "par Canal Monde 24"
    return credited


def _issuer_label(lead: str, rest: str) -> bool:
    """ "De : Affaires mondiales Canada", "From: Global Affairs Canada": a release's label
    (a colon after « De » / "From") before a body's name in title case."""
    if ":" not in lead or fold(lead).strip(" :") not in ("de", "from"):
        return False
    tokens = words(rest)
    capitals = sum(t[0].isupper() for t in tokens)
    return len(tokens) >= 2 and tokens[0][0].isupper() and capitals * 2 >= len(tokens)


# "Political correspondent Jane Roe", "Senior editor Jane Roe": a press job, then the name.
_JOB_THEN_NAME = re.compile(
    r"""^(?P<job>(?:[A-Za-z-]+\s+){0,3}(?:correspondent|reporter|editor|writer|journalist))
        \s+(?P<name>[A-ZÀ-Ý][^\s,]*(?:\s+[A-ZÀ-Ý][^\s,]*){1,3})$""",
    re.VERBOSE | re.IGNORECASE,
)


def job_then_name(line: str) -> str | None:
    """The author of a byline that names a press job, then the person (no "By")."""
    m = _JOB_THEN_NAME.match(line.strip())
    if not m or not m["job"][:1].isupper() or name_line(m["name"]) != m["name"]:
        return None
    return m["name"]


def name_then_outlet(line: str) -> tuple[str, SourceEntry] | None:
    """(author, outlet) of "By JANE ROE Associated Press": a name, then a registry outlet
    with no comma between them."""
    m = _BYLINE_LEAD.match(line.strip())
    if not m:
        return None
    tokens = line.strip()[m.end() :].strip(" .").split()
    for n in range(1, min(4, len(tokens) - 1) + 1):
        entry = lookup_source(" ".join(tokens[-n:]))
        name = " ".join(tokens[:-n])
        if entry and 2 <= len(tokens) - n <= 4 and name_line(name) == name:
            return (name.title() if name.isupper() else name), entry
    return None


def byline_name_outlet(line: str) -> str | None:
    """ "By Paul Kirby, BBC News", "Par Jean Dupont, Le Figaro": the outlet after the author's
    name, when the registry knows it or it looks like one (a short capitalised name that is
    neither a place nor a job)."""
    name = byline_name(line)
    if not name or "," not in line:
        return None
    rest = line[line.find(name) + len(name) :].lstrip()
    if not rest.startswith(","):
        return None
    outlet = rest[1:].strip(" .")
    if not outlet or "," in outlet or n_words(outlet) > 4 or find_dates(outlet):
        return None
    if lookup_source(outlet):
        return outlet
    tokens = words(outlet)
    if is_place(outlet) or _NOT_OUTLET.search(fold(outlet)):
        return None
    if not all(t[0].isupper() or t[0].isdigit() or t in ("de", "du", "des", "of") for t in tokens):
        return None
    return outlet


def name_with_agencies(text: str) -> str | None:
    """ "Jane Roe with dpa, Reuters": the author of a byline that names, after "with"
    (« avec »), the agencies whose copy the article draws on (no source of the page)."""
    head, sep, rest = text.strip().partition(" with ")
    if not sep:
        head, sep, rest = text.strip().partition(" avec ")
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b|\bet\b)\s*", rest.strip(" .")) if p]
    if not sep or not parts or name_line(head) != head.strip():
        return None
    agencies = [lookup_source(p) for p in parts]
    return head.strip() if all(e and e.kind == "agency" for e in agencies) else None


def _after_slash(text: str) -> str | None:
    """ "OLV / Par Ana Souza, le 3 mars", "LEFASO.NET | Par Ana Souza • 3 mars": the byline
    after an outlet's short name."""
    m = re.match(r"^(?P<head>.+?)\s+[/|]\s+(?P<rest>.+)$", text.strip())
    if not m or n_words(m["head"]) > 3 or not m["rest"][:1].isupper():
        return None
    return m["rest"] if _BYLINE_LEAD.match(m["rest"]) or " / " in text else None


def is_byline(text: str) -> bool:
    """True for a line that is a byline (of a person or of an outlet)."""
    rest = _after_slash(text)
    if rest and is_byline(rest):
        return True
    return bool(
        byline_outlet(text)
        or name_then_outlet(text)
        or job_then_name(text)
        or byline_name(text)
        or correspondent_line(text)
        or name_and_date(text)
        or editor_line(text)
        or name_and_role(text)
        or desk_byline(text)
        or segmented_byline(text)
        or name_with_agencies(text)
    )


def read_byline(text: str) -> Byline:
    """What a byline line says (an empty Byline when it names nobody)."""
    if author := job_then_name(text):
        return Byline(author=author)
    if named := name_then_outlet(text):
        author, entry = named
        agency = entry.name if entry.kind == "agency" else None
        return Byline(author=author, outlet=entry.name, agency=agency)
    credited = byline_outlet(text)
    if credited:
        outlet, agency = credited
        return Byline(
            outlet=(outlet or agency).name if (outlet or agency) else None,
            agency=agency.name if agency else None,
        )
    rest = _after_slash(text)
    if rest and is_byline(rest):
        return read_byline(rest)
    if editor_line(text):
        return Byline()
    role = name_and_role(text)
    if role:
        return Byline(author=role[0] if role[1] else None)
    name = (
        byline_name(text)
        or name_and_date(text)
        or name_line(text)
        or dated_byline_name(text)
        or segmented_byline(text)
        or name_with_agencies(text)
    )
    if name and name.isupper():
        name = name.title()
    return Byline(author=name, outlet=byline_name_outlet(text))
