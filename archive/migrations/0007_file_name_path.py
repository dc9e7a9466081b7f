from django.db import migrations, models


class Migration(migrations.Migration):
    """file_name holds the path relative to the import root (a/index.txt), not only the
    base name: longer. Names saved before stay valid (the first re-import of an unchanged
    file stores its relative path)."""

    dependencies = [
        ("archive", "0006_verbose_names"),
    ]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="file_name",
            field=models.CharField(
                db_index=True,
                help_text="Chemin relatif au dossier importé.",
                max_length=1000,
                verbose_name="fichier",
            ),
        ),
    ]
