"""python manage.py recompute_propagation: recompute quote clusters and wire-copy groups."""

from django.core.management.base import BaseCommand

from archive import propagation


class Command(BaseCommand):
    help = (
        "Recompute every statement's cluster key and every article's copy group (the "
        "import keeps both up to date; run this after changing archive/propagation.py). "
        "Prints the archive's cluster and copy figures. --figures only prints them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--figures", action="store_true", help="Only print the figures.")

    def handle(self, *args, figures, **options):
        result = propagation.figures() if figures else propagation.recompute()
        for name, value in result.items():
            self.stdout.write(f"{name}: {value}")
