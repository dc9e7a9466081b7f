"""`manage.py rebuild_index`: Haystack's command, with a bulk path for our Whoosh backend.

The "search" app comes before "haystack" in INSTALLED_APPS so this command is the one
Django runs. Same options as Haystack's; `--workers` sets the number of processes (0:
one per core, at most two) and `--batch-size` the articles per batch. Another backend
(Elasticsearch) or `--nocommit` takes Haystack's path: clear_index, then update_index.
"""

import time

from haystack import connections
from haystack.management.commands import rebuild_index

from search import indexing
from search.engine.writing import PROCS


class Command(rebuild_index.Command):
    help = "Empties the search index and indexes every article and statement again."

    def handle(self, **options):
        using = options["using"] or list(connections.connections_info)
        backend = connections[using[0]].get_backend() if using == ["default"] else None
        if not hasattr(backend, "build") or not options["commit"]:
            return super().handle(**options)
        if options["interactive"]:
            self.stdout.write(
                "WARNING: This will irreparably remove EVERYTHING from your search index in "
                "connection 'default'.\nYour choices after this are to restore from backups "
                "or rebuild via the `rebuild_index` command."
            )
            if not input("Are you sure you wish to continue? [y/N] ").lower().startswith("y"):
                self.stdout.write("No action taken.")
                return
        start = time.perf_counter()
        articles, statements = indexing.rebuild(
            procs=options["workers"] or PROCS,
            batch_size=options["batchsize"] or indexing.BATCH_SIZE,
        )
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"Indexed {articles} articles and {statements} statements "
                f"in {time.perf_counter() - start:.1f} s."
            )
