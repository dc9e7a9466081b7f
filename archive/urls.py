"""Archive pages. URL names are shared with the search app's templates."""

from django.urls import path
from django.views.generic import TemplateView

app_name = "archive"

# Placeholders until the archive views land; the names and arguments are fixed:
#   home; article_archive; article_year (year); article_month (year, month);
#   article_day (year, month, day); article_detail (pk, slug); article_raw (pk);
#   speaker_list; speaker_detail (slug); source_list; source_detail (slug)
_page = TemplateView.as_view(template_name="base.html")

urlpatterns = [
    path("", _page, name="home"),
    path("articles/", _page, name="article_archive"),
    path("articles/<int:year>/", _page, name="article_year"),
    path("articles/<int:year>/<int:month>/", _page, name="article_month"),
    path("articles/<int:year>/<int:month>/<int:day>/", _page, name="article_day"),
    path("article/<int:pk>-<slug:slug>/", _page, name="article_detail"),
    path("article/<int:pk>/brut/", _page, name="article_raw"),
    path("orateurs/", _page, name="speaker_list"),
    path("orateurs/<slug:slug>/", _page, name="speaker_detail"),
    path("sources/", _page, name="source_list"),
    path("sources/<slug:slug>/", _page, name="source_detail"),
]
