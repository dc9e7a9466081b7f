"""Archive pages, split by area: home, articles by date, one article, speakers, sources."""

from .articles import (
    ArticleArchiveIndexView,
    ArticleDayArchiveView,
    ArticleDetailView,
    ArticleMonthArchiveView,
    ArticleRawView,
    ArticleYearArchiveView,
    UndatedArticleListView,
)
from .home import HomeView
from .people import SourceDetailView, SourceListView, SpeakerDetailView, SpeakerListView
from .statements import StatementDetailView

__all__ = [
    "ArticleArchiveIndexView",
    "ArticleDayArchiveView",
    "ArticleDetailView",
    "ArticleMonthArchiveView",
    "ArticleRawView",
    "ArticleYearArchiveView",
    "HomeView",
    "SourceDetailView",
    "SourceListView",
    "SpeakerDetailView",
    "SpeakerListView",
    "StatementDetailView",
    "UndatedArticleListView",
]
