"""API endpoints: plain views returning JSON, paginated, filtered like the pages.

Every error is JSON: 400 with the parameter at fault, 404, 405; never a 500 for input.
"""

from __future__ import annotations

import functools
import math

from django.db.models import Count, F, Max, Min, Prefetch
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404

from archive import propagation
from archive.models import Article, Source, Speaker, Statement
from archive.views.figures import counts_per_speaker, take_census

from . import params as p
from . import serialise

PAGING = {"page", "page_size"}
ARTICLE_FILTERS = {"from", "to", "speaker", "source", "language", "undated", "hide_copies", "sort"}
STATEMENT_FILTERS = {"from", "to", "speaker", "source", "language", "article", "sort"}


def error(status: int, message: str, parameter: str | None = None) -> JsonResponse:
    body = {"error": message, "status": status}
    if parameter:
        body["parameter"] = parameter
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def api_view(allowed: set[str] = frozenset()):
    """GET/HEAD only; unknown parameters refused; errors as JSON."""

    def wrap(view):
        @functools.wraps(view)
        def inner(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD"):
                response = error(405, "read only: use GET")
                response["Allow"] = "GET, HEAD"
                return response
            try:
                p.check_known(request.GET, allowed)
                data = view(request, *args, **kwargs)
            except p.BadParameter as exc:
                return error(400, exc.message, exc.name)
            except Http404 as exc:
                return error(404, str(exc) or "not found")
            return JsonResponse(data, json_dumps_params={"ensure_ascii": False})

        return inner

    return wrap


def paginate(request, queryset, serialise_row, *, count: int | None = None, prepare=None):
    """One page of `queryset` with its count and links to the neighbouring pages."""
    size = p.integer(request.GET, "page_size", p.DEFAULT_PAGE_SIZE, 1, p.MAX_PAGE_SIZE)
    number = p.integer(request.GET, "page", 1, 1, p.MAX_PAGE)
    total = queryset.count() if count is None else count
    pages = max(1, math.ceil(total / size))
    if number > pages:
        raise p.BadParameter("page", f"page {number} is past the last page ({pages})")
    rows = list(queryset[(number - 1) * size : number * size])
    if prepare:
        prepare(rows)

    def link(n):
        query = request.GET.copy()
        query["page"] = n
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return {
        "count": total,
        "page": number,
        "page_size": size,
        "pages": pages,
        "next": link(number + 1) if number < pages else None,
        "previous": link(number - 1) if number > 1 else None,
        "results": [serialise_row(request, row) for row in rows],
    }


def _by_slug(model, slug_value, name):
    if slug_value is None:
        return None
    row = model.objects.filter(slug=slug_value).first()
    if row is None:
        raise p.BadParameter(name, f"no {name} has the slug {slug_value!r}")
    return row


def filtered_articles(params, prefix: str = ""):
    """The filters shared by articles and statements; `prefix` reaches the article."""
    lookups = {}
    start, end = p.date_range(params)
    if start:
        lookups[f"{prefix}published__gte"] = start
    if end:
        lookups[f"{prefix}published__lt"] = end
    source = _by_slug(Source, p.slug(params, "source"), "source")
    if source:
        lookups[f"{prefix}source"] = source
    language = p.language(params)
    if language:
        lookups[f"{prefix}language"] = language
    return lookups


def _newest(prefix: str = ""):
    return (F(f"{prefix}published").desc(nulls_last=True), f"-{prefix}id" if prefix else "-pk")


def _oldest(prefix: str = ""):
    return (F(f"{prefix}published").asc(nulls_last=True), f"{prefix}id" if prefix else "pk")


@api_view(PAGING | ARTICLE_FILTERS)
def article_list(request):
    """GET /api/articles/ : articles, newest first."""
    params = request.GET
    articles = Article.objects.filter(**filtered_articles(params))
    speaker = _by_slug(Speaker, p.slug(params, "speaker"), "speaker")
    if speaker:
        articles = articles.filter(pk__in=speaker.statements.values("article"))
    if p.boolean(params, "undated"):
        articles = articles.filter(published__isnull=True)
    if p.boolean(params, "hide_copies"):
        articles = articles.filter(copy_of__isnull=True)
    order = _oldest() if p.choice(params, "sort", ("newest", "oldest")) == "oldest" else _newest()
    articles = articles.select_related("source").prefetch_related(
        Prefetch("speakers", queryset=Speaker.objects.distinct())
    )
    return paginate(request, articles.order_by(*order), serialise.article)


@api_view()
def article_detail(request, pk):
    """GET /api/articles/<id>/ : one article with its body and statements."""
    article = get_object_or_404(
        Article.objects.select_related("source").prefetch_related(
            Prefetch("speakers", queryset=Speaker.objects.distinct())
        ),
        pk=pk,
    )
    article.statements_list = list(
        article.statements.select_related("speaker").order_by("start", "pk")
    )
    propagation.annotate_outlets(article.statements_list)
    data = serialise.article(request, article, full=True)
    data["story"] = [serialise.article_ref(request, a) for a in propagation.story_of(article)]
    return data


@api_view(PAGING | STATEMENT_FILTERS)
def statement_list(request):
    """GET /api/statements/ : statements, newest article first."""
    params = request.GET
    statements = Statement.objects.filter(**filtered_articles(params, "article__"))
    speaker = _by_slug(Speaker, p.slug(params, "speaker"), "speaker")
    if speaker:
        statements = statements.filter(speaker=speaker)
    article = p.integer(params, "article", 0, 0, 2**31 - 1)
    if article:
        statements = statements.filter(article=article)
    sort = p.choice(params, "sort", ("newest", "oldest"))
    order = (*(_oldest if sort == "oldest" else _newest)("article__"), "position")
    statements = statements.select_related("speaker", "article__source").order_by(*order)
    return paginate(request, statements, serialise.statement, prepare=propagation.annotate_outlets)


@api_view()
def statement_detail(request, pk):
    """GET /api/statements/<id>/ : one statement, who reported it, its corrections."""
    statement = get_object_or_404(
        Statement.objects.select_related("speaker", "article__source"), pk=pk
    )
    cluster, size = propagation.reports(statement)
    propagation.annotate_outlets([statement])
    data = serialise.statement(request, statement)
    data["reported_by"] = [
        {**serialise.article_ref(request, s.article), "statement": s.pk} for s in cluster
    ]
    data["reported_by_count"] = size
    data["corrections"] = [serialise.correction(c) for c in statement.corrections.all()]
    return data


@api_view(PAGING | {"q", "kind"})
def speaker_list(request):
    """GET /api/speakers/ : speakers by name, with how often they are quoted."""
    speakers = Speaker.objects.order_by("name")
    if request.GET.get("q"):
        speakers = speakers.filter(name__icontains=request.GET["q"][:200])
    kind = request.GET.get("kind")
    if kind:
        if kind not in Speaker.Kind.values:
            raise p.BadParameter("kind", f"'kind' must be one of: {', '.join(Speaker.Kind.values)}")
        speakers = speakers.filter(kind=kind)
    counts = counts_per_speaker(take_census())

    def with_counts(rows):
        for row in rows:
            row.statement_count, row.article_count = counts.get(row.pk, (0, 0))

    return paginate(request, speakers, serialise.speaker, prepare=with_counts)


@api_view()
def speaker_detail(request, slug):
    speaker = get_object_or_404(
        Speaker.objects.annotate(
            statement_count=Count("statements"),
            article_count=Count("statements__article", distinct=True),
        ),
        slug=slug,
    )
    return serialise.speaker(request, speaker)


def _sources():
    return Source.objects.annotate(
        article_count=Count("articles"),
        first_published=Min("articles__published"),
        last_published=Max("articles__published"),
    )


@api_view(PAGING | {"q"})
def source_list(request):
    """GET /api/sources/ : sources by name, with their article counts."""
    sources = _sources().order_by("name")
    if request.GET.get("q"):
        sources = sources.filter(name__icontains=request.GET["q"][:200])
    return paginate(request, sources, serialise.source, count=None)


@api_view()
def source_detail(request, slug):
    return serialise.source(request, get_object_or_404(_sources(), slug=slug))


def not_found(request, exception=None):
    return error(404, "no such API endpoint: see /api/")


@api_view()
def index(request):
    """GET /api/ : the endpoints and their parameters."""
    root = request.build_absolute_uri("/api/")
    return {
        "endpoints": {
            f"{root}articles/": sorted(PAGING | ARTICLE_FILTERS),
            f"{root}articles/<id>/": [],
            f"{root}statements/": sorted(PAGING | STATEMENT_FILTERS),
            f"{root}statements/<id>/": [],
            f"{root}speakers/": sorted(PAGING | {"q", "kind"}),
            f"{root}speakers/<slug>/": [],
            f"{root}sources/": sorted(PAGING | {"q"}),
            f"{root}sources/<slug>/": [],
        },
        "page_size": {"default": p.DEFAULT_PAGE_SIZE, "max": p.MAX_PAGE_SIZE},
        "dates": "from/to: YYYY, YYYY-MM or YYYY-MM-DD, both included",
    }
