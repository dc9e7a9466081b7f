"""Traces the scraper left in a page's text: a crawler prefix on the first line (" date
2021-06-03 …", with or without the page's URL), XPaths, bare links to pages, images and
assets, image tags, inline image data and unfilled template tags."""

from __future__ import annotations

import re

# "date 2021-06-03 Headline", "https://site/x date 2021-06-03T10:15:00 SIGN UP"
CRAWLER_PREFIX = re.compile(
    r"""
    ^(?:(?:https?://|www\.)\S+\s+)?              # the page's URL
    date\s*:?\s*
    (?P<date>(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)   # the date (or month) the crawler recorded
    (?:[t\ ][0-2]\d:[0-5]\d(?::[0-5]\d)?(?:z|[+-]\d\d:?\d\d)?)?
    (?:\s+(?:https?://|www\.)\S+)?               # or the URL after it
    (?:\s+|$)
    """,
    re.VERBOSE | re.IGNORECASE,
)
XPATH = re.compile(
    r"""
    ^(?:/{1,2}[\w*@\[\]="'().:-]+){2,}/?$        # /html/body/div[2]/p[3], //*[@id="main"]/div
    """,
    re.VERBOSE,
)
ASSET_URL = re.compile(
    r"""
    ^(?:https?://|www\.|/)\S+?
    \.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?|mp4|m3u8|webm|mp3|js|css|ico)
    (?:[?#]\S*)?$
    """,
    re.VERBOSE | re.IGNORECASE,
)


def crawler_prefix(line: str) -> tuple[str, str, str] | None:
    """(prefix, ISO date or month, rest of the line) for a line that opens with a crawler
    prefix, else None."""
    m = CRAWLER_PREFIX.match(line.strip())
    if not m:
        return None
    return m.group().strip(), m["date"], line.strip()[m.end() :].strip()


IMAGE_TAG = re.compile(
    r"""
    ^\s*(?:<(?:image|img|figure|picture|source|video|iframe)\b  # a tag left in the text
         |!\[[^\]]*\]\(                                       # a Markdown image
         |data:image/)
    """,
    re.VERBOSE | re.IGNORECASE,
)


# A bare link alone on its line: a short link or permalink box ("https://p.site.com/p/4dKx7").
BARE_URL = re.compile(r"^(?:https?://|www\.)[^\s/]+\.[a-z]{2,}\S*$", re.IGNORECASE)
# A line made only of template tags the page never filled: "{{^userSubscribed}} {{/user…}}".
TEMPLATE_TAGS = re.compile(
    r"""
    ^(?:\s*(?:\{\{[^{}]{0,80}\}\}|\{%[^{}]{0,80}%\}))+\s*$
    """,
    re.VERBOSE,
)


def is_artefact(line: str) -> bool:
    """True for an XPath, a bare link (to an image, an asset or a page), an image tag, a
    line of unfilled template tags."""
    text = line.strip()
    if IMAGE_TAG.match(text) or TEMPLATE_TAGS.match(text):
        return True
    return " " not in text and bool(
        XPATH.match(text) or ASSET_URL.match(text) or BARE_URL.match(text)
    )


CRAWLER_MONTH = re.compile(r"(?m)^\s*(?:\S+\s+)?date\s*:?\s*((?:19|20)\d\d)-([01]\d)\b")


def crawler_months(text: str) -> list[tuple[int, int]]:
    """(year, month) of the crawler prefixes in a page's text."""
    return [(int(m[1]), int(m[2])) for m in CRAWLER_MONTH.finditer(text)]
