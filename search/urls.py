from django.urls import path

from . import exports, feeds, views

app_name = "search"

urlpatterns = [
    # /search/?q=Lavrov&mode=statements&speaker=serguei-lavrov&from=2020-01
    path("", views.SearchView.as_view(), name="search"),
    # /search/feed/?q=Karabakh  (any search-page query string)
    path("feed/", feeds.SearchFeed(), name="feed"),
    # /search/feed/speaker/serguei-lavrov/
    path("feed/speaker/<slug:slug>/", feeds.SpeakerFeed(), name="speaker_feed"),
    # /search/feed/source/xinhua/
    path("feed/source/<slug:slug>/", feeds.SourceFeed(), name="source_feed"),
    # /search/export.csv?q=cessez-le-feu&mode=statements
    path("export.csv", exports.export_csv, name="export_csv"),
    # /search/export.json?q=cessez-le-feu
    path("export.json", exports.export_json, name="export_json"),
]
