"""`manage.py check_archive [--repair]`: does the search index match the database?"""

from django.core.management.base import BaseCommand, CommandError

from archive.ingest.lock import ImportLocked
from search import drift


class Command(BaseCommand):
    help = (
        "Compare the database with the search index: documents missing from the index, "
        "orphan and duplicate documents, changes saved but not yet indexed, locks left "
        "by a killed import. Exit status 1 when they differ. --repair makes the index "
        "match the database (it waits for no import: run it when none is running)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--repair", action="store_true", help="index what is missing, drop what is not"
        )

    def handle(self, *args, repair, **options):
        found = drift.check()
        for line in found.lines():
            self.stdout.write(line)
        if found.clean or not repair:
            if not found.clean:
                raise CommandError("The index does not match the database: run with --repair.")
            return
        try:
            drift.repair(found)
        except ImportLocked as exc:
            raise CommandError(f"Cannot repair now: {exc}.") from exc
        after = drift.check()
        self.stdout.write("After repair:")
        for line in after.lines():
            self.stdout.write(line)
        if not after.clean:
            raise CommandError("The index still differs from the database.")
