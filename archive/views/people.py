"""Who speaks and who publishes: speaker and source lists, one page each."""

from django.db.models import Count, F, Max, Min
from django.views import generic
from django.views.generic.detail import SingleObjectMixin

from archive.models import Source, Speaker

from .articles import listed_articles


class SpeakerListView(generic.ListView):
    """/orateurs/ : every speaker with how often they are quoted (?tri=nom for A–Z)."""

    paginate_by = 100
    orderings = {
        "propos": ("-statement_count", "name"),
        "nom": ("name",),
    }

    def get_ordering_key(self) -> str:
        key = self.request.GET.get("tri", "propos")
        return key if key in self.orderings else "propos"

    def get_queryset(self):
        return Speaker.objects.annotate(
            statement_count=Count("statements"),
            article_count=Count("statements__article", distinct=True),
        ).order_by(*self.orderings[self.get_ordering_key()])

    def get_context_data(self, **kwargs):
        return super().get_context_data(sort=self.get_ordering_key(), **kwargs)


class SpeakerDetailView(SingleObjectMixin, generic.ListView):
    """/orateurs/<slug>/ : one speaker's statements, newest article first."""

    template_name = "archive/speaker_detail.html"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(Speaker.objects.annotate(statement_count=Count("statements")))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.object.statements.select_related("article__source").order_by(
            F("article__published").desc(nulls_last=True), "-article_id", "position"
        )


class SourceListView(generic.ListView):
    """/sources/ : every source with its number of articles and the years it covers."""

    def get_queryset(self):
        return Source.objects.annotate(
            article_count=Count("articles"),
            first_published=Min("articles__published"),
            last_published=Max("articles__published"),
        ).order_by("name")


class SourceDetailView(SingleObjectMixin, generic.ListView):
    """/sources/<slug>/ : a source's articles, newest first."""

    template_name = "archive/source_detail.html"
    paginate_by = 25

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(Source.objects.all())
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return listed_articles(self.object.articles.all())
