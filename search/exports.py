"""Export any search as CSV or JSON (/search/export.csv?…, /search/export.json?…).

Statements carry the citation fields: speaker, quote, article title, source, date and
permalink. At most MAX_ROWS rows, newest first unless the search says otherwise.
"""

import csv

from django.http import HttpResponse, JsonResponse

from .forms import ArchiveSearchForm

MAX_ROWS = 5000
# A spreadsheet reads a cell starting with one of these as a formula (or, for tab and
# carriage return, may drop them and read what follows as one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ARTICLE_FIELDS = ["title", "source", "date", "language", "speakers", "permalink"]
STATEMENT_FIELDS = ["speaker", "quote", "article_title", "source", "date", "permalink"]
# How each speaker was found and how sure that is: an uncertain attribution is a guess.
STATEMENT_FIELDS += ["attribution", "confidence", "uncertain"]


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


def statement_row(request, statement) -> dict:
    article = statement.article
    return {
        "speaker": statement.speaker.name if statement.speaker else statement.speaker_label,
        "quote": statement.text,
        "article_title": article.display_title,
        "source": article.source.name if article.source else "",
        "date": _date(article.published),
        "permalink": request.build_absolute_uri(statement.get_absolute_url()),
        "attribution": statement.attribution,
        "confidence": statement.confidence if statement.confidence is not None else "",
        "uncertain": statement.uncertain,
    }


def article_row(request, article, result) -> dict:
    return {
        "title": article.display_title,
        "source": article.source.name if article.source else "",
        "date": _date(article.published),
        "language": article.language,
        "speakers": "; ".join(result.speakers or []),
        "permalink": request.build_absolute_uri(article.get_absolute_url()),
    }


def export_csv(request):
    form, fields, rows = export_rows(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="depeches-recherche.csv"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.DictWriter(response, fieldnames=fields)
    writer.writeheader()
    writer.writerows({name: spreadsheet_safe(value) for name, value in row.items()} for row in rows)
    return response


def spreadsheet_safe(value):
    """Return `value` so that no spreadsheet runs it: text that could start a formula
    gets a leading apostrophe, which spreadsheets show as text and do not display."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_json(request):
    form, fields, rows = export_rows(request)
    return JsonResponse(
        {"query": request.GET.dict(), "count": len(rows), "fields": fields, "results": rows},
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
