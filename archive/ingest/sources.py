"""The source registry (data/sources.json) and the source clues a page carries."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .document import SourceInfo
from .textshape import fold_keep, n_words
from .textshape import folded as fold
from .uitext import SECTION_WORDS

DATA = Path(__file__).parent / "data" / "sources.json"
PLACES = Path(__file__).parent / "data" / "places.json"

# "Bakou / Lagazette", "MOSCOW, Sept. 20 /TASS/", "PARIS (AFP) -", "WASHINGTON (Reuters) —"
DATELINE_SLASH = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w'’ .-]{1,40}?)\s*/\s*(?P<src>[^\W\d_][\w .&'-]{1,40}?)\s*/?\.?$"
)
DATELINE_TASS = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý .'-]+),[^/]{0,30}/\s*(?P<src>[A-Za-z][\w -]{1,20})\s*/"
)
DATELINE_BULLET = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w'’ .-]{1,30}?)\s*[•·]\s*(?P<src>[A-Z][A-Za-z&-]{1,15})\s*$"
)
DATELINE_PAREN = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ýa-zà-ÿ .'-]{1,40}?)(?:,[^()]{0,30})?\s*"
    r"\((?P<src>[A-Za-z][\w .-]{1,25})\)\s*[-–—:]"
)
ACRONYM_LINE = re.compile(
    r"^(?:[A-Z][A-Z0-9&]{1,5}|[A-Z][a-z]+[A-Z][A-Za-z]*)(?:\s+[A-Z][A-Za-z0-9]{1,5}){0,2}$"
)
CREDIT_SOURCE = re.compile(
    r"(?:©|\(c\)|copyright|source\s*:|avec|with)\s*"
    r"(?P<src>[A-Z][\w .&-]{1,30}?)(?:\s+\d{4})?\s*\)?\.?$",
    re.I,
)


@dataclass
class SourceEntry:
    name: str
    kind: str
    aliases: list[str]
    website: str

    def info(self) -> SourceInfo:
        return SourceInfo(name=self.name, website=self.website, aliases=list(self.aliases))


@cache
def registry() -> tuple[dict[str, SourceEntry], dict[str, SourceEntry]]:
    """Return (by folded name or alias, by website domain)."""
    by_name: dict[str, SourceEntry] = {}
    by_site: dict[str, SourceEntry] = {}
    for item in json.loads(DATA.read_text(encoding="utf-8")):
        entry = SourceEntry(
            item["name"],
            item.get("kind", "outlet"),
            item.get("aliases", []),
            item.get("website", ""),
        )
        for alias in [entry.name, *entry.aliases]:
            by_name.setdefault(fold(alias), entry)
        if entry.website:
            by_site[entry.website.lower()] = entry
    return by_name, by_site


def register_source(
    name: str, aliases: list[str] | None = None, website: str = "", kind: str = "outlet"
) -> None:
    """Add a source to the registry for this process (the import calls it for known sources)."""
    by_name, by_site = registry()
    entry = SourceEntry(name, kind, aliases or [], website)
    for alias in [name, *entry.aliases]:
        by_name[fold(alias)] = entry
    if website:
        by_site[website.lower()] = entry


def lookup_source(text: str) -> SourceEntry | None:
    """Return the registry entry named exactly by `text` (name or alias, any case), if any."""
    return registry()[0].get(fold(text).strip(" .()/-"))


def lookup_domain(url: str) -> SourceEntry | None:
    host = re.sub(r"^(?:https?://)?(?:www\.|m\.|amp\.)?", "", url.lower()).split("/")[0]
    by_site = registry()[1]
    while host:
        if host in by_site:
            return by_site[host]
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None


def domain_name(url: str) -> str:
    """Return the site name a URL shows ("https://www.lemonde.fr/x" → "lemonde")."""
    host = re.sub(r"^(?:https?://)?(?:www\.|m\.|amp\.)?", "", url.lower()).split("/")[0]
    parts = host.split(".")
    return parts[-2] if len(parts) >= 2 else host


@cache
def places() -> frozenset[str]:
    """Folded names of capitals, big cities and countries (data/places.json), French and English."""
    return frozenset(fold(name) for name in json.loads(PLACES.read_text(encoding="utf-8")))


def is_place(text: str) -> bool:
    """True when `text` is a known place ("Ankara", "Moscou", "New York"), never a source."""
    return fold(text).strip(" .,()/-") in places()


def dateline_source(line: str) -> str | None:
    """Return the source a dateline names ("MOSCOW, Sept. 20 /TASS/" → "TASS"), or None.

    In "A / B" a registry outlet or agency on either side is the source ("AA / Ankara",
    "Bakou / Lagazette"); a known place never is.
    """
    for pattern in (DATELINE_TASS, DATELINE_PAREN, DATELINE_BULLET):
        m = pattern.match(line.strip())
        if m and n_words(m["src"]) <= 4:
            return m["src"].strip()
    m = DATELINE_SLASH.match(line.strip())
    if not m or n_words(m["src"]) > 4:
        return None
    left, right = m["place"].strip(), m["src"].strip()
    if lookup_source(right):
        return right
    if lookup_source(left):
        return left
    if is_place(right):
        return None if is_place(left) or n_words(left) > 4 else left
    return right


def is_dateline(line: str) -> bool:
    """True for a line that is only a dateline ("Bakou / Lagazette", "MOSCOW, Sept. 20 /TASS/")."""
    text = line.strip()
    if DATELINE_BULLET.match(text) and is_place(DATELINE_BULLET.match(text)["place"]):
        return True  # "Kyiv • UNN"
    return n_words(text) <= 8 and bool(DATELINE_SLASH.match(text) or DATELINE_TASS.match(text))


_AT_PLACE = re.compile(r"^(?P<name>[^()]{2,60}?)\s*\((?P<place>[^()]{2,30})\)$")


def is_source_line(line: str) -> bool:
    """True for a short line that only names an outlet or an agency ("AFP", "TRT FR", "Reuters")."""
    text = line.strip().strip("()[]—–- .")
    at = _AT_PLACE.match(line.strip())
    if at and is_place(at["place"]) and lookup_source(at["name"]):
        return True  # "Agence de Presse Sénégalaise (Dakar)": a syndicated story's credit
    if not text or n_words(text) > 4 or is_place(text):
        return False
    if lookup_source(text) is not None:
        return True
    if ACRONYM_LINE.match(text) and not _FUNCTION_WORDS & set(fold(text).split()):
        return True  # "TRT FR", not the intertitle "VISIT TO BAKU"
    return _source_rubric(text)


_FUNCTION_WORDS = frozenset(
    "to of in on at for and the with from by de du des la le les et en au aux pour sur".split()
)


def _source_rubric(text: str) -> bool:
    """ "Anadolu Agency DIPLOMACY", "AFP Monde": an outlet's name and a section word."""
    entry = leading_source(text)
    if entry is None:
        return False
    tokens = text.split()
    for n in range(len(tokens) - 1, 0, -1):
        if lookup_source(" ".join(tokens[:n])):
            rest = [fold(t) for t in tokens[n:]]
            return all(t in SECTION_WORDS for t in rest)
    return False


