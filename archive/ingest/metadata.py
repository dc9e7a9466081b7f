"""Title, publication date, source, agency and author, read from a page's removed lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from .boilerplate import Page, is_name_shaped
from .dates import DateMatch, date_kind, find_dates, is_date_label, parse_with_dateparser
from .document import SourceInfo
from .sources import (
    dateline_source,
    domain_name,
    lead_dateline,
    lookup_domain,
    lookup_source,
)
from .textshape import is_prose, n_words, urls
from .uitext import is_snapshot_banner

# Words that make a site's name describe a news agency.
AGENCY_WORDS = re.compile(r"\b(?:agen[cz][eyi]a?|agency|news agency|press agency|presse)\b", re.I)


# An agency credited at the end of a paragraph: "… en Ukraine.-(Reuters)", "… (AFP)".
GLUED_CREDIT = re.compile(r"[.!?»”\"]\s*[-–—]?\s*\((?P<src>[A-Z][\w .&-]{1,25})\)\s*\.?$")

# A site signing the last paragraph with its address: "… Mabaso-Khumalo said. – SAnews.gov.za".
GLUED_SITE = re.compile(
    r"[.!?»”\"]\s*[-–—]\s*(?P<site>[A-Za-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,4})\s*$"
)

# A dateline inside the lede's first words, after a glued byline: "… MUNICH (Reuters) - ".
INNER_DATELINE = re.compile(
    r"""
    \b[A-ZÀ-Ý]{2}[A-ZÀ-Ý .'’-]{0,30}      # the place, in capitals
    (?:,[^()]{0,25})?\s*                  # ", March 3"
    \((?P<src>[A-Za-z][\w .&-]{1,25})\)    # "(Reuters)"
    \s*[-–—]
    """,
    re.VERBOSE,
)

# Signals whose lines may carry the page's own date.
DATE_SIGNALS = (
    "date-line",
    "byline",
    "dateline",
    "navigation",
    "site-name",
    "short-line",
    "ui-text",
)


@dataclass
class Metadata:
    title: str | None = None
    published: datetime | None = None
    precision: str = "unknown"
    inferred: bool = False
    partial: DateMatch | None = None  # a day and month read without a year
    source: SourceInfo | None = None
    agency: str | None = None
    author: str | None = None
    notes: list[str] = field(default_factory=list)
    title_site: SourceInfo | None = None


def read_metadata(page: Page, language: str, source: str | None = None) -> Metadata:
    """Return what the page says about itself (the year of a partial date is inferred later)."""
    meta = Metadata(title=page.title)
    _split_title(meta)
    _read_date(page, language, meta)
    _read_source(page, meta, source)
    for removed in page.removed:
        if removed.author:
            meta.author = removed.author
            meta.notes.append(f"author {removed.author!r} from {removed.signal} {removed.text!r}")
            break
    return meta


_TITLE_TAIL = re.compile(r"\s+(?:\||[-–—]|::)\s+(?P<site>[^|–—]{2,40})$")


def _split_title(meta: Metadata) -> None:
    """ "Headline | Outlet" (or "Headline - Outlet" with a registry outlet) → title and source."""
    if not meta.title:
        return
    m = _TITLE_TAIL.search(meta.title)
    if not m or n_words(meta.title[: m.start()]) < 3:
        return
    site = m["site"].strip()
    entry = lookup_source(site) or lookup_domain(site)
    if entry or (m.group().lstrip().startswith("|") and n_words(site) <= 3):
        meta.title = meta.title[: m.start()].rstrip()
        meta.title_site = entry.info() if entry else SourceInfo(name=site)
        meta.notes.append(f"site name {site!r} after the headline")


def _date_candidates(page: Page) -> list[tuple[int, str]]:
    """(rank, line) pairs, best first: a date labelled "published" above the article, other
    date lines above it, a crawler's date, labelled dates and signatures below it (a date
    next to the end credit or the author's name), the lead.
    Within a rank the line nearest the headline comes first (a site's clock stands higher up).

    A label alone on its line ("Publié le") labels the next date within three lines.
    """
    prose = [ln.index for ln in page.body if is_prose(ln.text)]
    first_body = prose[0] if prose else page.body[0].index if page.body else 10**9
    # Below the article: after two paragraphs (a standfirst may stand above the date).
    below_from = prose[1] if len(prose) > 1 else first_body
    anchor = page.title_index if page.title_index is not None else first_body
    out = []
    label, label_at = "", -10
    signal_at = {removed.index: removed.signal for removed in page.removed}
    signing = ("credit", "source-line", "byline", "trailer")
    for removed in page.removed:
        if removed.signal == "crawler-prefix" and len(removed.published or "") == 10:
            out.append((1, 0, removed.published))
            continue
        if removed.signal not in DATE_SIGNALS and removed.signal != "title":
            continue
        if is_snapshot_banner(removed.text):
            continue  # the time a cache copied the page
        if is_date_label(removed.text):
            label, label_at = date_kind(removed.text) or "published", removed.index
            continue
        kind = date_kind(removed.text)
        if not kind and label and removed.index - label_at <= 3 and find_dates(removed.text):
            kind = label
        below = removed.index > below_from
        signed = removed.signal == "byline" or any(
            signal_at.get(removed.index + d) in signing for d in (-1, 1)
        )
        if below and not kind and not signed:
            continue  # dates below the article belong to teasers unless they say "published"
        rank = (2 if below else 0) + (1 if kind == "updated" else 0)
        if kind == "published":
            rank -= 1
        if removed.signal == "title":
            rank += 1  # "… Press Conference on July 17" may name the day of the event
        out.append((rank, abs(removed.index - anchor), removed.text))
    if page.body:
        out.append((5, 0, page.body[0].text[:80]))
    out.sort(key=lambda item: item[:2])
    return [(rank, text) for rank, _, text in out]


def _read_date(page: Page, language: str, meta: Metadata) -> None:
    for rank, line in _date_candidates(page):
        dates = find_dates(line, language, allow_numeric_partial=rank < 5)
        if rank == 5:
            dates = [d for d in dates if d.start < 40]
        if not dates:
            if rank < 5 and date_kind(line):
                parsed = parse_with_dateparser(line, language)
                if parsed:
                    meta.published, meta.precision = parsed, "day"
                    meta.notes.append(f"date from {line!r} (dateparser)")
                    return
            continue
        found = next((d for d in dates if d.year), dates[0])  # "8.15am, 14 Feb 2024"
        if found.year is None:
            if meta.partial is None:
                meta.partial = found
                meta.notes.append(f"day and month without a year in {line!r}")
            continue
        meta.published = found.to_datetime()
        meta.precision = "datetime" if found.hour is not None else "day"
        meta.notes.append(f"date from {line!r}")
        meta.partial = None
        return


def first_body_index(page: Page) -> int:
    """The line number of the article's first paragraph (a large number if none)."""
    prose = [ln.index for ln in page.body if is_prose(ln.text)]
    return prose[0] if prose else page.body[0].index if page.body else 10**9


def _read_source(page: Page, meta: Metadata, override: str | None) -> None:
    outlets: list[tuple[int, SourceInfo, str]] = []  # (rank, source, why)
    agencies: list[str] = []

    def consider(name: str, rank: int, why: str) -> None:
        entry = lookup_source(name)
        if entry and entry.kind == "agency":
            agencies.append(entry.name)
            outlets.append((rank + 10, entry.info(), why))
        elif entry:
            outlets.append((rank, entry.info(), why))
        else:  # a name the registry does not know ranks below every known outlet or agency
            outlets.append((rank + 21, SourceInfo(name=name.strip()), why))

    def claim(name: str, rank: int, why: str) -> None:
        """A name that says whose page this is, known to the registry or not."""
        entry = lookup_source(name)
        if entry and entry.kind == "agency":
            agencies.append(entry.name)
        outlets.append((rank, entry.info() if entry else SourceInfo(name=name.strip()), why))

    def credit(removed, rank: int, why: str) -> None:
        """The outlet and agency a byline or a credit line was read to name."""
        if removed.agency:
            agencies.append(removed.agency)
        if removed.outlet and removed.outlet != removed.agency:
            consider(removed.outlet, rank, why)
        elif removed.agency:
            consider(removed.agency, rank, why)

    if meta.title_site:
        known = lookup_source(meta.title_site.name)
        outlets.append((1 if known else 21, meta.title_site, "site name after the headline"))
    title_at = page.title_index if page.title_index is not None else -1
    for removed in page.removed:
        text = removed.text.strip()
        clue, named = removed.clue, removed.outlet or removed.agency or ""
        if clue == "byline":
            credit(removed, 1, f"byline {text!r}")
        elif clue == "full-story":
            claim(named, -2, f"full story at {text!r}")
        elif clue == "credit":
            credit(removed, 2, f"credit {text!r}")
        elif clue == "site-name":
            # An unknown name right above the headline may be a rubric, a line that is no
            # name in title case may be a headline, a single word may be a menu's, and a
            # name that describes an agency ("Russian News Agency") gives way to the
            # agency's own; otherwise the site's name outranks the agencies it credits.
            after = [ln.index for ln in page.lines if ln.index > removed.index]
            kicker = after and after[0] == page.title_index and n_words(text) > 1
            text = named or text  # "Name - Press release": the name
            if lookup_source(text):
                claim(text, 0, f"site name line {text!r}")
            elif (
                kicker or AGENCY_WORDS.search(text) or not is_name_shaped(text) or n_words(text) < 2
            ):
                consider(text, 0, f"site name line {text!r}")
            else:
                claim(text, 3, f"site name line {text!r}")
        elif clue == "outlet-line":
            if title_at < removed.index < first_body_index(page):
                claim(named, -1, f"outlet under the headline {text!r}")
            elif removed.index < title_at:
                claim(named, 0, f"outlet line {text!r}")
            else:
                consider(named, 2, f"outlet line {text!r}")
        elif clue == "dateline":
            consider(named, 4, f"dateline {text!r}")
            place = re.match(r"[^,(/]+", text)
            if place:
                meta.notes.append(f"dateline place {place.group().strip()!r}")
        elif clue in ("credit-source", "publisher-notice"):
            consider(named, 6, f"{clue} {text[:40]!r}")
        elif clue == "copyright":
            consider(named, 7, f"copyright line {text!r}")
        elif clue == "copyright-notice":
            claim(named, 4, f"copyright notice {text[:50]!r}")
        elif clue == "banner-site":
            claim(named, 3, f"consent banner {text!r}")
        for url in urls(text):
            entry = lookup_domain(url)
            if entry:
                outlets.append((3, entry.info(), f"link {url}"))
            elif removed.signal in ("ui-text", "related-link"):
                outlets.append(
                    (
                        29,
                        SourceInfo(name=domain_name(url), website=url.split("/")[2]),
                        f"share link {url}",
                    )
                )
    for line in page.body[:3]:
        glued = GLUED_CREDIT.search(line.text)
        if glued and lookup_source(glued["src"]):
            consider(glued["src"], 5, f"credit at the end of {line.text[-40:]!r}")
            break
    for line in page.body[-2:]:
        signed = GLUED_SITE.search(line.text)
        if signed:
            entry = lookup_domain(signed["site"])
            consider(
                entry.name if entry else signed["site"], 5, f"site signing {line.text[-40:]!r}"
            )
            break
    for line in page.body[:2]:
        found = lead_dateline(line.text)
        lead = found[2] if found else dateline_source(line.text[:60])
        inner = None if lead else INNER_DATELINE.search(line.text[:160])
        if inner and lookup_source(inner["src"]):
            lead = inner["src"]  # "By Jane Roe and Ali Khan UNITED NATIONS (Reuters) - …"
        if lead:
            consider(lead, 4, f"dateline in the lead {line.text[:40]!r}")
            if found:
                meta.notes.append(f"dateline place {found[1]!r}")
            break
    if override:
        entry = lookup_source(override)
        meta.source = entry.info() if entry else SourceInfo(name=override)
        meta.notes.append(f"source {override!r} given")
    elif outlets:
        outlets.sort(key=lambda item: item[0])
        meta.source = outlets[0][1]
        meta.notes.append(f"source {meta.source.name!r} from {outlets[0][2]}")
    if agencies:
        meta.agency = agencies[-1]
    elif meta.source and n_words(meta.source.name) <= 2:
        entry = lookup_source(meta.source.name)
        meta.agency = entry.name if entry and entry.kind == "agency" else None
