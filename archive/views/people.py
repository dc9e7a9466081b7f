"""Who speaks and who publishes: speaker and source lists, one page each."""

from collections.abc import Sequence
from urllib.parse import urlencode

from django.db.models import Count, F, Max, Min
from django.views import generic
from django.views.generic.detail import SingleObjectMixin

from archive import propagation
from archive.api.params import BadParameter, date_range
from archive.models import Article, Source, Speaker
from archive.text import fold

from .articles import listed_articles
from .figures import counts_per_speaker, take_census

MAX_NAME_FILTER = 100


class PeriodFilterMixin:
    """`?from=` and `?to=` (YYYY, YYYY-MM or YYYY-MM-DD, both included) on a list page.

    A date the page cannot read is reported on the page (`period_error`) and ignored.
    """

    def period(self):
        if not hasattr(self, "_period"):
            try:
                self._period, self.period_error = date_range(self.request.GET), ""
            except BadParameter as error:
                self._period, self.period_error = (None, None), error.name
        return self._period

    def filter_period(self, queryset, field: str):
        start, end = self.period()
        if start:
            queryset = queryset.filter(**{f"{field}__gte": start})
        if end:
            queryset = queryset.filter(**{f"{field}__lt": end})
        return queryset

    def search_params(self) -> dict:
        """The search page's parameters for "this page's items" (its search within)."""
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        self.period()
        period = {
            "from": (self.request.GET.get("from") or "").strip()[:20],
            "to": (self.request.GET.get("to") or "").strip()[:20],
        }
        within = self.search_params()
        if not self.period_error:
            within.update((k, v) for k, v in period.items() if v)
        return super().get_context_data(
            period_from=period["from"],
            period_to=period["to"],
            period_error=self.period_error,
            search_query=urlencode(within),
            **kwargs,
        )


class SpeakerListView(generic.ListView):
    """/orateurs/ : every speaker with how often they are quoted (?tri=nom for A–Z,
    ?nom=… for the names that contain those letters, accents and case aside)."""

    template_name = "archive/speaker_list.html"
    paginate_by = 100
    orderings = ("propos", "nom")

    def get_ordering_key(self) -> str:
        key = self.request.GET.get("tri", "propos")
        return key if key in self.orderings else "propos"

    def get_queryset(self):
        counts = counts_per_speaker(take_census())
        wanted = fold(self.name_filter())
        rows = Speaker.objects.order_by("name").values_list("pk", "name", "aliases")
        ids = [
            pk
            for pk, name, aliases in rows
            if not wanted or any(wanted in fold(n) for n in [name, *(aliases or [])])
        ]
        if self.get_ordering_key() == "propos":
            ids.sort(key=lambda pk: -counts.get(pk, (0, 0))[0])  # stable: ties by name
        return CountedSpeakers(ids, counts)

    def name_filter(self) -> str:
        return (self.request.GET.get("nom") or "").strip()[:MAX_NAME_FILTER]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            sort=self.get_ordering_key(), name_filter=self.name_filter(), **kwargs
        )


class CountedSpeakers(Sequence):
    """Speaker ids in list order; a slice (a page) fetches those speakers with their
    `statement_count` and `article_count`."""

    def __init__(self, ids: list[int], counts: dict[int, tuple[int, int]]):
        self.ids, self.counts = ids, counts

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1 or None][0]
        ids = self.ids[index]
        rows = Speaker.objects.in_bulk(ids)
        speakers = [rows[pk] for pk in ids if pk in rows]
        for speaker in speakers:
            speaker.statement_count, speaker.article_count = self.counts.get(speaker.pk, (0, 0))
        return speakers


class SpeakerDetailView(PeriodFilterMixin, SingleObjectMixin, generic.ListView):
    """/orateurs/<slug>/ : one speaker's statements, newest article first (?from=&to=)."""

    template_name = "archive/speaker_detail.html"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(Speaker.objects.annotate(statement_count=Count("statements")))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        statements = self.filter_period(self.object.statements.all(), "article__published")
        return statements.select_related("article__source").order_by(
            F("article__published").desc(nulls_last=True), "-article_id", "position"
        )

    def search_params(self) -> dict:
        return {"mode": "statements", "speaker": self.object.slug}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        propagation.annotate_outlets(context["object_list"])  # "reported by N outlets"
        return context


class SourceListView(generic.ListView):
    """/sources/ : the sources A–Z, a page at a time, each with its number of articles and
    the years it covers (counted for the sources of the page only)."""

    paginate_by = 100

    def get_queryset(self):
        return Source.objects.order_by("name", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sources = list(context["object_list"])
        figures = {
            row["source"]: row
            for row in Article.objects.filter(source__in=sources)
            .order_by()
            .values("source")
            .annotate(n=Count("pk"), first=Min("published"), last=Max("published"))
        }
        for source in sources:
            row = figures.get(source.pk, {})
            source.article_count = row.get("n", 0)
            source.first_published, source.last_published = row.get("first"), row.get("last")
        context["object_list"] = sources
        return context


class SourceDetailView(PeriodFilterMixin, SingleObjectMixin, generic.ListView):
    """/sources/<slug>/ : a source's articles, newest first (?from=&to=)."""

    template_name = "archive/source_detail.html"
    paginate_by = 25

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(Source.objects.all())
        return super().get(request, *args, **kwargs)

    def search_params(self) -> dict:
        return {"source": self.object.slug}

    def get_queryset(self):
        articles = self.filter_period(self.object.articles.all(), "published")
        return listed_articles(propagation.hide_copies(articles, self.request))