# A dateline opening the lead paragraph: "KYIV, March 3 (Reuters) - ", "WASHINGTON (AP) — ",
# "MOSCOW, September 20. /TASS/. ", "Moscou, 20 septembre (Sputnik) – ", "ANKARA - ".
_PLACE_CAPS = r"[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3}"
_PLACE_ANY = r"[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ýa-zà-ÿ][\w'’.-]+){0,3}"
_WHEN = r"(?:,\s*[^()/\n]{1,40}?)?"
LEAD_DATELINE = re.compile(
    rf"""
      ^(?P<place>{_PLACE_ANY}){_WHEN}\s*                   # "KYIV, March 3 " …
       (?:\((?P<src>[A-Za-z][\w .&-]{{1,25}})\)            # … "(Reuters)"
         |/\s*(?P<src2>[A-Za-z][\w .&-]{{1,20}}?)\s*/)      # … or "/TASS/"
       \s*[.,]?\s*[-–—:.]*\s+(?=\S)
    | ^(?P<place2>{_PLACE_CAPS}){_WHEN}\s+[-–—]+\s+(?=[A-ZÀ-Ý«“"])   # "ANKARA - "
    | ^(?P<place3>{_PLACE_ANY}),\s*                        # "Lima, ANDINA – ": an agency
       (?P<src3>[A-Z][A-Z&-]{{1,9}}|[A-Z][\w&-]+(?:\s[A-Z][\w&-]+)?)   # after the place
       \s+[-–—]+\s+(?=[A-ZÀ-Ý«“"])
    | ^\((?P<src4>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)\s*[-–—:]+\s+(?=[A-ZÀ-Ý«“"])  # "(VOVWORLD) - "
    """,
    re.VERBOSE,
)


