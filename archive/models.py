"""The archive: sources, articles, speakers and the statements they made."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .ingest.attribution import is_uncertain
from .text import fold, make_slug


def unique_slug(model, text: str, instance_pk=None) -> str:
    """Return a slug for `text` not yet used by another row of `model`."""
    base = make_slug(text)
    slug, n = base, 2
    while model.objects.filter(slug=slug).exclude(pk=instance_pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class AliasedQuerySet(models.QuerySet):
    def find(self, name: str):
        """Return the row whose canonical name or one of whose aliases folds to `name`."""
        key = fold(name)
        if not key:
            return None
        exact = self.filter(name__iexact=name.strip()).first()
        if exact is not None:
            return exact
        for row in self.all():
            if key == fold(row.name) or key in {fold(a) for a in row.aliases}:
                return row
        return None


class NamedModel(models.Model):
    """A row known by a canonical name, a unique slug and other names (aliases)."""

    name = models.CharField(_("nom"), max_length=200, unique=True)
    slug = models.SlugField(_("identifiant d’adresse"), max_length=100, unique=True)
    aliases = models.JSONField(_("autres noms"), default=list, blank=True)

    objects = AliasedQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), self.name, self.pk)
        super().save(*args, **kwargs)

    def add_aliases(self, names) -> bool:
        """Add the names not yet known as aliases; return whether any was new."""
        known = {fold(self.name)} | {fold(a) for a in self.aliases}
        new = []
        for name in names:
            if name and fold(name) not in known:
                known.add(fold(name))
                new.append(name)
        self.aliases = [*self.aliases, *new]
        return bool(new)


class Source(NamedModel):
    """A publisher or agency."""

    website = models.CharField(_("site web"), max_length=200, blank=True)

    class Meta(NamedModel.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def get_absolute_url(self):
        return reverse("archive:source_detail", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Articles with a known publication date."""
        return self.filter(published__isnull=False)

    def undated(self):
        return self.filter(published__isnull=True)

    def between(self, start, end):
        return self.filter(published__gte=start, published__lt=end)

    def from_source(self, source):
        return self.filter(source=source)

    def with_related(self):
        return self.select_related("source").prefetch_related("speakers")


class Article(models.Model):
    class Precision(models.TextChoices):
        DATETIME = "datetime", _("date et heure")
        DAY = "day", _("jour")
        UNKNOWN = "unknown", _("inconnue")

    title = models.CharField(_("titre"), max_length=500, blank=True)
    slug = models.SlugField(_("identifiant d’adresse"), max_length=100)
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        verbose_name=_("source"),
    )
    author = models.CharField(_("auteur"), max_length=200, blank=True)
    published = models.DateTimeField(_("date de publication"), null=True, blank=True, db_index=True)
    published_precision = models.CharField(
        _("précision de la date"),
        max_length=10,
        choices=Precision.choices,
        default=Precision.UNKNOWN,
    )
    published_inferred = models.BooleanField(
        _("date déduite"),
        default=False,
        help_text=_("L’année (ou le jour) a été complétée d’après des indices, pas lue."),
    )
    language = models.CharField(_("langue"), max_length=8, default="fr", db_index=True)
    body = models.TextField(
        _("texte"), help_text=_("Texte nettoyé ; paragraphes séparés par une ligne vide.")
    )
    raw_text = models.TextField(_("texte brut"), help_text=_("Le texte de la page tel qu’importé."))
    file_name = models.CharField(
        _("fichier"),
        max_length=1000,
        db_index=True,
        help_text=_("Chemin relatif au dossier importé."),
    )
    content_hash = models.CharField(_("empreinte du contenu"), max_length=64, unique=True)
    extraction_log = models.JSONField(
        _("journal d’extraction"),
        default=dict,
        blank=True,
        help_text=_("Pourquoi des lignes ont été retirées et des orateurs choisis."),
    )
    speakers = models.ManyToManyField(
        "Speaker",
        through="Statement",
        related_name="articles",
        blank=True,
        verbose_name=_("orateurs"),
    )
    imported_at = models.DateTimeField(_("importé le"), default=timezone.now)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)
    copy_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="copies",
        verbose_name=_("reprise de"),
        help_text=_("Le premier article de la même dépêche (une reprise)."),
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published", "-id"]
        indexes = [
            models.Index(fields=["source", "published"]),
            # The archive census reads the latest change from here (see views/figures.py).
            models.Index(fields=["updated_at"], name="article_updated_idx"),
        ]

    def __str__(self):
        return self.display_title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = make_slug(self.display_title)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:article_detail", kwargs={"pk": self.pk, "slug": self.slug})

    @property
    def display_title(self) -> str:
        """The headline, or one derived from the first sentence when the page had none."""
        if self.title:
            return self.title
        first = (self.body or "").strip().split("\n", 1)[0]
        sentence = first.split(". ", 1)[0].strip()
        if len(sentence) > 120:
            sentence = sentence[:117].rsplit(" ", 1)[0] + "…"
        return sentence or gettext("Sans titre")

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]


