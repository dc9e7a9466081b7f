"""Archive widgets: the article body with its statements marked, a month calendar.

The Python side only computes (segments, weeks); the HTML lives in templates/includes/,
where auto-escaping applies to every piece of article text.
"""

import calendar
from dataclasses import dataclass
from datetime import date

from django import template
from django.utils import dateformat
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, gettext, gettext_noop, pgettext_lazy

from archive import cues

register = template.Library()


@dataclass(frozen=True)
class Segment:
    """A run of paragraph text, inside a statement or not.

    `anchor` is true on the first piece of a statement only (a quote spanning two
    paragraphs is marked in both, but its `id` must appear once).
    """

    text: str
    statement: object = None
    anchor: bool = False


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of each non-blank paragraph, as Article.paragraphs splits."""
    spans, start = [], 0
    for part in body.split("\n\n"):
        end = start + len(part)
        if part.strip():
            spans.append((start, end))
        start = end + 2
    return spans


def statement_span(body: str, statement) -> tuple[int, int] | None:
    """Return where `statement` stands in `body`: its offsets if they hold its text, else
    where its text is found, else None (the statement is then listed but not marked)."""
    start, end = statement.start, statement.end
    text = (statement.text or "").strip()
    if 0 <= start < end <= len(body) and body[start:end].strip() == text:
        # Mark the words, not the spaces the offsets may include inside « ».
        inner = body[start:end]
        start += len(inner) - len(inner.lstrip())
        return start, start + len(text)
    found = body.find(text) if text else -1
    return (found, found + len(text)) if found >= 0 else None


def placed_statements(body: str, statements) -> list[tuple[int, int, object]]:
    """Return (start, end, statement) for the statements that can be marked, in body order.

    Offsets come from the extractor; a statement whose text isn't in the body, or that
    overlaps one already placed, is still listed on the page, just not marked in place.
    """
    in_body = [s for s in statements if not s.in_title]
    spans = [(span, s) for s in in_body if (span := statement_span(body, s))]
    placed, last_end = [], 0
    for (start, end), statement in sorted(spans, key=lambda item: item[0]):
        if start >= last_end:
            placed.append((start, end, statement))
            last_end = end
    return placed


def split_body(body: str, statements) -> list[list[Segment]]:
    """Return the body as paragraphs, each a list of segments with statements marked."""
    body = body or ""
    marks = placed_statements(body, statements)
    anchored: set[int] = set()
    paragraphs = []
    for p_start, p_end in paragraph_spans(body):
        segments, cursor = [], p_start
        for s_start, s_end, statement in marks:
            start, end = max(s_start, p_start), min(s_end, p_end)
            if start >= end:
                continue
            if start > cursor:
                segments.append(Segment(body[cursor:start]))
            first = id(statement) not in anchored
            anchored.add(id(statement))
            segments.append(Segment(body[start:end], statement, anchor=first))
            cursor = end
        if cursor < p_end:
            segments.append(Segment(body[cursor:p_end]))
        paragraphs.append(segments)
    return paragraphs


@register.inclusion_tag("includes/_marked_body.html")
def marked_body(article, statements):
    """Render the article body as paragraphs, each statement in a <mark id="statement-N">."""
    return {"paragraphs": split_body(article.body, statements)}


@register.inclusion_tag("includes/_month_calendar.html")
def month_calendar(month: date, date_counts):
    """Render a Monday-first calendar of `month`, linking the days that have articles.

    `date_counts` is the (day, count) list the month view computes.
    """
    counts = {d.date() if hasattr(d, "date") else d: n for d, n in date_counts}
    weeks = [
        [
            {"date": day, "count": counts.get(day, 0), "in_month": day.month == month.month}
            for day in week
        ]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
    ]
    return {"month": month, "weeks": weeks, "weekdays": WEEKDAYS}


WEEKDAYS = [
    (pgettext_lazy("weekday", "lun"), pgettext_lazy("weekday", "lundi")),
    (pgettext_lazy("weekday", "mar"), pgettext_lazy("weekday", "mardi")),
    (pgettext_lazy("weekday", "mer"), pgettext_lazy("weekday", "mercredi")),
    (pgettext_lazy("weekday", "jeu"), pgettext_lazy("weekday", "jeudi")),
    (pgettext_lazy("weekday", "ven"), pgettext_lazy("weekday", "vendredi")),
    (pgettext_lazy("weekday", "sam"), pgettext_lazy("weekday", "samedi")),
    (pgettext_lazy("weekday", "dim"), pgettext_lazy("weekday", "dimanche")),
]

# The nouns templates count ("singular,plural", French): marked here for the catalogue.
COUNTED_NOUNS = [
    gettext_noop("article,articles"),
    gettext_noop("citation,citations"),
    gettext_noop("orateur,orateurs"),
    gettext_noop("source,sources"),
]


def french() -> bool:
    return (get_language() or "fr").startswith("fr")


@register.filter
def count_fr(value, forms: str) -> str:
    """Return "1 article", "0 article", "1 234 articles" (French) or "0 articles" (English).

    `forms` is the French "singular,plural", translated through the catalogue. French keeps
    the singular below 2, English for 1 only; thousands are grouped as the locale says.
    """
    singular, _, plural = gettext(forms).partition(",")
    n = int(value or 0)
    one = n < 2 if french() else n == 1
    return f"{number_format(n, force_grouping=True)} {singular if one else plural or singular}"


@register.filter
def long_date(value) -> str:
    """ "1<sup>er</sup> mars 2020", "5 mars 2020"; "1 March 2020" in English."""
    if value is None:
        return ""
    value = template_localtime(value)
    if value.day == 1 and french():
        return format_html("1<sup>er</sup> {}", dateformat.format(value, "F Y"))
    return dateformat.format(value, "j F Y")


QUOTE_MARKS = {"fr": ("« ", " »")}
ENGLISH_MARKS = ("\u201c", "\u201d")


@register.filter
def quote_open(language: str) -> str:
    """The opening quotation mark for a quote in `language`: « for French, “ otherwise."""
    return QUOTE_MARKS.get(language or "fr", ENGLISH_MARKS)[0]


@register.filter
def quote_close(language: str) -> str:
    return QUOTE_MARKS.get(language or "fr", ENGLISH_MARKS)[1]


def quoted(text: str, language: str) -> str:
    """`text` in the quotation marks of its language, for plain text (exports, feeds)."""
    return f"{quote_open(language)}{text}{quote_close(language)}"


# How a speaker was found (archive/ingest/attribution.py's codes), as readers say it.
ATTRIBUTION_LABELS = {
    "incise": pgettext_lazy("attribution", "incise"),
    "cue verb": pgettext_lazy("attribution", "verbe introducteur"),
    "according to": pgettext_lazy("attribution", "« selon »"),
    "incise inside the quote": pgettext_lazy("attribution", "incise dans la citation"),
    "headline": pgettext_lazy("attribution", "titre"),
    "subject before a colon": pgettext_lazy("attribution", "sujet avant deux-points"),
    "pull-quote": pgettext_lazy("attribution", "exergue"),
    "current speaker": pgettext_lazy("attribution", "orateur en cours"),
    "last speaker": pgettext_lazy("attribution", "dernier orateur nommé"),
    "adjacent sentence": pgettext_lazy("attribution", "phrase voisine"),
}


@register.filter
def attribution_label(code: str) -> str:
    """How the speaker was found, in the page's language; an unknown code as stored."""
    return str(ATTRIBUTION_LABELS.get(code, code or ""))


@register.filter
def cue_verb(cue: str) -> str:
    """The stored cue (« a déclaré », "said") as its verb's infinitive in the page's language."""
    return cues.infinitive(cue, "fr" if french() else "en")