def lead_dateline(line: str) -> tuple[str, str, str | None] | None:
    """(prefix, place, agency or None) for a dateline that opens a paragraph, else None.

    The agency in brackets must be a registry name or an acronym; a place without an
    agency must be written in capitals ("ANKARA - …").
    """
    m = LEAD_DATELINE.match(line)
    if not m:
        return None
    prefix = m.group()
    if n_words(prefix) > 12 or len(prefix) >= len(line) - 20:
        return None
    src = (m["src"] or m["src2"] or m["src3"] or m["src4"] or "").strip()
    place = m["place"] or m["place2"] or m["place3"] or ""
    if m["src4"]:
        entry = lookup_source(src)
        return prefix, "", entry.name if entry else src
    if m["src3"] and not (lookup_source(src) or src.isupper()):
        return None
    # An acronym the registry does not know is an agency only after a place the line
    # marks as one (in capitals, a known place, a date after it): "Department of Foreign
    # Affairs (DFA) Secretary …" opens no dateline.
    dated = "," in prefix.split("(")[0]
    marked = place.isupper() or is_place(place) or dated
    if src and not (lookup_source(src) or (marked and ACRONYM_LINE.match(src))):
        return None
    entry = lookup_source(src) if src else None
    return prefix, place, (entry.name if entry else src or None)


_CREDIT_JOIN = re.compile(r"\s+(?:avec|with|et|and)\s+|\s*[,/&+]\s*", re.I)
_CREDIT_FILLER = re.compile(
    r"\b(?:les agences|agences|news agencies|agencies|wires|staff|la redaction|redaction|"
    r"correspondents?|correspondants?|envoyes? speciale?s?)\b",
    re.I,
)


@lru_cache(maxsize=50_000)
def outlet_credit(line: str) -> tuple[SourceEntry | None, SourceEntry | None] | None:
    """(outlet, agency) a credit line names ("Le Monde avec AFP", "(avec AFP)",
    "FRANCE 24 avec AFP et Reuters", "Reuters Staff", "Source: Al Jazeera and news agencies").

    Every part must be a registry name (or words like "news agencies"); None otherwise.
    """
    text = line.strip().strip("()[]").strip()
    bare = re.sub(r"^(?:source\s*:|sources\s*:|©|\(c\))\s*", "", text, flags=re.I)
    prefixed, text = bare != text, bare
    if not text or n_words(text) > 10:
        return None
    lead_with = re.match(r"^(?:avec|with)\s+", text, re.I)
    if lead_with:
        text = text[lead_with.end() :]
    parts = [p.strip(" .") for p in _CREDIT_JOIN.split(text) if p.strip(" .")]
    outlet = agency = None
    for part in parts:
        core = _CREDIT_FILLER.sub("", part).strip(" .")
        if not core:
            continue
        entry = lookup_source(core)
        if entry is None:
            return None
        if entry.kind == "agency":
            agency = agency or entry
            if outlet is None and part is parts[0] and not lead_with and len(parts) == 1:
                outlet = entry
        elif outlet is None:
            outlet = entry
        else:
            return None
    if outlet is None and agency is None:
        return None
    if len(parts) == 1 and not (lead_with or prefixed or _CREDIT_FILLER.search(text)):
        return None  # a bare name is a source line, not a credit
    return outlet, agency


def leading_source(line: str) -> SourceEntry | None:
    """The registry outlet or agency a line opens with ("Anadolu Agency website …"), if any."""
    tokens = line.split()[:4]
    for n in range(len(tokens), 0, -1):
        entry = lookup_source(" ".join(tokens[:n]))
        if entry and (n > 1 or len(tokens[0]) > 3):
            return entry
    return None


