"""`manage.py extract`: print what the extractor reads from page-text files (no database)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.ingest.extract import NO_BODY, extract_batch, format_text
from archive.ingest.parse import DecodeError, read_document


def expand_paths(paths: list[str]) -> list[Path]:
    """Return the files named, folders expanded to their *.txt files, sorted."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(path.glob("*.txt")))
        elif path.is_file():
            files.append(path)
        else:
            raise CommandError(f"{name}: no such file or folder")
    return files


class Command(BaseCommand):
    help = (
        "Extract title, date, source, author, language, clean body and quotes with their "
        "speakers from raw page-text files, and print them. All files form one batch "
        "(lines repeated across pages count as boilerplate). Fast: hundreds of files a second."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="page-text files or folders of *.txt files")
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
        docs, failed = [], 0
        for path in expand_paths(options["paths"]):
            try:
                docs.append(read_document(path))
            except (DecodeError, OSError) as exc:
                self.stderr.write(f"cannot read {exc}")
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
