"""Atom feeds: any search, a speaker's new statements, a source's new articles."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from archive.models import Source, Speaker
from archive.templatetags.archive_tags import quoted

from .forms import ArchiveSearchForm
from .params import remove_control_characters
from .views import search_title

FEED_SIZE = 30
SUMMARY_LENGTH = 600


class TextAtomFeed(Atom1Feed):
    """An Atom feed whose items' descriptions are plain text.

    Atom summaries are written with type="html", so a feed reader renders them as
    markup: the text is escaped here, paragraphs becoming <br> breaks. Characters
    XML 1.0 cannot hold (control characters) are dropped from every value.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.feed = _clean_values(self.feed)

    def add_item(self, *args, **kwargs):
        super().add_item(*args, **kwargs)
        item = _clean_values(self.items[-1])
        if item["description"] is not None:
            paragraphs = (p for p in item["description"].split("\n") if p.strip())
            item["description"] = "<br><br>".join(escape(p) for p in paragraphs)
        self.items[-1] = item


def _clean_values(values: dict) -> dict:
    """Drop control characters from every string, keeping line breaks in descriptions."""
    cleaned = {}
    for key, value in values.items():
        if isinstance(value, str):
            lines = value.split("\n") if key == "description" else [value]
            value = "\n".join(remove_control_characters(line) for line in lines)
        cleaned[key] = value
    return cleaned


class SearchFeed(Feed):
    """/search/feed/?q=… : the newest results of a search (any search-page URL works)."""

    feed_type = TextAtomFeed

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
        return _("Les résultats les plus récents de cette recherche.")

    def items(self, form):
        return [r.object for r in form.search_results if r is not None and r.object]

    def item_title(self, item):
        if hasattr(item, "speaker_label"):  # a statement
            who = item.speaker.name if item.speaker else item.speaker_label or _("Anonyme")
            return f"{who} : {quoted(item.text[:120], item.article.language)}"
        return item.display_title

    def item_description(self, item):
        text = item.text if hasattr(item, "speaker_label") else item.body
        return text[:SUMMARY_LENGTH]

    def item_pubdate(self, item):
        """The article's date; None for an undated one (Atom then has only `updated`)."""
        article = item.article if hasattr(item, "speaker_label") else item
        return article.published

    def item_updateddate(self, item):
        article = item.article if hasattr(item, "speaker_label") else item
        return article.published or article.updated_at


class SpeakerFeed(Feed):
    """/search/feed/speaker/<slug>/ : new statements by one speaker."""

    feed_type = TextAtomFeed

    def get_object(self, request, slug):
        return get_object_or_404(Speaker, slug=slug)

    def title(self, speaker):
        return _("Nouvelles déclarations de %(name)s") % {"name": speaker.name}

    def link(self, speaker):
        return speaker.get_absolute_url()

    def items(self, speaker):
        return speaker.statements.select_related("article__source", "speaker").order_by(
            "-article__published", "-pk"
        )[:FEED_SIZE]

    def item_title(self, statement):
        return quoted(statement.text[:120], statement.article.language)

    def item_description(self, statement):
        return f"{statement.text}\n\n— {statement.article.display_title}"

    def item_link(self, statement):
        return statement.get_absolute_url()

    def item_pubdate(self, statement):
        return statement.article.published

    def item_updateddate(self, statement):
        return statement.article.published or statement.article.updated_at


class SourceFeed(Feed):
    """/search/feed/source/<slug>/ : new articles from one source."""

    feed_type = TextAtomFeed

    def get_object(self, request, slug):
        return get_object_or_404(Source, slug=slug)

    def title(self, source):
        return _("Nouveaux articles : %(name)s") % {"name": source.name}

    def link(self, source):
        return source.get_absolute_url()

    def items(self, source):
        return source.articles.published().select_related("source")[:FEED_SIZE]

    def item_title(self, article):
        return article.display_title

    def item_description(self, article):
        return article.body[:SUMMARY_LENGTH]

    def item_pubdate(self, article):
        return article.published
