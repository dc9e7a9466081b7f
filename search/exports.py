"""Export any search as CSV or JSON (/search/export.csv?…, /search/export.json?…).

Each row carries what a citation needs: statements their speaker (and role), quote, cue
verb (its infinitive), article title, source, date and whether it was inferred,
language and permalink, and a ready-to-paste `citation` (speaker, « quote », outlet,
date, permalink); articles the same for themselves. The file is named after the search
and the day (depeches-lavrov-karabakh-2026-11-27.csv). At most MAX_ROWS rows, newest
first unless the search says otherwise.
"""

import csv

from django.http import HttpResponse, JsonResponse
from django.utils import dateformat, timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from archive.cues import infinitive
from archive.templatetags.archive_tags import french, quoted

from .forms import ArchiveSearchForm

MAX_ROWS = 5000
MAX_NAME_WORDS_LENGTH = 60  # characters of the query's slug in the file name
# A spreadsheet reads a cell starting with one of these as a formula (or, for tab and
# carriage return, may drop them and read what follows as one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ARTICLE_FIELDS = [
    "title",
    "source",
    "date",
    "date_inferred",
    "language",
    "speakers",
    "permalink",
    "citation",
]
STATEMENT_FIELDS = [
    "speaker",
    "speaker_role",
    "quote",
    "cue_verb",
    "article_title",
    "source",
    "date",
    "date_inferred",
    "language",
    "permalink",
    "citation",
]
# How each speaker was found and how sure that is: an uncertain attribution is a guess.
STATEMENT_FIELDS += ["attribution", "confidence", "uncertain"]
NAMED_PARAMS = ("q", "speaker", "source")  # what the file name is made of, in this order


def export_rows(request):
    """Return (form, field names, rows as dicts) for the search in request.GET."""
    data = request.GET.copy()
    data.setdefault("sort", "-date")
    form = ArchiveSearchForm(data, load_all=True)
    results = list(form.search()[:MAX_ROWS]) if form.is_valid() else []
    found = [r for r in results if r is not None and r.object is not None]
    if form.is_valid() and form.statements:
        return form, STATEMENT_FIELDS, [statement_row(request, r.object) for r in found]
    return form, ARTICLE_FIELDS, [article_row(request, r.object, r) for r in found]


def _date(value):
    return value.isoformat() if value else ""


def readable_date(article) -> str:
    """ "29 décembre 2020" ("December 29"…, as the language says), marked when inferred."""
    if not article.published:
        return _("date inconnue")
    text = dateformat.format(timezone.localtime(article.published), "j F Y")
    return f"{text} ({_('date déduite')})" if article.published_inferred else text


def citation(*parts) -> str:
    """The non-empty parts, comma-separated: ready to paste under a quote."""
    return ", ".join(part for part in parts if part)


def statement_row(request, statement) -> dict:
    article = statement.article
    speaker = statement.speaker.name if statement.speaker else statement.speaker_label
    source = article.source.name if article.source else ""
    permalink = request.build_absolute_uri(statement.get_absolute_url())
    quote = quoted(statement.text, article.language)
    return {
        "speaker": speaker,
        "speaker_role": statement.speaker.role if statement.speaker else "",
        "quote": statement.text,
        "cue_verb": infinitive(statement.cue, "fr" if french() else "en"),
        "article_title": article.display_title,
        "source": source,
        "date": _date(article.published),
        "date_inferred": article.published_inferred,
        "language": article.language,
        "permalink": permalink,
        "citation": citation(
            speaker or _("orateur non identifié"), quote, source, readable_date(article), permalink
        ),
        "attribution": statement.attribution,
        "confidence": statement.confidence if statement.confidence is not None else "",
        "uncertain": statement.uncertain,
    }


def article_row(request, article, result) -> dict:
    source = article.source.name if article.source else ""
    permalink = request.build_absolute_uri(article.get_absolute_url())
    title = quoted(article.display_title, article.language)
    return {
        "title": article.display_title,
        "source": source,
        "date": _date(article.published),
        "date_inferred": article.published_inferred,
        "language": article.language,
        "speakers": "; ".join(result.speakers or []),
        "permalink": permalink,
        "citation": citation(title, source, readable_date(article), permalink),
    }


def export_file_name(params, extension: str, today=None) -> str:
    """depeches-<query, speaker, source as a slug>-<today>.<extension>, bounded in length.

    The slug keeps letters and digits only (accents folded), so the name is safe in any
    header and file system; a search without words is named « recherche ».
    """
    words = " ".join((params.get(name) or "") for name in NAMED_PARAMS)
    slug = slugify(words.replace(":", " "))[:MAX_NAME_WORDS_LENGTH].strip("-") or "recherche"
    day = (today or timezone.localdate()).isoformat()
    return f"depeches-{slug}-{day}.{extension}"


def attachment(response, name: str):
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def export_csv(request):
    form, fields, rows = export_rows(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    attachment(response, export_file_name(request.GET, "csv"))
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.DictWriter(response, fieldnames=fields)
    writer.writeheader()
    writer.writerows({name: csv_cell(value) for name, value in row.items()} for row in rows)
    return response


def csv_cell(value):
    """A row value as a CSV cell: booleans as true/false (as in JSON), text spreadsheet-safe."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return spreadsheet_safe(value)


def spreadsheet_safe(value):
    """Return `value` so that no spreadsheet runs it: text that could start a formula
    gets a leading apostrophe, which spreadsheets show as text and do not display."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_json(request):
    form, fields, rows = export_rows(request)
    response = JsonResponse(
        {"query": request.GET.dict(), "count": len(rows), "fields": fields, "results": rows},
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    return attachment(response, export_file_name(request.GET, "json"))
