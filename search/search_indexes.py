"""What the search index holds: articles and statements, in their own language.

Each document's words go to `text` (analysed as French) or to `text_en` (analysed as
English) according to the article's language; the document template is rendered once.

What is searched: an article's title and clean body, nothing else (not its raw text, the
lines the extractor removed, captions and credits, its source's name or its speakers'
labels: a source or a speaker is a filter, `source:` / `speaker:`). A statement's quote
and its speaker's name and label; the title and source of its article go to `context`
(`context_en`), searched only when the statements search asks for the article too.
Facets count slugs (`source_exact`, `speakers_exact`) so filter URLs stay stable; the
names are stored beside them for display.
"""

from django.urls import reverse
from django.utils import timezone
from haystack import indexes

from archive.models import Article, Statement

_PK, _SLUG = 987654321, "slug-placeholder"
UNUSED_COLUMNS = ("raw_text", "extraction_log")  # article columns no document uses
_article_url = None


def article_url(article) -> str:
    """`article.get_absolute_url()` without resolving the URL pattern for each document."""
    global _article_url
    slug = article.slug or ""
    if not slug.isascii() or not slug.replace("-", "").replace("_", "").isalnum():
        return article.get_absolute_url()
    if _article_url is None:
        _article_url = reverse("archive:article_detail", kwargs={"pk": _PK, "slug": _SLUG})
    return _article_url.replace(str(_PK), str(article.pk), 1).replace(_SLUG, slug, 1)


def _str(value) -> str:
    """A value as the document template prints it (None prints "None")."""
    return str(value)


def _facets(data: dict) -> dict:
    for name in ("source", "language", "year", "month", "article"):
        data.setdefault(f"{name}_exact", data[name])
    return data


def _is_english(language: str) -> bool:
    return (language or "").lower().startswith("en")


def _to_english(data: dict) -> None:
    for field in ("text", "context"):
        data[f"{field}_en"], data[field] = data.get(field) or "", ""


class ArchiveDocumentIndex(indexes.SearchIndex):
    """Fields shared by articles and statements, so one form can filter both."""

    text = indexes.CharField(document=True, use_template=True)
    text_en = indexes.CharField(null=True)
    context = indexes.CharField(null=True)
    context_en = indexes.CharField(null=True)
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

    def fast_prepare(self, obj) -> dict:
        """What `full_prepare` returns (None values aside), without Haystack's per-field
        machinery and template rendering: the bulk indexer's path (tests check both
        agree)."""
        article = self.article_of(obj)
        local = timezone.localtime(article.published) if article.published else None
        source = article.source
        data = {
            "id": f"{self._ct}.{obj.pk}",
            "django_ct": self._ct,
            "django_id": str(obj.pk),
            "text": self.document_text(obj),
            "text_en": "",
            "context": self.context_text(obj),
            "context_en": "",
            "url": self.prepare_url(obj),
            "source": source.name if source else None,
            "source_exact": source.slug if source else None,
            "language": article.language or "fr",
            "date": article.published,
            "year": f"{local:%Y}" if local else None,
            "month": f"{local:%Y-%m}" if local else None,
            "article": str(article.pk),
            **self.own_fields(obj),
        }
        if _is_english(data["language"]):
            _to_english(data)
        return _facets(data)

    def prepare(self, obj):
        data = super().prepare(obj)
        if _is_english(data.get("language")):
            _to_english(data)
        return data

    def prepare_text_en(self, obj):
        return ""

    def context_text(self, obj) -> str:
        return ""

    def prepare_context(self, obj):
        return self.context_text(obj)

    def prepare_context_en(self, obj):
        return ""

    def prepare_article(self, obj):
        return str(self.article_of(obj).pk)

    def prepare_url(self, obj):
        return obj.get_absolute_url()

    @property
    def _ct(self) -> str:
        meta = self.get_model()._meta
        return f"{meta.app_label}.{meta.model_name}"

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
        return (
            Article.objects.defer(*UNUSED_COLUMNS)
            .select_related("source")
            .prefetch_related("statements__speaker")
        )

    def article_of(self, obj):
        return obj

    def prepare_url(self, obj):
        return article_url(obj)

    def document_text(self, obj) -> str:  # templates/search/indexes/archive/article_text.txt
        return f"{_str(obj.display_title)}\n{_str(obj.body)}\n"

    def own_fields(self, obj) -> dict:
        speakers = self.speakers_of(obj)
        return {
            "title": obj.display_title,
            "snippet": obj.body,
            "speakers": [s.name for s in speakers],
            "speakers_exact": [s.slug for s in speakers],
        }

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
        return Statement.objects.select_related("article__source", "speaker").defer(
            *(f"article__{column}" for column in UNUSED_COLUMNS)
        )

    def article_of(self, obj):
        return obj.article

    def prepare_url(self, obj):
        return f"{article_url(obj.article)}#statement-{obj.pk}"

    def document_text(self, obj) -> str:  # templates/search/indexes/archive/statement_text.txt
        name = obj.speaker.name if obj.speaker else ""
        return f"{_str(obj.text)}\n{name or ''} {_str(obj.speaker_label)}\n"

    def context_text(self, obj) -> str:
        source = obj.article.source
        return f"{_str(obj.article.display_title)}\n{source.name if source else ''}\n"

    def own_fields(self, obj) -> dict:
        return {
            "title": obj.article.display_title,
            "snippet": obj.text,
            "speakers": [obj.speaker.name] if obj.speaker else [],
            "speakers_exact": [obj.speaker.slug] if obj.speaker else [],
        }

    def prepare_title(self, obj):
        return obj.article.display_title

    def prepare_snippet(self, obj):
        return obj.text

    def prepare_speakers(self, obj):
        return [obj.speaker.name] if obj.speaker else []

    def prepare_speakers_exact(self, obj):
        return [obj.speaker.slug] if obj.speaker else []
