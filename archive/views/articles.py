"""Articles: browsing by date (one mixin, generic views), one article, its raw text."""

from datetime import MAXYEAR, MINYEAR

from django.db.models import Count, F, Prefetch
from django.db.models.functions import Trunc
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.template import engines
from django.urls import reverse
from django.utils.timezone import get_current_timezone
from django.utils.translation import gettext as _
from django.views import generic
from django.views.generic.detail import BaseDetailView

from archive import propagation
from archive.models import Article, Speaker, Statement
from archive.templatetags.archive_tags import placed_statements

from .figures import articles_per_year, take_census

NEWEST_FIRST = (F("published").desc(nulls_last=True), "-pk")


def listed_articles(queryset):
    """Return `queryset` ready for article rows: source joined, speakers prefetched once each."""
    return with_speakers(queryset.select_related("source").order_by(*NEWEST_FIRST))


def with_speakers(queryset):
    """Prefetch each article's speakers, once each.

    The speakers go through Statement, so an article quoting someone twice would list them
    twice without `distinct()`.
    """
    return queryset.prefetch_related(Prefetch("speakers", queryset=Speaker.objects.distinct()))


def count_by_period(queryset, kind: str, descending=False) -> list[tuple]:
    """Return (period start, article count) pairs, periods read in the current time zone."""
    period = Trunc("published", kind, tzinfo=get_current_timezone())
    rows = (
        queryset.prefetch_related(None)
        .order_by()
        .annotate(period=period)
        .values("period")
        .annotate(count=Count("pk"))
        .order_by("-period" if descending else "period")
    )
    return [(row["period"], row["count"]) for row in rows]


class ArticleDateMixin:
    """What every date page shares: dated articles, newest first, counted by period."""

    date_field = "published"
    month_format = "%m"  # numeric months, so URLs don't depend on the locale
    paginate_by = 25
    allow_future = True  # an inferred date may fall after today; still show it
    allow_empty = False

    def get(self, request, *args, **kwargs):
        # The views compute the period after (and before) the one asked for: a year at
        # either end of what Python's dates hold has none, and no article either.
        if not MINYEAR < kwargs.get("year", 2000) < MAXYEAR:
            raise Http404(_("Aucun article pour cette période."))
        canonical = reverse(request.resolver_match.view_name, kwargs=kwargs)
        if kwargs and canonical != request.path:  # /articles/2022/1/2/ -> /articles/2022/01/02/
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(canonical + (f"?{query}" if query else ""))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        # No prefetch here: the generic views fetch one row of this queryset for each
        # previous/next link, and each would run its own speakers query.
        articles = propagation.hide_copies(Article.objects.published(), self.request)
        return articles.select_related("source").order_by(*NEWEST_FIRST)

    def get_dated_queryset(self, **lookup):
        return with_speakers(super().get_dated_queryset(**lookup))

    def get_date_list(self, queryset, date_type=None, ordering="ASC"):
        """Return the periods holding articles, and keep how many each holds.

        One grouped query gives both the list the generic views want and the counts
        shown next to each period (`date_counts`: (period, count) pairs).
        """
        kind = date_type or self.get_date_list_period()
        self.date_counts = count_by_period(queryset, kind, descending=ordering == "DESC")
        if not self.date_counts and not self.get_allow_empty():
            raise Http404(_("Aucun article pour cette période."))
        return [p for p, _ in self.date_counts]

    def get_context_data(self, **kwargs):
        kwargs.setdefault("date_counts", getattr(self, "date_counts", []))
        return super().get_context_data(**kwargs)


class ArticleArchiveIndexView(ArticleDateMixin, generic.ArchiveIndexView):
    """/articles/ : the years, the latest articles, and the undated ones."""

    undated_preview = 5

    def get_date_list(self, queryset, date_type=None, ordering="ASC"):
        """The years of the whole archive, newest first, from the cached figures."""
        self.census = take_census()
        self.date_counts = articles_per_year(self.census)
        if not self.date_counts:
            raise Http404(_("Aucun article pour cette période."))
        return [year for year, _ in self.date_counts]

    def get_paginator(self, queryset, *args, **kwargs):
        paginator = super().get_paginator(queryset, *args, **kwargs)
        if self.request.GET.get("copies") != "masquer":
            paginator.count = self.census.articles - self.census.undated  # no need to count
        return paginator

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            undated_count=self.census.undated,
            undated_preview=listed_articles(Article.objects.undated())[: self.undated_preview],
            **kwargs,
        )


class ArticleYearArchiveView(ArticleDateMixin, generic.YearArchiveView):
    make_object_list = True


class ArticleMonthArchiveView(ArticleDateMixin, generic.MonthArchiveView):
    pass


class ArticleDayArchiveView(ArticleDateMixin, generic.DayArchiveView):
    pass


class UndatedArticleListView(generic.ListView):
    """/articles/sans-date/ : articles whose publication date could not be read."""

    template_name = "archive/article_undated.html"
    paginate_by = 25

    def get_queryset(self):
        return listed_articles(propagation.hide_copies(Article.objects.undated(), self.request))


class ArticleDetailView(generic.DetailView):
    """/article/<pk>-<slug>/ : one article, its statements marked in the body."""

    queryset = Article.objects.select_related("source").prefetch_related(
        Prefetch(
            "statements",
            queryset=Statement.objects.select_related("speaker").order_by("start", "pk"),
        )
    )

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.slug != kwargs["slug"]:
            return HttpResponsePermanentRedirect(self.object.get_absolute_url())
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        statements = list(self.object.statements.all())
        marked = placed_statements(self.object.body, statements)
        return super().get_context_data(
            statements=statements,
            marked_ids={statement.pk for _, _, statement in marked},
            has_related_articles=has_template_library("search_tags"),
            corrections=list(self.object.corrections.order_by("created", "pk")),
            story=propagation.story_of(self.object),
            **kwargs,
        )


class ArticleRawView(BaseDetailView):
    """/article/<pk>/brut/ : the page text exactly as imported, as plain text."""

    queryset = Article.objects.only("pk", "raw_text")

    def render_to_response(self, context):
        return HttpResponse(self.object.raw_text, content_type="text/plain; charset=utf-8")


def has_template_library(name: str) -> bool:
    """Whether `{% load name %}` would work: the search app provides `search_tags` later."""
    return name in engines["django"].engine.template_libraries
