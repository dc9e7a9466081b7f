"""Admin: browse and correct what the importer stored; merge duplicate speakers."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from . import corrections
from .models import Article, Correction, Source, Speaker, Statement
from .propagation import quote_key


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "website", "article_count"]
    search_fields = ["name", "aliases", "website"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description=gettext_lazy("articles"), ordering="article_count")
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
        (
            gettext_lazy("Date"),
            {"fields": ["published", "published_precision", "published_inferred"]},
        ),
        (gettext_lazy("Texte"), {"fields": ["body", "raw_text"]}),
        (
            gettext_lazy("Import"),
            {
                "classes": ["collapse"],
                "fields": IMPORT_FIELDS,
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(statement_count=Count("statements"))

    def save_formset(self, request, form, formset, change):
        """Statements edited inline are logged as corrections (see archive/corrections.py)."""
        if formset.model is not Statement:
            return super().save_formset(request, form, formset, change)
        before = {
            f.instance.pk: f.initial.get("speaker")
            for f in formset.forms
            if f.instance.pk and "speaker" in f.changed_data
        }
        for deleted in formset.deleted_forms:
            if deleted.instance.pk:
                corrections.reject(Statement.objects.get(pk=deleted.instance.pk), request.user)
        super().save_formset(request, form, formset, change)
        for statement in formset.new_objects + [obj for obj, _fields in formset.changed_objects]:
            Statement.objects.filter(pk=statement.pk).update(cluster_key=quote_key(statement.text))
            if statement.pk in before:
                previous = Speaker.objects.filter(pk=before[statement.pk]).first()
                corrections.change_speaker(
                    statement, statement.speaker, request.user, previous=previous
                )

    @admin.display(description=gettext_lazy("titre"), ordering="title")
    def display_title(self, article):
        return article.display_title

    @admin.display(description=gettext_lazy("citations"), ordering="statement_count")
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

    @admin.display(description=gettext_lazy("citations"), ordering="statement_count")
    def statement_count(self, speaker):
        return speaker.statement_count

    @admin.action(
        description=gettext_lazy("Fusionner les orateurs sélectionnés (dans le plus cité)")
    )
    def merge_speakers(self, request, queryset):
        """Fold every selected speaker into the most quoted one (the oldest on a tie)."""
        speakers = list(queryset.order_by("-statement_count", "pk"))
        if len(speakers) < 2:
            self.message_user(
                request, _("Sélectionnez au moins deux orateurs à fusionner."), messages.WARNING
            )
            return
        target, others = speakers[0], speakers[1:]
        corrections.record_merge(target, others, request.user)
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


class SplitForm(ActionForm):
    """The action bar of statements: a name for « move to another speaker »."""

    name = forms.CharField(label=gettext_lazy("Nouvel orateur"), required=False, max_length=200)


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["short_text", "speaker", "speaker_label", "cue", "attribution", "article"]
    list_filter = ["speaker__kind", "attribution", "article__language"]
    list_select_related = ["speaker", "article"]
    search_fields = ["text", "speaker__name", "speaker_label"]
    raw_id_fields = ["article"]
    autocomplete_fields = ["speaker"]
    action_form = SplitForm
    readonly_fields = ["cluster_key"]
    actions = ["not_a_statement", "split_speaker"]

    @admin.action(description=gettext_lazy("Marquer comme « pas une citation »"))
    def not_a_statement(self, request, queryset):
        statements = list(queryset.select_related("article", "speaker"))
        for statement in statements:
            corrections.reject(statement, request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d passage marqué « pas une citation ».",
                "%(count)d passages marqués « pas une citation ».",
                len(statements),
            )
            % {"count": len(statements)},
            messages.SUCCESS,
        )

    @admin.action(
        description=gettext_lazy("Attribuer à un autre orateur (nom ci-contre ; créé s'il manque)")
    )
    def split_speaker(self, request, queryset):
        name = " ".join(request.POST.get("name", "").split())
        if not name:
            self.message_user(request, _("Indiquez le nom du nouvel orateur."), messages.WARNING)
            return
        statements = list(queryset.select_related("article", "speaker"))
        speaker = corrections.split(statements, name, request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d citation attribuée à « %(name)s ».",
                "%(count)d citations attribuées à « %(name)s ».",
                len(statements),
            )
            % {"count": len(statements), "name": speaker.name},
            messages.SUCCESS,
        )

    def delete_model(self, request, obj):
        corrections.reject(obj, request.user)

    def delete_queryset(self, request, queryset):
        for statement in queryset.select_related("article", "speaker"):
            corrections.reject(statement, request.user)

    def save_model(self, request, obj, form, change):
        previous = None
        if change and "speaker" in form.changed_data:
            previous = Speaker.objects.filter(pk=form.initial.get("speaker")).first()
        obj.cluster_key = quote_key(obj.text)
        super().save_model(request, obj, form, change)
        if change and "speaker" in form.changed_data:
            corrections.change_speaker(obj, obj.speaker, request.user, previous=previous)
        if change:
            # Statements carry no timestamp: mark their article as changed, so every
            # process recomputes the figures it caches (see archive/views/figures.py).
            Article.objects.filter(pk=obj.article_id).update(updated_at=timezone.now())

    @admin.display(description=gettext_lazy("citation"))
    def short_text(self, statement):
        return statement.text if len(statement.text) <= 90 else statement.text[:89] + "…"


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    """The log of corrections: read only (corrections are made on statements and speakers)."""

    list_display = ["created", "kind", "username", "quote_short", "before", "after", "article_key"]
    list_filter = ["kind"]
    search_fields = ["quote", "article_key", "username"]
    date_hierarchy = "created"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=gettext_lazy("citation"))
    def quote_short(self, correction):
        return correction.quote[:80]
