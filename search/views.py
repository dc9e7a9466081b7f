"""The search page: /search/?q=… (articles) or ?mode=statements (who said what)."""

from django.conf import settings
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.dates import MONTHS, MONTHS_AP
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from haystack.generic_views import FacetedSearchView

from archive import propagation
from archive.models import Article, Source, Speaker
from archive.templatetags.archive_tags import french, quoted

from .assist import assistance
from .forms import LANGUAGES, ArchiveSearchForm, ResultsQuerySet

FACET_LABELS = [
    ("speakers", "speaker", gettext_lazy("Orateurs")),
    ("source", "source", gettext_lazy("Sources")),
    ("language", "language", gettext_lazy("Langues")),
    ("year", "year", gettext_lazy("Années")),
    ("month", "month", gettext_lazy("Mois")),
]
FACET_LIMIT = 10  # values shown at first; up to FACET_MORE behind a "more" fold
FACET_MORE = 100


def month_label(value: str) -> str:
    """ "2020-03" -> "mars 2020"."""
    year, _, month = value.partition("-")
    try:
        return f"{MONTHS[int(month)]} {year}"
    except (ValueError, KeyError):
        return value


def short_month_label(value: str) -> str:
    """ "2020-10" → "oct." (for chart bars)."""
    try:
        return str(MONTHS_AP[int(value.split("-")[1])])
    except (ValueError, IndexError, KeyError):
        return value


class SearchView(FacetedSearchView):
    form_class = ArchiveSearchForm
    template_name = "search/search.html"
    facet_fields = []  # the form asks for its facets
    paginate_by = settings.HAYSTACK_SEARCH_RESULTS_PER_PAGE

    def get_queryset(self):
        return ResultsQuerySet()

    def form_invalid(self, form):
        """Show the page without results (the form reads any input; this is a safety net)."""
        self.queryset = form.no_query_found()
        return super().form_invalid(form)

    def paginate_queryset(self, queryset, page_size):
        """Like Django's, but a bad or out-of-range page shows the nearest page, never 404."""
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        if not form.is_valid() or form.is_browsing:
            context.update(browse_context())
            context["page_title"] = _("Rechercher dans les archives")
            return context
        page = context["page_obj"]
        hits = page.paginator.count
        facets = context.get("facets") or {}
        fields = {
            name.removesuffix("_exact"): counts
            for name, counts in (facets.get("fields") or {}).items()
        }
        context.update(
            {
                "hits": hits,
                "results": [r for r in page.object_list if r is not None and r.object is not None],
                "facet_groups": facet_groups(fields, self.request.GET),
                "chart_bars": chart_bars(fields, self.request.GET),
                "suggestion": form.suggestion(hits),
                "page_title": search_title(form),
                "statements": form.statements,
            }
        )
        if form.statements:  # "reported by N outlets", one query for the page
            propagation.annotate_outlets(r.object for r in context["results"])
        context.update(assistance(form))
        return context


def search_title(form) -> str:
    """A human title: « cessez-le-feu » — Sergueï Lavrov, 2020."""
    q = (form.cleaned_data.get("q") or "").strip()
    parts = [quoted(q, "fr" if french() else "en")] if q else []
    parts += [f["value"] for f in form.filters]
    what = _("Déclarations") if form.statements else _("Recherche")
    if not parts:
        return what
    return _("%(what)s : %(terms)s") % {"what": what, "terms": ", ".join(parts)}


def facet_groups(fields: dict, params) -> list[dict]:
    """Return the facet lists to show, with display names and whether each is active."""
    names = {
        "speakers": dict(
            Speaker.objects.filter(
                slug__in=[v for v, _ in fields.get("speakers", [])[:FACET_MORE]]
            ).values_list("slug", "name")
        ),
        "source": dict(
            Source.objects.filter(
                slug__in=[v for v, _ in fields.get("source", [])[:FACET_MORE]]
            ).values_list("slug", "name")
        ),
        "language": {code: str(name) for code, name in LANGUAGES.items()},
    }
    groups = []
    for field, key, label in FACET_LABELS:
        counts = fields.get(field, [])
        if field == "year":
            counts = sorted(counts, reverse=True)
        elif field == "month":
            year = params.get("year")
            if not year:
                continue  # months are offered once a year is chosen
            counts = sorted(c for c in counts if c[0].startswith(f"{year}-"))
        else:
            counts = counts[:FACET_MORE]
        items = []
        for value, count in counts:
            if value is None:
                continue
            display = (
                month_label(value) if field == "month" else names.get(field, {}).get(value, value)
            )
            items.append(
                {
                    "value": value,
                    "label": display,
                    "count": count,
                    "active": params.get(key) == value,
                }
            )
        if items:
            groups.append(
                {
                    "key": key,
                    "label": label,
                    "items": items[:FACET_LIMIT],
                    "more": items[FACET_LIMIT:],
                    "active": bool(params.get(key)),
                }
            )
    return groups


def chart_bars(fields: dict, params) -> dict:
    """Bars per year, or per month within the chosen (or only) year."""
    years = sorted(fields.get("year", []))
    year = params.get("year") or (years[0][0] if len(years) == 1 else None)
    if year:
        months = sorted(c for c in fields.get("month", []) if c[0].startswith(f"{year}-"))
        bars = [
            (v, short_month_label(v) if len(months) > 1 else month_label(v), n) for v, n in months
        ]
        return {"key": "month", "bars": bars, "caption": _("Par mois, %(year)s") % {"year": year}}
    return {"key": "year", "bars": [(v, v, n) for v, n in years], "caption": _("Par année")}


def browse_context() -> dict:
    """The page without a query: latest articles, the archive by year, counts from SQL."""
    by_year = (
        Article.objects.published()
        .annotate(y=ExtractYear("published"))
        .values("y")
        .annotate(n=Count("id"))
        .order_by("y")
    )
    return {
        "browsing": True,
        "latest": Article.objects.published().select_related("source")[:10],
        "article_count": Article.objects.count(),
        "chart_bars": {
            "key": "year",
            "caption": _("Articles par année"),
            "bars": [(str(r["y"]), str(r["y"]), r["n"]) for r in by_year],
        },
        "top_speakers": Speaker.objects.annotate(n=Count("statements"))
        .filter(n__gt=0)
        .order_by("-n", "name")[:10],
        "top_sources": Source.objects.annotate(n=Count("articles"))
        .filter(n__gt=0)
        .order_by("-n", "name")[:10],
    }
