"""Atom feeds: any search, a speaker's new statements, a source's new articles."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags

from archive.models import Source, Speaker

from .forms import ArchiveSearchForm
from .views import search_title

FEED_SIZE = 30


class SearchFeed(Feed):
    """/search/feed/?q=… : the newest results of a search (any search-page URL works)."""

    feed_type = Atom1Feed

    def get_object(self, request):
        data = request.GET.copy()
        data["sort"] = "-date"
        form = ArchiveSearchForm(data, load_all=True)
        form.search_results = list(form.search()[:FEED_SIZE]) if form.is_valid() else []
        form.request = request
        return form

    def title(self, form):
        return f"Dépêches — {search_title(form)}"

    def link(self, form):
        return reverse("search:search") + "?" + form.request.GET.urlencode()

    def subtitle(self, form):
        return "Les résultats les plus récents de cette recherche."

    def items(self, form):
        return [r.object for r in form.search_results if r is not None and r.object]

    def item_title(self, item):
        if hasattr(item, "speaker_label"):  # a statement
            who = item.speaker.name if item.speaker else item.speaker_label or "Anonyme"
            return f"{who} : « {item.text[:120]} »"
        return item.display_title

    def item_description(self, item):
        text = item.text if hasattr(item, "speaker_label") else item.body
        return strip_tags(text)[:600]

    def item_pubdate(self, item):
        return getattr(item, "published", None) or item.article.published

    def item_updateddate(self, item):
        return self.item_pubdate(item)


class SpeakerFeed(Feed):
    """/search/feed/speaker/<slug>/ : new statements by one speaker."""

    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(Speaker, slug=slug)

    def title(self, speaker):
        return f"Nouvelles déclarations de {speaker.name}"

    def link(self, speaker):
        return speaker.get_absolute_url()

    def items(self, speaker):
        return speaker.statements.select_related("article__source", "speaker").order_by(
            "-article__published", "-pk"
        )[:FEED_SIZE]

    def item_title(self, statement):
        return f"« {statement.text[:120]} »"

    def item_description(self, statement):
        return f"{statement.text}\n\n— {statement.article.display_title}"

    def item_link(self, statement):
        return statement.get_absolute_url()

    def item_pubdate(self, statement):
        return statement.article.published


class SourceFeed(Feed):
    """/search/feed/source/<slug>/ : new articles from one source."""

    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(Source, slug=slug)

    def title(self, source):
        return f"Nouveaux articles : {source.name}"

    def link(self, source):
        return source.get_absolute_url()

    def items(self, source):
        return source.articles.published().select_related("source")[:FEED_SIZE]

    def item_title(self, article):
        return article.display_title

    def item_description(self, article):
        return article.body[:600]

    def item_pubdate(self, article):
        return article.published
