"""python manage.py import_articles [PATH ...]: import page-text files into the archive."""

import os
import signal
import sys
import threading

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.ingest.lock import ImportLocked
from archive.ingest.pipeline import BATCH_SIZE, ImportStopped, PathError, import_paths

PROGRESS_FROM = 50  # files; shorter runs print no progress bar
EXIT_STATUS = {signal.SIGINT: 130, signal.SIGTERM: 143}  # the shell's 128 + signal


class Interrupted(BaseException):
    """SIGTERM or SIGINT reached the import (a BaseException, like KeyboardInterrupt)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_received: list[int] = []  # signals received during this run
_owner = [0]  # the process that installed the handler (forked workers inherit it)
_forking = [False]  # inside os.fork's own hooks, where an exception is printed and lost
REDELIVER_AFTER = 0.05  # seconds


def _fork_starts():
    _forking[0] = True


def _fork_ended():
    _forking[0] = False


# Registered after logging's hooks: ours runs before theirs, and after them in the parent.
os.register_at_fork(before=_fork_starts, after_in_parent=_fork_ended)


def _raise_interrupted(signum, frame):
    if os.getpid() != _owner[0]:  # a worker just forked, before it sets its own handlers:
        if signum == signal.SIGTERM:  # Ctrl-C is the parent's to handle, SIGTERM ends it
            os._exit(128 + signum)
        return
    if _forking[0]:  # raised here, it would be "ignored" (a traceback) and the run go on
        threading.Timer(REDELIVER_AFTER, _redeliver, (signum,)).start()
        return
    _received.append(signum)
    raise Interrupted(signum)


def _redeliver(signum):
    """Send `signum` again to this process, if the import still handles it."""
    if signal.getsignal(signum) is _raise_interrupted:
        os.kill(os.getpid(), signum)


class Command(BaseCommand):
    help = (
        "Import raw page-text files (and folders of *.txt files) into the archive: strip "
        "boilerplate, extract metadata and quoted statements, save and index them. Run it "
        "whenever new files arrive; re-importing an unchanged file changes nothing, and a "
        "run also indexes whatever an interrupted run saved without indexing. One import "
        "runs at a time: a second one waits. Default: the seeds/ folder."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Files or folders (default: seeds/).")
        parser.add_argument(
            "--source", help="Publisher of every file (its registry entry when known)."
        )
        parser.add_argument("--year", type=int, help="Year for dates the pages give without one.")
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"Files extracted together (lines repeated across them are boilerplate; "
            f"default {BATCH_SIZE}).",
        )
        parser.add_argument(
            "--no-wait",
            action="store_true",
            help="Stop at once (exit status 1) when another import is running, not wait.",
        )

    def handle(self, *args, paths, source, year, verbosity, no_wait, batch_size, **options):
        paths = paths or [settings.BASE_DIR / "seeds"]
        self.done = (0, 0)
        _received.clear()
        previous = {}
        if threading.current_thread() is threading.main_thread():
            _owner[0] = os.getpid()
            previous = {s: signal.signal(s, _raise_interrupted) for s in EXIT_STATUS}
        try:
            report = import_paths(
                paths,
                source=source,
                year=year,
                batch_size=max(1, batch_size),
                on_progress=self.progress_printer(verbosity),
                wait=not no_wait,
                on_wait=lambda message: self.stderr.write(f"Import: {message}"),
                stop=lambda: bool(_received),
            )
        except (PathError, ImportLocked) as exc:
            raise CommandError(str(exc)) from exc
        except (Interrupted, KeyboardInterrupt, ImportStopped) as exc:
            signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
            self.interrupted(_received[0] if _received else signum)
        except Exception:
            if _received:  # the signal surfaced as another error (a database driver's)
                self.interrupted(_received[0])
            raise
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        if _received:  # the signal was turned into a failure the pipeline went past
            self.interrupted(_received[0])
        for note in report.notes:
            self.stdout.write(note)
        for problem in report.problems:
            self.stderr.write(problem)
        self.stdout.write(f"Import: {report.summary()}.")
        if report.failed:
            raise CommandError(f"{report.failed} file(s) could not be imported.")
        if report.unindexed:
            raise CommandError("Saved articles are not all searchable yet (see above).")

    def interrupted(self, signum: int):
        done, total = self.done
        self.stderr.write(
            "\n"
            f"Import interrupted by {signal.Signals(signum).name} after {done} of {total} "
            "file(s). Every article saved so far is kept; run the same command again to "
            "import the rest and index what this run saved."
        )
        if getattr(self, "_called_from_command_line", False):
            # Everything saved is committed and the workers are gone: leave now, without
            # the exit hooks that join the worker pools' threads (an interrupt may have
            # left one of them waiting for ever).
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(EXIT_STATUS[signum])
        sys.exit(EXIT_STATUS[signum])

    def progress_printer(self, verbosity):
        def show(done, total):
            self.done = (done, total)
            if total < PROGRESS_FROM or verbosity < 1 or not sys.stderr.isatty():
                return
            width = 30
            filled = width * done // total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            if done == total:
                sys.stderr.write("\n")

        return show