# "Read the full story at Reuters", « Lire l'article complet sur Le Monde », "Full story: X".
FULL_STORY = re.compile(
    r"""
    ^\W*(?:
        (?:read|see|view|continue\ reading)\ (?:the\ )?(?:full|complete|original|whole)
          \ (?:story|article|report|text)\ (?:at|on|in|from)
      | full\ story\s*(?:at|on|:)
      | this\ (?:article|story)\ (?:originally\ )?(?:appeared|was\ (?:originally\ |first\ )?
          published)\ (?:on|in|at|by)
      | (?:lire|voir|retrouvez|consulter)\ (?:l'article|la\ suite|l'integralite\ de\ l'article|
          l'article\ complet|l'article\ original|l'article\ en\ entier)
          (?:\ complet|\ original)?\ (?:sur|dans|chez)
      | (?:cet\ article|cette\ depeche)\ a\ (?:ete\ )?(?:initialement\ |d'abord\ )?
          (?:publiee?|paru)\ (?:sur|dans|par)
    )
    \s+(?P<src>.{2,50}?)\s*[.!]?$
    """,
    re.VERBOSE,
)


def full_story_source(line: str) -> str | None:
    """The outlet a "full story at X" footer names (a registry name, or a short capitalised
    name), else None."""
    text = line.strip()
    m = FULL_STORY.match(fold_keep(text))  # one character per character: offsets hold
    if not m or n_words(line) > 16:
        return None
    raw = text[m.start("src") : m.end("src")].strip()
    entry = lookup_source(raw) or lookup_domain(raw)
    if entry:
        return entry.name
    if n_words(raw) <= 4 and raw[:1].isupper() and not is_place(raw):
        return raw
    return None


# "© 2024 Some Outlet. All rights reserved." names the publisher.
COPYRIGHT = re.compile(
    r"""
    ^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)?
    (?P<name>[A-ZÀ-Ý][^©|]{1,50}?)
    (?:\s*\d{4})?\s*(?:[-–—.,|]\s*)?
    (?:tous\ droits\ r[ée]serv[ée]s|all\ rights\ reserved)?\.?\s*$
    """,
    re.I | re.VERBOSE,
)

# "Lagos Coastal Times © 2021": the owner's name before the sign.
OWNER_COPYRIGHT = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][^©|/]{1,50}?)\s*(?:©|\(c\)|copyright)\s*(?:\d{4})?\.?\s*$", re.I
)

# "Copyright © 2019 Les Nouvelles du Fleuve. Tous droits réservés. Distribué par …": the
# owner named before the first full stop, whatever follows.
COPYRIGHT_NOTICE = re.compile(
    r"""
    ^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?
    (?P<name>[A-ZÀ-Ý][^©|.]{1,60}?)\s*(?:\.|\||\s[-–—]\s)\s*
    (?:tous\ droits|all\ rights|droits\ reserves)
    """,
    re.VERBOSE | re.IGNORECASE,
)


def credit_owner(text: str) -> tuple[str, str] | None:
    """(name, clue) of the owner a credit or copyright line names: a registry outlet after
    "©"/"Source:"/"avec" ("credit-source"), the outlet a long notice opens with
    ("publisher-notice"), the owner of a copyright line ("copyright") or of a copyright
    notice followed by more text ("copyright-notice")."""
    m = CREDIT_SOURCE.search(text)
    if m and lookup_source(m["src"]):
        return m["src"], "credit-source"
    leading = leading_source(text)
    if leading and n_words(text) > 8:
        return leading.name, "publisher-notice"
    owner = COPYRIGHT.match(text)
    if owner and n_words(owner["name"]) <= 5 and "/" not in owner["name"]:
        return owner["name"].strip(" .-–—"), "copyright"
    owned = OWNER_COPYRIGHT.match(text)
    if owned and n_words(owned["name"]) <= 5:
        return owned["name"], "copyright"
    notice = COPYRIGHT_NOTICE.match(text)
    if notice and n_words(notice["name"]) <= 6:
        return notice["name"].strip(" .-–—"), "copyright-notice"
    return None
