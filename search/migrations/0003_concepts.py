"""Concepts across French and English (search/data/concepts.txt) as variants of kind
« concept », offered on the search page; and the spelling variants added to
search/data/variants.txt since 0002 (ceasefire / cease-fire)."""

from importlib import import_module
from pathlib import Path

from django.db import migrations, models

DATA = Path(__file__).resolve().parent.parent / "data" / "concepts.txt"
LANGUAGES = ("fr", "en")
NEW_VARIANTS = ("ceasefire",)  # lines of variants.txt added since 0002


def read_concepts(path=DATA):
    """Yield (name, ["fr: …", "en: …", …]) from the data file: French | English forms."""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "|" not in line:
            continue
        columns = [[f.strip() for f in part.split(",") if f.strip()] for part in line.split("|")]
        forms = [
            f"{language}: {form}"
            for language, column in zip(LANGUAGES, columns, strict=False)
            for form in column
        ]
        name = " / ".join(dict.fromkeys(column[0] for column in columns if column))
        if forms:
            yield name, list(dict.fromkeys(forms))


def load(apps, schema_editor):
    Variant = apps.get_model("search", "Variant")
    for name, forms in read_concepts():
        Variant.objects.update_or_create(
            name=name, defaults={"kind": "concept", "spellings": "\n".join(forms)}
        )
    starting = import_module("search.migrations.0002_starting_variants")
    for kind, name, others in starting.read_variants():
        if name in NEW_VARIANTS:  # never overwrite what the admin edited since
            Variant.objects.get_or_create(
                name=name, defaults={"kind": kind, "spellings": "\n".join(others)}
            )


def unload(apps, schema_editor):
    Variant = apps.get_model("search", "Variant")
    names = [name for name, _ in read_concepts()] + list(NEW_VARIANTS)
    Variant.objects.filter(name__in=names).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_starting_variants")]

    operations = [
        migrations.AlterField(
            model_name="variant",
            name="kind",
            field=models.CharField(
                choices=[
                    ("person", "personne"),
                    ("place", "lieu"),
                    ("organisation", "organisation"),
                    ("other", "autre"),
                    ("concept", "concept (proposé en français et en anglais)"),
                ],
                default="other",
                max_length=12,
                verbose_name="type",
            ),
        ),
        migrations.AlterField(
            model_name="variant",
            name="spellings",
            field=models.TextField(
                help_text="Une graphie par ligne ; pour un concept, préfixée de sa langue "
                "(« fr: trêve », « en: truce »).",
                verbose_name="autres graphies",
            ),
        ),
        migrations.RunPython(load, unload),
    ]