class Speaker(NamedModel):
    class Kind(models.TextChoices):
        PERSON = "person", _("personne")
        INSTITUTION = "institution", _("institution")
        GROUP = "group", _("groupe")

    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(_("fonction"), max_length=300, blank=True)

    class Meta(NamedModel.Meta):
        verbose_name = _("orateur")
        verbose_name_plural = _("orateurs")

    def get_absolute_url(self):
        return reverse("archive:speaker_detail", kwargs={"slug": self.slug})

    def merge(self, other: "Speaker") -> None:
        """Fold `other` into this speaker: its statements, name and aliases; delete it."""
        if other.pk == self.pk:
            return
        other.statements.update(speaker=self)
        self.add_aliases([other.name, *other.aliases])
        if not self.role and other.role:
            self.role = other.role
        other.delete()
        self.save()


class Statement(models.Model):
    """Quoted words, who said them, and where they stand in the article body."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="statements", verbose_name=_("article")
    )
    speaker = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statements",
        verbose_name=_("orateur"),
    )
    speaker_label = models.CharField(
        _("orateur tel que nommé"),
        max_length=300,
        blank=True,
        help_text=_("Comment l’article nommait l’orateur."),
    )
    text = models.TextField(
        _("texte"),
    )
    in_title = models.BooleanField(
        _("dans le titre"),
        default=False,
        help_text=_("Citée dans le titre : les positions se lisent dans le titre."),
    )
    start = models.PositiveIntegerField(
        _("début"), help_text=_("Position de la citation dans le texte de l’article.")
    )
    end = models.PositiveIntegerField(
        _("fin"),
    )
    cue = models.CharField(
        _("verbe introducteur"),
        max_length=100,
        blank=True,
        help_text=_("Le verbe de parole, s’il a été trouvé."),
    )
    attribution = models.CharField(
        _("attribution"),
        max_length=40,
        blank=True,
        help_text=_(
            "Comment l’orateur a été trouvé : incise, verbe introducteur, « selon », "
            "orateur en cours…"
        ),
    )
    confidence = models.FloatField(
        _("confiance"),
        null=True,
        blank=True,
        help_text=_(
            "La sûreté de l’attribution, de 0 à 1 (vide pour les citations importées avant)."
        ),
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    cluster_key = models.CharField(
        _("clé de la citation"),
        max_length=16,
        blank=True,
        help_text=_("Clé du texte normalisé : les mêmes mots ailleurs."),
    )

    class Meta:
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        ordering = ["article", "position"]
        indexes = [
            # Who else reported these words (see archive/propagation.py).
            models.Index(fields=["cluster_key", "speaker"], name="statement_cluster_idx"),
            # Statements and articles per speaker, counted from the index alone.
            models.Index(fields=["speaker", "article"], name="statement_speaker_article_idx"),
        ]

    def __str__(self):
        return self.text[:80]

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#statement-{self.pk}"

    @property
    def uncertain(self) -> bool:
        """A speaker the extractor guessed (pronoun, role, carried over): shown as such."""
        return self.speaker_id is not None and is_uncertain(self.confidence)


class ArticleSketch(models.Model):
    """An article's MinHash signature over its body (see archive/propagation.py)."""

    article = models.OneToOneField(
        Article,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="sketch",
        verbose_name=_("article"),
    )
    signature = models.JSONField(_("signature"), default=list)

    class Meta:
        verbose_name = _("signature d’article")
        verbose_name_plural = _("signatures d’articles")

    def __str__(self):
        return f"signature of article {self.article_id}"


class ArticleBand(models.Model):
    """One band of an article's signature: articles sharing a band are compared."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="bands", verbose_name=_("article")
    )
    band = models.BigIntegerField(_("bande"), db_index=True)

    class Meta:
        verbose_name = _("bande de signature")
        verbose_name_plural = _("bandes de signature")

    def __str__(self):
        return f"band {self.band} of article {self.article_id}"


class Correction(models.Model):
    """A researcher's fix to what the extractor found, replayed after every re-import.

    Keyed on the article's identity (`article_key`, its file) and the statement's words
    and place (`quote`, `quote_start`), never on row ids, which a re-import replaces.
    """

    class Kind(models.TextChoices):
        SPEAKER = "speaker", _("orateur corrigé")
        SPLIT = "split", _("orateur séparé")
        MERGE = "merge", _("orateurs fusionnés")
        NOT_STATEMENT = "not_statement", _("pas une citation")

    kind = models.CharField(_("type"), max_length=16, choices=Kind.choices)
    article_key = models.CharField(
        _("identité de l’article"), max_length=255, blank=True, db_index=True
    )
    article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="corrections",
        verbose_name=_("article"),
    )
    statement = models.ForeignKey(
        Statement,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="corrections",
        verbose_name=_("citation"),
    )
    quote = models.TextField(_("citation"), blank=True)
    quote_start = models.PositiveIntegerField(_("position de la citation"), null=True, blank=True)
    speaker = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="corrections",
        verbose_name=_("orateur"),
    )
    before = models.JSONField(_("avant"), default=dict, blank=True)
    after = models.JSONField(_("après"), default=dict, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("utilisateur"),
    )
    username = models.CharField(_("utilisateur (nom)"), max_length=150, blank=True)
    created = models.DateTimeField(_("date"), default=timezone.now)

    class Meta:
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        ordering = ["created", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} : {self.quote[:60]}"
