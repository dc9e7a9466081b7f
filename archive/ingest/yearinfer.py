"""Complete a date read without a year ("le 30/12"), only from evidence.

Evidence: a year given at import; dates of other articles of the same source or topic
(in the batch, or passed in from the archive); years of full dates the article itself
mentions (a lower bound). Weekday names in the text must agree: a news text names the
publication day or the day before ("mardi" in a text of Wednesday 30 December 2020).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from .dates import DateMatch, event_years, weekdays_in
from .textshape import folded as fold

MAX_DAYS_FROM_REFERENCE = 200
_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w'’-]{3,}")
_COMMON = set(
    "dans pour mais selon alors cette depuis apres avant comme elle elles ils leur nous vous "
    "this that with from their there these those when where while after before also".split()
)


@dataclass
class Reference:
    """A dated article that may date another: its day, source name and topic words."""

    day: date
    source: str | None
    topic: set[str]


def topic_words(text: str) -> set[str]:
    """Return the capitalised words (names, places) of a text, folded: its topic in brief."""
    return {fold(w) for w in _CAPITALISED.findall(text)} - _COMMON


def similarity(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def weekday_agrees(day: date, weekdays: set[int]) -> bool:
    return any((day.weekday() - w) % 7 in (0, 1) for w in weekdays)


def infer_year(
    partial: DateMatch,
    text: str,
    source: str | None,
    references: list[Reference],
    year: int | None = None,
) -> tuple[datetime | None, str]:
    """Return the completed date and why, or (None, why not)."""
    weekdays = weekdays_in(text)
    years = [y for y in event_years(text) if y]
    lower = max(years) if years else None
    if year:
        return partial.to_datetime(year), f"year {year} given at import"
    topic = topic_words(text)
    candidates: list[tuple[int, int, str]] = []  # (distance in days, year, why)
    for ref in references:
        sim = similarity(topic, ref.topic)
        same_source = bool(source and ref.source and fold(source) == fold(ref.source))
        strong = sim >= 0.3 or (same_source and sim >= 0.1)
        if not (strong or (weekdays and sim >= 0.15)):
            continue
        for y in (ref.day.year - 1, ref.day.year, ref.day.year + 1):
            day = _day(partial, y)
            if day and abs((day - ref.day).days) <= MAX_DAYS_FROM_REFERENCE:
                same = "source" if same_source else "topic"
                why = f"article of {ref.day.isoformat()} on the same {same}"
                candidates.append((abs((day - ref.day).days), y, why))
    if not candidates and lower and weekdays:
        candidates = [(0, y, f"events of {lower} mentioned") for y in (lower, lower + 1)]
    if lower:
        candidates = [c for c in candidates if c[1] >= lower]
    if weekdays:
        candidates = [c for c in candidates if weekday_agrees(_day(partial, c[1]), weekdays)]
        if len({c[1] for c in candidates}) > 1 and all(
            c[2].startswith("events") for c in candidates
        ):
            return None, "weekdays agree with more than one year"
    if not candidates:
        return None, "no evidence for the year"
    candidates.sort()
    _, best, why = candidates[0]
    agree = " and the weekday named in the text" if weekdays else ""
    return partial.to_datetime(best), f"year {best} inferred from {why}{agree}"


def _day(partial: DateMatch, year: int) -> date | None:
    try:
        return date(year, partial.month, partial.day)
    except ValueError:
        return None
