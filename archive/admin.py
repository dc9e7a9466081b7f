"""Admin: browse and correct what the importer stored; merge duplicate speakers."""

from django.contrib import admin, messages
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import ngettext

from .models import Article, Source, Speaker, Statement


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "website", "article_count"]
    search_fields = ["name", "aliases", "website"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, source):
        return source.article_count


class StatementInline(admin.TabularInline):
    model = Statement
    fields = [
        "position",
        "text",
        "speaker",
        "speaker_label",
        "cue",
        "attribution",
        "confidence",
        "start",
        "end",
    ]
    raw_id_fields = ["speaker"]
    extra = 0
    ordering = ["position"]


# Set by the importer: shown for reference, never edited by hand.
IMPORT_FIELDS = ["file_name", "content_hash", "imported_at", "updated_at", "extraction_log"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "display_title",
        "published",
        "published_precision",
        "published_inferred",
        "source",
        "language",
        "statement_count",
    ]
    list_filter = ["published_precision", "published_inferred", "language", "source"]
    list_select_related = ["source"]
    search_fields = ["title", "file_name", "author"]
    date_hierarchy = "published"
    autocomplete_fields = ["source"]
    readonly_fields = IMPORT_FIELDS
    inlines = [StatementInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "source", "author", "language"]}),
        ("Date", {"fields": ["published", "published_precision", "published_inferred"]}),
        ("Texte", {"fields": ["body", "raw_text"]}),
        (
            "Import",
            {
                "classes": ["collapse"],
                "fields": IMPORT_FIELDS,
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(statement_count=Count("statements"))

    @admin.display(description="titre", ordering="title")
    def display_title(self, article):
        return article.display_title

    @admin.display(description="citations", ordering="statement_count")
    def statement_count(self, article):
        return article.statement_count


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "role", "statement_count"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases", "role"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["merge_speakers"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(statement_count=Count("statements"))

    @admin.display(description="citations", ordering="statement_count")
    def statement_count(self, speaker):
        return speaker.statement_count

    @admin.action(description="Fusionner les orateurs sélectionnés (dans le plus cité)")
    def merge_speakers(self, request, queryset):
        """Fold every selected speaker into the most quoted one (the oldest on a tie)."""
        speakers = list(queryset.order_by("-statement_count", "pk"))
        if len(speakers) < 2:
            self.message_user(
                request, "Sélectionnez au moins deux orateurs à fusionner.", messages.WARNING
            )
            return
        target, others = speakers[0], speakers[1:]
        for other in others:
            target.merge(other)
        self.message_user(
            request,
            ngettext(
                "%(count)d orateur fusionné dans « %(name)s ».",
                "%(count)d orateurs fusionnés dans « %(name)s ».",
                len(others),
            )
            % {"count": len(others), "name": target.name},
            messages.SUCCESS,
        )


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["short_text", "speaker", "speaker_label", "cue", "attribution", "article"]
    list_filter = ["speaker__kind", "attribution", "article__language"]
    list_select_related = ["speaker", "article"]
    search_fields = ["text", "speaker__name", "speaker_label"]
    raw_id_fields = ["article"]
    autocomplete_fields = ["speaker"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:
            # Statements carry no timestamp: mark their article as changed, so every
            # process recomputes the figures it caches (see archive/views/figures.py).
            Article.objects.filter(pk=obj.article_id).update(updated_at=timezone.now())

    @admin.display(description="citation")
    def short_text(self, statement):
        return statement.text if len(statement.text) <= 90 else statement.text[:89] + "…"
