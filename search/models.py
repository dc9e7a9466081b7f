"""Spelling and transliteration variants searched together ("Karabakh" = "Karabagh")."""

from django.db import models


class Variant(models.Model):
    """A name and its other spellings; searching any of them finds them all."""

    class Kind(models.TextChoices):
        PERSON = "person", "personne"
        PLACE = "place", "lieu"
        ORGANISATION = "organisation", "organisation"
        OTHER = "other", "autre"

    name = models.CharField("forme de référence", max_length=200, unique=True)
    spellings = models.TextField("autres graphies", help_text="Une graphie par ligne.")
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


class IndexBacklog(models.Model):
    """A change committed to the database that the search index has not taken yet.

    Written by search.signals in the same transaction as the change (an article saved:
    its document to (re)build; a statement or article deleted: its document to drop),
    deleted once the index has it. A crash between the two leaves the row, so the next
    import, `update_index` of the backlog or `check_archive --repair` finishes the work.
    """

    document = models.CharField(max_length=100, db_index=True)  # Haystack id
    noted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "modification à indexer"
        verbose_name_plural = "modifications à indexer"

    def __str__(self):
        return self.document
