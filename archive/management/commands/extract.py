"""`manage.py extract`: print what the extractor reads from page-text files (no database)."""

import json

from django.core.management.base import BaseCommand, CommandError

from archive.ingest.extract import NO_BODY, extract_batch, format_text
from archive.ingest.files import PathError, find_files
from archive.ingest.parse import DecodeError, read_document


class Command(BaseCommand):
    help = (
        "Extract title, date, source, author, language, clean body and quotes with their "
        "speakers from raw page-text files, and print them. All files form one batch "
        "(lines repeated across pages count as boilerplate). Fast: hundreds of files a second."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="+",
            help="page-text files or folders of *.txt files (walked recursively)",
        )
        parser.add_argument(
            "--format",
            choices=["json", "text"],
            default="text",
            help="json: one JSON array on stdout; text: a readable summary per file",
        )
        parser.add_argument(
            "--explain",
            action="store_true",
            help="also show why each line was dropped and why each speaker was chosen",
        )
        parser.add_argument(
            "--source", help="the source (outlet) of every file, overriding detection"
        )
        parser.add_argument("--year", type=int, help="year to complete dates given without one")

    def handle(self, *args, **options):
        try:
            walk = find_files(options["paths"])
        except PathError as exc:
            raise CommandError(str(exc)) from exc
        for line in walk.notes:
            self.stderr.write(line)
        for line in walk.problems:
            self.stderr.write(f"cannot read {line}")
        docs, failed = [], len(walk.problems)
        for found in walk.files:
            try:
                docs.append(read_document(found.path, name=found.name))
            except DecodeError as exc:
                self.stderr.write(f"cannot read {exc}")
                failed += 1
            except OSError as exc:
                self.stderr.write(f"cannot read {found.name}: {exc.strerror or exc}")
                failed += 1
        results = extract_batch(docs, source=options["source"], year=options["year"])
        for result in results:
            if not result.body:  # printed all the same: the import refuses it
                self.stderr.write(f"warning: {result.file_name}: {NO_BODY}")
        if options["format"] == "json":
            data = [r.to_json(explain=options["explain"]) for r in results]
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=1))
        else:
            for result in results:
                self.stdout.write(format_text(result, explain=options["explain"]))
        if failed:
            raise CommandError(f"{failed} file(s) could not be read", returncode=1)
