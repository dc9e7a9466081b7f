"""Read and check the API's query parameters; anything wrong raises BadParameter."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta

from django.utils import timezone

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 1_000_000

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_LANGUAGE = re.compile(r"^[a-z]{2,8}$")
_SLUG = re.compile(r"^[-\w]{1,100}$")
_TRUE, _FALSE = {"1", "true", "oui", "yes"}, {"0", "false", "non", "no"}


class BadParameter(ValueError):
    def __init__(self, name: str, message: str):
        super().__init__(message)
        self.name, self.message = name, message


def check_known(params, allowed) -> None:
    """Refuse parameters the endpoint does not know (often a typo that would be ignored)."""
    for name in params:
        if name not in allowed:
            known = ", ".join(sorted(allowed))
            raise BadParameter(name, f"unknown parameter {name!r}; this endpoint takes: {known}")
    for name in params:
        if len(params.getlist(name)) > 1:
            raise BadParameter(name, f"{name!r} is given more than once")


def integer(params, name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    if not re.fullmatch(r"\d{1,9}", raw.strip()):
        raise BadParameter(name, f"{name!r} must be a whole number from {low} to {high}")
    value = int(raw)
    if not low <= value <= high:
        raise BadParameter(name, f"{name!r} must be from {low} to {high}, not {value}")
    return value


def boolean(params, name: str) -> bool:
    raw = (params.get(name) or "").strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE or raw == "":
        return False
    raise BadParameter(name, f"{name!r} must be 1/true or 0/false")


def choice(params, name: str, choices: tuple[str, ...]) -> str:
    raw = params.get(name) or choices[0]
    if raw not in choices:
        raise BadParameter(name, f"{name!r} must be one of: {', '.join(choices)}")
    return raw


def _period(raw: str, name: str) -> tuple[date, date]:
    """The first and last day of YYYY, YYYY-MM or YYYY-MM-DD."""
    match = _DATE.match(raw.strip())
    if not match:
        raise BadParameter(name, f"{name!r} must be YYYY, YYYY-MM or YYYY-MM-DD, not {raw!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            start = end = date(year, month, day)
        elif month is not None:
            start = date(year, month, 1)
            end = date(year, month, calendar.monthrange(year, month)[1])
        else:
            start, end = date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise BadParameter(name, f"{name!r}: {raw!r} is not a date") from None
    if year < 1000:
        raise BadParameter(name, f"{name!r}: {raw!r} is not a date")
    return start, end


def date_range(params) -> tuple[datetime | None, datetime | None]:
    """`from` and `to` (each a year, month or day, both included) as [start, end) moments."""
    start = end = None
    if params.get("from"):
        start = _moment(_period(params["from"], "from")[0])
    if params.get("to"):
        last = _period(params["to"], "to")[1]
        end = _moment(last + timedelta(days=1)) if last < date.max else None
    if start and end and start >= end:
        raise BadParameter("to", "'to' is before 'from'")
    return start, end


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min), timezone.get_default_timezone())


def language(params) -> str | None:
    raw = params.get("language")
    if not raw:
        return None
    if not _LANGUAGE.match(raw):
        raise BadParameter("language", "'language' is a language code such as fr or en")
    return raw


def slug(params, name: str) -> str | None:
    raw = params.get(name)
    if not raw:
        return None
    if not _SLUG.match(raw):
        raise BadParameter(name, f"{name!r} is a slug, as in the page's address (e.g. afp)")
    return raw
