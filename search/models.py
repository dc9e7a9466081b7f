"""Spelling and transliteration variants searched together ("Karabakh" = "Karabagh"), and
concepts across languages offered on the search page (cessez-le-feu / ceasefire)."""

from django.db import models


class Variant(models.Model):
    """A name and its other spellings; searching any of them finds them all.

    A row of kind CONCEPT is not searched silently: its spellings, one per line prefixed
    by their language ("fr: trêve", "en: truce"), are offered on the search page.
    """

    class Kind(models.TextChoices):
        PERSON = "person", "personne"
        PLACE = "place", "lieu"
        ORGANISATION = "organisation", "organisation"
        OTHER = "other", "autre"
        CONCEPT = "concept", "concept (proposé en français et en anglais)"

    name = models.CharField("forme de référence", max_length=200, unique=True)
    spellings = models.TextField(
        "autres graphies",
        help_text="Une graphie par ligne ; pour un concept, préfixée de sa langue "
        "(« fr: trêve », « en: truce »).",
    )
    kind = models.CharField("type", max_length=12, choices=Kind.choices, default=Kind.OTHER)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "variante orthographique"
        verbose_name_plural = "variantes orthographiques"

    def __str__(self):
        return self.name

    @property
    def spelling_list(self) -> list[str]:
        return [line.strip() for line in self.spellings.splitlines() if line.strip()]

    @property
    def all_spellings(self) -> list[str]:
        return [self.name, *self.spelling_list]
