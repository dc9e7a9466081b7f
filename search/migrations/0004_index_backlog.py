from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_concepts"),
    ]

    operations = [
        migrations.CreateModel(
            name="IndexBacklog",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("document", models.CharField(db_index=True, max_length=100)),
                ("noted_at", models.DateTimeField(auto_now_add=True)),
            ],
            options={
                "verbose_name": "modification à indexer",
                "verbose_name_plural": "modifications à indexer",
            },
        ),
    ]
