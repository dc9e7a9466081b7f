"""The archive: sources, articles, speakers and the statements they made."""

from django.db import models
from django.urls import reverse
from django.utils import timezone

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

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    aliases = models.JSONField(default=list, blank=True)

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

    website = models.CharField(max_length=200, blank=True)

    class Meta(NamedModel.Meta):
        pass

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
        DATETIME = "datetime", "date et heure"
        DAY = "day", "jour"
        UNKNOWN = "unknown", "inconnue"

    title = models.CharField(max_length=500, blank=True)
    slug = models.SlugField(max_length=100)
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    author = models.CharField(max_length=200, blank=True)
    published = models.DateTimeField(null=True, blank=True, db_index=True)
    published_precision = models.CharField(
        max_length=10, choices=Precision.choices, default=Precision.UNKNOWN
    )
    published_inferred = models.BooleanField(
        default=False, help_text="The year (or day) was completed from evidence, not read."
    )
    language = models.CharField(max_length=8, default="fr", db_index=True)
    body = models.TextField(help_text="Clean text; paragraphs separated by a blank line.")
    raw_text = models.TextField(help_text="The page text as imported.")
    file_name = models.CharField(
        max_length=1000, db_index=True, help_text="Path relative to the folder imported."
    )
    content_hash = models.CharField(max_length=64, unique=True)
    extraction_log = models.JSONField(
        default=dict, blank=True, help_text="Why lines were dropped and speakers chosen."
    )
    speakers = models.ManyToManyField(
        "Speaker", through="Statement", related_name="articles", blank=True
    )
    imported_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
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
        return sentence or "Sans titre"

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]


class Speaker(NamedModel):
    class Kind(models.TextChoices):
        PERSON = "person", "personne"
        INSTITUTION = "institution", "institution"
        GROUP = "group", "groupe"

    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(max_length=300, blank=True)

    class Meta(NamedModel.Meta):
        pass

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

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="statements")
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    speaker_label = models.CharField(
        max_length=300, blank=True, help_text="How the article named the speaker."
    )
    text = models.TextField()
    in_title = models.BooleanField(
        default=False, help_text="Quoted in the headline: offsets are into the title."
    )
    start = models.PositiveIntegerField(help_text="Offset of the quote in the article body.")
    end = models.PositiveIntegerField()
    cue = models.CharField(max_length=100, blank=True, help_text="The verb of speech, if found.")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["article", "position"]
        indexes = [
            # Statements and articles per speaker, counted from the index alone.
            models.Index(fields=["speaker", "article"], name="statement_speaker_article_idx"),
        ]

    def __str__(self):
        return self.text[:80]

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#statement-{self.pk}"
