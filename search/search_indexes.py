"""What the search index holds: articles and statements, in their own language.

Each document's words go to `text` (analysed as French) or to `text_en` (analysed as
English) according to the article's language; the document template is rendered once.
Facets count slugs (`source_exact`, `speakers_exact`) so filter URLs stay stable; the
names are stored beside them for display.
"""

from django.utils import timezone
from haystack import indexes

from archive.models import Article, Statement


def _is_english(language: str) -> bool:
    return (language or "").lower().startswith("en")


class ArchiveDocumentIndex(indexes.SearchIndex):
    """Fields shared by articles and statements, so one form can filter both."""

    text = indexes.CharField(document=True, use_template=True)
    text_en = indexes.CharField(null=True)
    title = indexes.CharField(indexed=False, null=True)
    snippet = indexes.CharField(indexed=False, null=True)
    url = indexes.CharField(indexed=False, null=True)
    source = indexes.CharField(faceted=True, indexed=False, null=True)
    speakers = indexes.MultiValueField(faceted=True, indexed=False)
    language = indexes.CharField(faceted=True, indexed=False)
    date = indexes.DateTimeField(null=True)
    year = indexes.CharField(faceted=True, indexed=False, null=True)
    month = indexes.CharField(faceted=True, indexed=False, null=True)
    # The article's pk, untokenised: lets the indexer drop an article's old statements.
    article = indexes.CharField(faceted=True, indexed=False)

    def article_of(self, obj) -> Article:
        raise NotImplementedError

    def prepare(self, obj):
        data = super().prepare(obj)
        if _is_english(data.get("language")):
            data["text_en"], data["text"] = data["text"], ""
        return data

    def prepare_text_en(self, obj):
        return ""

    def prepare_article(self, obj):
        return str(self.article_of(obj).pk)

    def prepare_url(self, obj):
        return obj.get_absolute_url()

    def prepare_language(self, obj):
        return self.article_of(obj).language or "fr"

    def prepare_date(self, obj):
        return self.article_of(obj).published

    def _local(self, obj):
        published = self.article_of(obj).published
        return timezone.localtime(published) if published else None

    def prepare_year(self, obj):
        local = self._local(obj)
        return f"{local:%Y}" if local else None

    def prepare_month(self, obj):
        local = self._local(obj)
        return f"{local:%Y-%m}" if local else None

    def prepare_source(self, obj):
        source = self.article_of(obj).source
        return source.name if source else None

    def prepare_source_exact(self, obj):
        source = self.article_of(obj).source
        return source.slug if source else None


class ArticleIndex(ArchiveDocumentIndex, indexes.Indexable):
    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return Article.objects.select_related("source").prefetch_related("statements__speaker")

    def article_of(self, obj):
        return obj

    def speakers_of(self, article):
        seen = {}
        for statement in article.statements.all():
            if statement.speaker_id and statement.speaker_id not in seen:
                seen[statement.speaker_id] = statement.speaker
        return list(seen.values())

    def prepare_title(self, obj):
        return obj.display_title

    def prepare_snippet(self, obj):
        return obj.body

    def prepare_speakers(self, obj):
        return [s.name for s in self.speakers_of(obj)]

    def prepare_speakers_exact(self, obj):
        return [s.slug for s in self.speakers_of(obj)]


class StatementIndex(ArchiveDocumentIndex, indexes.Indexable):
    def get_model(self):
        return Statement

    def index_queryset(self, using=None):
        return Statement.objects.select_related("article__source", "speaker")

    def article_of(self, obj):
        return obj.article

    def prepare_title(self, obj):
        return obj.article.display_title

    def prepare_snippet(self, obj):
        return obj.text

    def prepare_speakers(self, obj):
        return [obj.speaker.name] if obj.speaker else []

    def prepare_speakers_exact(self, obj):
        return [obj.speaker.slug] if obj.speaker else []
