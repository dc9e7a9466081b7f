"""The source registry (data/sources.json) and the source clues a page carries."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .document import SourceInfo
from .textshape import folded as fold
from .textshape import words

DATA = Path(__file__).parent / "data" / "sources.json"

# "Bakou / Lagazette", "MOSCOW, Sept. 20 /TASS/", "PARIS (AFP) -", "WASHINGTON (Reuters) —"
DATELINE_SLASH = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w'’ .-]{1,40}?)\s*/\s*(?P<src>[\w][\w .&'-]{1,40}?)\s*/?\.?$"
)
DATELINE_TASS = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý .'-]+),[^/]{0,30}/\s*(?P<src>[A-Za-z][\w -]{1,20})\s*/"
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


def dateline_source(line: str) -> str | None:
    """Return the source a dateline names ("MOSCOW, Sept. 20 /TASS/" → "TASS"), or None."""
    for pattern in (DATELINE_TASS, DATELINE_PAREN, DATELINE_SLASH):
        m = pattern.match(line.strip())
        if m and len(words(m["src"])) <= 4:
            return m["src"].strip()
    return None


def is_dateline(line: str) -> bool:
    """True for a line that is only a dateline ("Bakou / Lagazette", "MOSCOW, Sept. 20 /TASS/")."""
    text = line.strip()
    return len(words(text)) <= 8 and bool(DATELINE_SLASH.match(text) or DATELINE_TASS.match(text))


def is_source_line(line: str) -> bool:
    """True for a short line that only names an outlet or an agency ("AFP", "TRT FR", "Reuters")."""
    text = line.strip().strip("()[]—–- .")
    if not text or len(words(text)) > 4:
        return False
    return lookup_source(text) is not None or bool(ACRONYM_LINE.match(text))
