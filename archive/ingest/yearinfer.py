"""Complete a date read without a year ("le 30/12"), only from evidence inside the page.

Evidence, strongest first: a year given at import; the same day and month written with a
year elsewhere on the page ("Publié le 30/12/2020" in a footer, a teaser of the same
story); a date in a link of the page (".../2020/12/30/...", "...-20201230-..."); the
month a crawler recorded before the text ("date 2024-04 …") when the months agree. Nothing
else: not other articles of the batch (one file's result must not depend on the files
imported with it), not years of events the text mentions, not weekday names (a weekday
narrows a day to one year in about six, and the text's "mardi" may be any day of the
week before). When the evidence disagrees the date stays unknown.
"""

from __future__ import annotations

import re
from datetime import datetime

from .artefacts import crawler_months
from .dates import DateMatch, find_dates

# A date in a URL path: /2020/12/30/, /2020-12-30, _20201230, /2020/12/ (year and month).
URL_DATE = re.compile(
    r"""
    (?:https?://|www\.)\S*?
    [/_-](?P<year>(?:19|20)\d\d)            # the year
    (?P<sep>[/_-]?)(?P<month>0[1-9]|1[0-2]) # the month, after an optional separator
    (?:(?P=sep)(?P<day>0[1-9]|[12]\d|3[01]))?
    (?=[/_.-]|\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)


NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\d/.-])")


def url_dates(text: str) -> list[tuple[int, int, int | None]]:
    """(year, month, day or None) of every date written in a link of `text`."""
    return [
        (int(m["year"]), int(m["month"]), int(m["day"]) if m["day"] else None)
        for m in URL_DATE.finditer(text)
    ]


def infer_year(
    partial: DateMatch, page_text: str, language: str = "fr", year: int | None = None
) -> tuple[datetime | None, str]:
    """Return the completed date and why, or (None, why not). `page_text` is the whole page."""
    if year:
        return partial.to_datetime(year), f"year {year} given at import"
    years: dict[int, str] = {}
    for found in find_dates(page_text, language):
        if found.year and (found.day, found.month) == (partial.day, partial.month):
            years.setdefault(found.year, f"the same day written with its year ({found.year})")
    for m in NUMERIC_DATE.finditer(page_text):  # "9/5/2023": either order may be meant
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if (partial.day, partial.month) in ((a, b), (b, a)):
            years.setdefault(y, f"the same day written with its year ({m.group()})")
    for y, month in crawler_months(page_text):  # "date 2024-04 …" before the text
        if month == partial.month:
            years.setdefault(y, f"the crawler's month {y}-{month:02d}")
    for y, month, day in url_dates(page_text):
        if month == partial.month and day in (None, partial.day):
            years.setdefault(y, f"a link dated {y}-{month:02d}" + (f"-{day:02d}" if day else ""))
    if not years:
        return None, "no evidence for the year in the page"
    if len(years) > 1:
        return None, f"the page gives more than one year ({', '.join(map(str, sorted(years)))})"
    (best, why), *_ = years.items()
    return partial.to_datetime(best), f"year {best} inferred from {why}"
