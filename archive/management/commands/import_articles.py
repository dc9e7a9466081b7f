"""python manage.py import_articles [PATH ...]: import page-text files into the archive."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.ingest.pipeline import PathError, import_paths

PROGRESS_FROM = 50  # files; shorter runs print no progress bar


class Command(BaseCommand):
    help = (
        "Import raw page-text files (and folders of *.txt files) into the archive: strip "
        "boilerplate, extract metadata and quoted statements, save and index them. Run it "
        "whenever new files arrive; re-importing an unchanged file changes nothing. "
        "Default: the seeds/ folder. Takes about a second per hundred files."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Files or folders (default: seeds/).")
        parser.add_argument("--source", help="Publisher name to use for every file imported.")
        parser.add_argument("--year", type=int, help="Year for dates the pages give without one.")

    def handle(self, *args, paths, source, year, verbosity, **options):
        paths = paths or [settings.BASE_DIR / "seeds"]
        try:
            report = import_paths(
                paths, source=source, year=year, on_progress=self.progress_printer(verbosity)
            )
        except PathError as exc:
            raise CommandError(str(exc)) from exc
        for problem in report.problems:
            self.stderr.write(problem)
        self.stdout.write(f"Import: {report.summary()}.")
        if report.failed:
            raise CommandError(f"{report.failed} file(s) could not be imported.")

    def progress_printer(self, verbosity):
        def show(done, total):
            if total < PROGRESS_FROM or verbosity < 1 or not sys.stderr.isatty():
                return
            width = 30
            filled = width * done // total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            if done == total:
                sys.stderr.write("\n")

        return show
