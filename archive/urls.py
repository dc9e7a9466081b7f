"""Archive pages. URL names are shared with the search app's templates."""

from django.urls import path, register_converter

from . import views
from .converters import TwoDigitConverter, YearConverter

register_converter(TwoDigitConverter, "mm")
register_converter(YearConverter, "yyyy")

app_name = "archive"

urlpatterns = [
    # /
    path("", views.HomeView.as_view(), name="home"),
    # /articles/
    path("articles/", views.ArticleArchiveIndexView.as_view(), name="article_archive"),
    # /articles/sans-date/
    path("articles/sans-date/", views.UndatedArticleListView.as_view(), name="article_undated"),
    # /articles/2020/
    path("articles/<yyyy:year>/", views.ArticleYearArchiveView.as_view(), name="article_year"),
    # /articles/2020/12/
    path(
        "articles/<yyyy:year>/<mm:month>/",
        views.ArticleMonthArchiveView.as_view(),
        name="article_month",
    ),
    # /articles/2020/12/30/
    path(
        "articles/<yyyy:year>/<mm:month>/<mm:day>/",
        views.ArticleDayArchiveView.as_view(),
        name="article_day",
    ),
    # /article/42-lavrov-recoit-son-homologue-turc/
    path("article/<int:pk>-<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
    # /article/42/brut/
    path("article/<int:pk>/brut/", views.ArticleRawView.as_view(), name="article_raw"),
    # /citation/42/ : one statement, who reported and relayed it, its corrections
    path("citation/<int:pk>/", views.StatementDetailView.as_view(), name="statement_detail"),
    # /orateurs/
    path("orateurs/", views.SpeakerListView.as_view(), name="speaker_list"),
    # /orateurs/serguei-lavrov/
    path("orateurs/<slug:slug>/", views.SpeakerDetailView.as_view(), name="speaker_detail"),
    # /sources/
    path("sources/", views.SourceListView.as_view(), name="source_list"),
    # /sources/sputnik/
    path("sources/<slug:slug>/", views.SourceDetailView.as_view(), name="source_detail"),
]
