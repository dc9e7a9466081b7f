"""Chain the import steps: find files, decode, extract (in batches), save.

`import_paths(paths)` is what the `import_articles` command runs; it returns an
`ImportReport` with the count of each outcome and one line per problem.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from archive.models import Source, Speaker

from .document import RawDocument, SourceInfo
from .extract import extract_batch
from .parse import DecodeError, decode
from .store import CREATED, UNCHANGED, UPDATED, NameDirectory, save_article

logger = logging.getLogger(__name__)

FAILED = "failed"
# Documents extracted together: repetition across a batch is a boilerplate signal.
BATCH_SIZE = 200


class PathError(Exception):
    """A path given to the importer cannot be used at all."""


@dataclass
class ImportReport:
    counts: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.counts[FAILED]

    def summary(self) -> str:
        return ", ".join(f"{self.counts[k]} {k}" for k in (CREATED, UPDATED, UNCHANGED, FAILED))


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Return the files named and the *.txt files inside the folders named, in order.

    Raises PathError for a path that does not exist.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise PathError(f"{raw}: no such file or folder")
    return files


def read_documents(files: list[Path], report: ImportReport) -> list[RawDocument]:
    """Decode each file; undecodable ones are counted as failed with their reason."""
    docs = []
    for path in files:
        try:
            docs.append(decode(path.name, path.read_bytes()))
        except (DecodeError, OSError) as exc:
            report.counts[FAILED] += 1
            report.problems.append(str(exc) if isinstance(exc, DecodeError) else f"{path}: {exc}")
    return docs


def extract_safely(docs: list[RawDocument], report: ImportReport, **options):
    """Extract a batch; if the batch fails, retry one by one to isolate the bad file."""
    try:
        return extract_batch(docs, **options)
    except Exception:
        logger.exception("batch extraction failed; retrying file by file")
    out = []
    for doc in docs:
        try:
            out.extend(extract_batch([doc], **options))
        except Exception as exc:
            report.counts[FAILED] += 1
            report.problems.append(f"{doc.name}: extraction failed ({exc})")
    return out


def import_paths(
    paths: Iterable[str | Path],
    *,
    source: str | None = None,
    year: int | None = None,
    batch_size: int = BATCH_SIZE,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import every file under `paths`; return the outcome counts and problems.

    `source` overrides the detected publisher; `year` completes dates given without one.
    """
    files = collect_files(paths)
    report = ImportReport()
    speakers, sources = NameDirectory(Speaker), NameDirectory(Source)
    done = 0
    for start in range(0, len(files), batch_size):
        chunk = files[start : start + batch_size]
        docs = read_documents(chunk, report)
        for ex in extract_safely(docs, report, source=source, year=year):
            if source:
                ex.source = SourceInfo(name=source)
            try:
                outcome, _ = save_article(ex, speakers, sources)
            except Exception as exc:
                logger.debug("saving %s failed", ex.file_name, exc_info=True)
                outcome = FAILED
                report.problems.append(f"{ex.file_name}: could not be saved ({exc})")
            report.counts[outcome] += 1
        done += len(chunk)
        if on_progress:
            on_progress(done, len(files))
    return report
