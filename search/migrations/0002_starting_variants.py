"""Load the starting set of spelling variants shipped in search/data/variants.txt."""

from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "variants.txt"


def read_variants(path=DATA):
    """Yield (kind, name, [other spellings]) from the data file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind, name, *others = [part.strip() for part in line.split("|")]
        others = [o for o in dict.fromkeys(others) if o and o != name]
        if others:
            yield kind, name, others


def load(apps, schema_editor):
    Variant = apps.get_model("search", "Variant")
    for kind, name, others in read_variants():
        Variant.objects.update_or_create(
            name=name, defaults={"kind": kind, "spellings": "\n".join(others)}
        )


def unload(apps, schema_editor):
    Variant = apps.get_model("search", "Variant")
    Variant.objects.filter(name__in=[name for _, name, _ in read_variants()]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
