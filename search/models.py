"""Spelling and transliteration variants searched together ("Karabakh" = "Karabagh"), and
concepts across languages offered on the search page (cessez-le-feu / ceasefire)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Variant(models.Model):
    """A name and its other spellings; searching any of them finds them all.

    A row of kind CONCEPT is not searched silently: its spellings, one per line prefixed
    by their language ("fr: trêve", "en: truce"), are offered on the search page.
    """

    class Kind(models.TextChoices):
        PERSON = "person", _("personne")
        PLACE = "place", _("lieu")
        ORGANISATION = "organisation", _("organisation")
        OTHER = "other", _("autre")
        CONCEPT = "concept", _("concept (proposé en français et en anglais)")

    name = models.CharField(_("forme de référence"), max_length=200, unique=True)
    spellings = models.TextField(
        _("autres graphies"),
        help_text=_(
            "Une graphie par ligne ; pour un concept, préfixée de sa langue "
            "(« fr: trêve », « en: truce »)."
        ),
    )
    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices, default=Kind.OTHER)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("variante orthographique")
        verbose_name_plural = _("variantes orthographiques")

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
