"""The home page: the latest articles and the ways into the archive."""

from django.views.generic import TemplateView

from archive.models import Article

from .articles import listed_articles
from .figures import articles_per_year, most_quoted, take_census


class HomeView(TemplateView):
    template_name = "archive/home.html"
    latest_count = 10
    top_speaker_count = 8

    def get_context_data(self, **kwargs):
        census = take_census()
        return super().get_context_data(
            latest=listed_articles(Article.objects.all())[: self.latest_count],
            counts={
                "articles": census.articles,
                "statements": census.statements,
                "speakers": census.speakers,
                "sources": census.sources,
            },
            years=articles_per_year(census),
            top_speakers=most_quoted(census, self.top_speaker_count),
            **kwargs,
        )
