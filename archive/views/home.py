"""The home page: the latest articles and the ways into the archive."""

from django.db.models import Count
from django.views.generic import TemplateView

from archive.models import Article, Source, Speaker, Statement

from .articles import count_by_period, listed_articles


class HomeView(TemplateView):
    template_name = "archive/home.html"
    latest_count = 10
    top_speaker_count = 8

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            latest=listed_articles(Article.objects.all())[: self.latest_count],
            counts={
                "articles": Article.objects.count(),
                "statements": Statement.objects.count(),
                "speakers": Speaker.objects.count(),
                "sources": Source.objects.count(),
            },
            years=count_by_period(Article.objects.published(), "year", descending=True),
            top_speakers=Speaker.objects.annotate(statement_count=Count("statements"))
            .filter(statement_count__gt=0)
            .order_by("-statement_count", "name")[: self.top_speaker_count],
            **kwargs,
        )
