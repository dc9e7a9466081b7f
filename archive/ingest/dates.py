"""Dates in French and English page text: regexes first, dateparser only as a fallback."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

from .textshape import folded as fold

_DATA = json.loads((Path(__file__).parent / "data" / "dates.json").read_text("utf-8"))
MONTHS: dict[str, int] = _DATA["months"]  # folded month names and abbreviations → 1..12
WEEKDAYS: dict[str, int] = _DATA["weekdays"]  # folded weekday names → 0 (Monday)..6
ZONES: dict[str, float] = _DATA["zones"]  # zone abbreviations → hours from UTC

_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + r"),?\s+"
_DMY = re.compile(
    rf"\b(?:{_WEEKDAY})?(\d{{1,2}})(?:er|st|nd|rd|th)?\s+{_MONTH},?(?:\s+(\d{{4}}))?\b"
)
_MDY = re.compile(
    rf"\b(?:{_WEEKDAY})?{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?:,\s*|\s+)(\d{{4}})\b)?"
)
_ISO = re.compile(
    r"\b(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?)?"
)
_NUM = re.compile(r"(?<![\d/.,])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?(?![\d/]|\.\d)")
# "14-02-2022", "03 - 07 - 2020", "03 / 07 / 2020": with a dash or spaces around the
# separator, only a four-digit year makes it a date (not a score, a range or a fraction).
_NUM_SPACED = re.compile(
    r"""
    (?<![\d/.,-])
    (\d{1,2}) \s? (?P<sep>[-/.]) \s? (\d{1,2}) \s? (?P=sep) \s? ((?:19|20)\d\d)
    (?![\d/-])
    """,
    re.VERBOSE,
)
_YMD_DOTTED = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)\s?[./]\s?(\d{1,2})\s?[./]\s?(\d{1,2})\.?(?![\d/])"
)
_TIME = re.compile(r"\b(\d{1,2})\s?[:h]\s?(\d{2})(?:\s*([ap])\.?m\.?)?(?!\d)")
_ZONE = re.compile(
    r"\(?\b(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\)?|\b(utc|gmt|cet|cest|bst|msk|est|edt|cst|cdt|pst|pdt|et|ist)\b"
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
PUBLISHED_WORDS = re.compile(
    r"""\b(
        (?:ce|cet)\ (?:contenu|article)\ a\ ete\ publie         # "Ce contenu a été publié le"
      | this\ (?:content|article|story)\ was\ (?:first\ )?published
      | publie|published|posted|date\ de\ publication|mis\ en\ ligne|cree\ le|fait\ a|done\ at
    )\b""",
    re.VERBOSE,
)
UPDATED_WORDS = re.compile(r"\b(mis a jour|mise a jour|updated|last updated|modifie)\b")
_FILLER = re.compile(
    r"\b(le|la|a|at|on|the|et|and|de|du|par|by|pm|am|h|heure|heures|time|local|"
    r"heure de paris|il y a|ago|derniere|last|min|read|lecture|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
)


@dataclass
class DateMatch:
    """A calendar date read from text; `year` is None when the text gives none."""

    day: int
    month: int
    year: int | None
    hour: int | None = None
    minute: int | None = None
    tz: timezone | None = None
    start: int = 0
    end: int = 0

    def to_datetime(self, year: int | None = None) -> datetime | None:
        """Return the datetime (aware when a zone was given), or None if the date is invalid."""
        try:
            return datetime(
                year or self.year,
                self.month,
                self.day,
                self.hour or 0,
                self.minute or 0,
                tzinfo=self.tz,
            )
        except (TypeError, ValueError):
            return None


def _valid(day: int, month: int, year: int | None) -> bool:
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return year is None or 1950 <= year <= 2100


def _two_digit_year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def find_dates(
    text: str, language: str = "fr", allow_numeric_partial: bool = False
) -> list[DateMatch]:
    """Return the dates written in `text`, earliest in the text first, times attached.

    Short lines are asked about several times (line signals, bylines, metadata): their
    reading is memoised; callers get a new list of the same (never modified) matches."""
    if not _DIGIT.search(text):
        return []
    if len(text) > 300:  # a page or a paragraph: read once, not kept
        return _read_dates(text, language, allow_numeric_partial)
    return list(_find_dates(text, language, allow_numeric_partial))


@lru_cache(maxsize=50_000)
def _find_dates(text: str, language: str, allow_numeric_partial: bool) -> tuple[DateMatch, ...]:
    return tuple(_read_dates(text, language, allow_numeric_partial))


def _read_dates(text: str, language: str, allow_numeric_partial: bool) -> list[DateMatch]:
    low = fold(text)
    found: list[DateMatch] = []
    if not _DIGIT.search(low):
        return found  # every pattern below needs a digit
    taken = bytearray(len(low))  # 1 where a date already found stands: overlap in O(match)

    def add(m: re.Match, day: int, month: int, year: int | None) -> None:
        if _valid(day, month, year) and taken.find(1, m.start(), m.end()) < 0:
            found.append(DateMatch(day, month, year, start=m.start(), end=m.end()))
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())

    for m in _YMD_DOTTED.finditer(low):  # "2021.02.17. 14:20", "2021/02/17"
        add(m, int(m[3]), int(m[2]), int(m[1]))
    for m in _ISO.finditer(low):
        dm = DateMatch(int(m[3]), int(m[2]), int(m[1]), start=m.start(), end=m.end())
        if _valid(dm.day, dm.month, dm.year):
            if m[4]:
                dm.hour, dm.minute = int(m[4]), int(m[5])
                dm.tz = _iso_zone(m[6])
            found.append(dm)
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _DMY.finditer(low):
        add(m, int(m[1]), MONTHS[m[2]], int(m[3]) if m[3] else None)
    for m in _MDY.finditer(low):
        add(m, int(m[2]), MONTHS[m[1]], int(m[3]) if m[3] else None)
    for m in _NUM_SPACED.finditer(low):
        order = numeric_order(int(m[1]), int(m[3]), m["sep"], language)
        if order is not None:
            add(m, *order, int(m[4]))
    for m in _NUM.finditer(low):
        a, b, year = int(m[1]), int(m[2]), _two_digit_year(m[3])
        if year is None and not (
            # (`low` is folded: one space at most before the date, so 8 characters suffice)
            allow_numeric_partial
            or re.search(r"\b(le|on)\s*$", low[max(0, m.start() - 8) : m.start()])
        ):
            continue
        if year is None and re.match(r"\s?(?:am|pm|a\.m|p\.m)\b", low[m.end() : m.end() + 5]):
            continue  # "8.15am": a clock
        order = numeric_order(a, b, m.group()[len(m[1])], language)
        if order is None:
            continue  # "03/09/2022" on an English page: March 9 or 3 September
        add(m, *order, year)
    found.sort(key=lambda d: d.start)
    for dm in found:
        _attach_time(low, dm)
    return found


def numeric_order(a: int, b: int, sep: str, language: str) -> tuple[int, int] | None:
    """(day, month) of a numeric date "a/b": a value above 12 is the day; otherwise French
    pages and dotted or dashed dates put the day first, and an English page with slashes is
    ambiguous."""
    if a > 12:
        return a, b
    if b > 12:
        return b, a
    if a == b or language != "en" or sep in ".-":
        return a, b
    return None


def _iso_zone(text: str | None) -> timezone | None:
    if not text:
        return None
    if text == "z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _attach_time(low: str, dm: DateMatch) -> None:
    """Read a time and a zone written right around the date (before or after it)."""
    window_start = max(0, dm.start - 25)
    window = low[window_start : dm.end + 40]
    if dm.hour is None:
        m = _TIME.search(window)
        if m:
            hour, minute = int(m[1]), int(m[2])
            if m[3] == "p" and hour < 12:
                hour += 12
            elif m[3] == "a" and hour == 12:
                hour = 0
            if hour < 24 and minute < 60:
                dm.hour, dm.minute = hour, minute
    if dm.tz is None:
        m = _ZONE.search(low[dm.end : dm.end + 40]) or _ZONE.search(low[window_start : dm.start])
        if m and m[1]:
            sign = -1 if m[1] == "-" else 1
            dm.tz = timezone(sign * timedelta(hours=int(m[2]), minutes=int(m[3] or 0)))
        elif m and m[4]:
            dm.tz = timezone(timedelta(hours=ZONES[m[4]]))


RELATIVE = re.compile(
    r"""
    ^(?:(?:updated|published|posted|publie|mis\ a\ jour|mise\ a\ jour)\s*:?\s*)?
    (?:il\ y\ a\s+)?
    (?:\d+|an?|one|une?)\s+
    (?:min|mins|minutes?|h|hrs?|hours?|heures?|days?|jours?|semaines?|weeks?|mois|months?)
    \s*(?:ago)?\.?$
    """,
    re.VERBOSE,
)


# A site clock or a garbled date: times, zones, offsets, numbers and month or weekday names
# only ("11:15 GMT +122 May 2018", "Mardi 14:05 | Paris").
_CLOCK_WORDS = re.compile(
    rf"""
    \b(?:{"|".join(sorted(MONTHS, key=len, reverse=True))}|{"|".join(WEEKDAYS)}|
    utc|gmt|cet|cest|bst|msk|est|edt|pst|pdt|am|pm|h)\b
    """,
    re.VERBOSE,
)


def is_clock_line(line: str) -> bool:
    """True for a line of a time and a month or weekday with nothing else in words."""
    low = fold(line)
    if not _TIME.search(low) or not re.search(r"[^\W\d_]", low):
        return False
    rest = _CLOCK_WORDS.sub(" ", _TIME.sub(" ", low))
    return not re.search(r"[^\W\d_]{2,}", rest) and n_digits(low) >= 4


def n_digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def is_date_line(line: str) -> bool:
    """True when a line says little more than a date (and a time, a zone, 'published')."""
    if RELATIVE.match(fold(line).strip()):
        return True
    dates = find_dates(line, allow_numeric_partial=True)
    if not dates:
        return is_clock_line(line) or _is_labelled_time(line)
    line = _TRAILING_PLACE.sub("", line)  # "… 10:15 pm IST - NEW DELHI"
    low = fold(line)
    if all(a.end <= b.start for a, b in zip(dates, dates[1:], strict=False)):
        pieces, pos = [], 0
        for dm in dates:  # in order and apart: one pass puts a space for each date
            pieces += [low[pos : dm.start], " "]
            pos = dm.end
        low = "".join(pieces) + low[pos:]
    else:
        for dm in reversed(dates):
            low = low[: dm.start] + " " + low[dm.end :]
    low = _ZONE.sub(" ", _TIME.sub(" ", low))
    low = PUBLISHED_WORDS.sub(" ", UPDATED_WORDS.sub(" ", low))
    low = _FILLER.sub(" ", low)
    rest = re.findall(r"[^\W\d_]{2,}", low)
    return len(rest) <= 1


_TRAILING_PLACE = re.compile(r"\s+[-–—|,]\s+[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{2,30}$")


def _is_labelled_time(line: str) -> bool:
    """ "Publié à 12:05", "Updated 10:15 GMT": a publishing label and a time, nothing else."""
    low = fold(line)
    if not _TIME.search(low) or not (PUBLISHED_WORDS.search(low) or UPDATED_WORDS.search(low)):
        return False
    low = PUBLISHED_WORDS.sub(" ", UPDATED_WORDS.sub(" ", _ZONE.sub(" ", _TIME.sub(" ", low))))
    return not re.findall(r"[^\W\d_]{3,}", _FILLER.sub(" ", low))


DATE_LABEL = re.compile(
    r"""
    ^\W*(?:publie|published|posted|date de publication|date|mis en ligne|cree|
    mis a jour|mise a jour|updated|last updated|derniere mise a jour|modifie)
    (?:\s+(?:le|on|a|at))?\s*:?\W*$
    """,
    re.VERBOSE,
)


def is_date_label(line: str) -> bool:
    """True for a label whose date stands on another line ("Publié le", "Published:")."""
    return bool(DATE_LABEL.match(fold(line).strip()))


def date_kind(line: str) -> str:
    """'updated', 'published' or '' after the words that introduce the date on this line."""
    low = fold(line)
    if UPDATED_WORDS.search(low):
        return "updated"
    return "published" if PUBLISHED_WORDS.search(low) else ""


def weekdays_in(text: str) -> set[int]:
    """Return the weekdays (0 = Monday) that the text names."""
    low = fold(text)
    return {num for name, num in WEEKDAYS.items() if re.search(rf"\b{name}\b", low)}


def event_years(text: str) -> list[int]:
    """Return the years of full dates the text mentions (a lower bound for its own date)."""
    years = [d.year for d in find_dates(text) if d.year]
    return years or []


def years_mentioned(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


def parse_with_dateparser(line: str, language: str) -> datetime | None:
    """Last resort for a short date line the regexes could not read; needs a year in the line."""
    if not _YEAR.search(line) or len(line) > 80:
        return None
    import dateparser  # noqa: PLC0415 - slow import, needed rarely

    settings = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
    return dateparser.parse(line, languages=[language, "en", "fr"], settings=settings)
