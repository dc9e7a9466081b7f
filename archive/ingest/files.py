"""Find the page-text files to read: the one way `import_articles` and `extract` walk.

A file named on the command line is read under its own name; a folder is walked
recursively for `*.txt` files (links to files and folders followed, each folder once),
each read under its path relative to that folder ("a/index.txt" and "b/index.txt" are
two documents). An unreadable folder or a dangling link is a problem (one line each,
the run goes on and ends with a failure status); a name that is not valid UTF-8 is read
under a printable form of it ("caf\\xe9.txt") with a note.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

SUFFIX = ".txt"


class PathError(Exception):
    """A path given on the command line does not exist."""


@dataclass(frozen=True)
class FoundFile:
    path: Path  # where to read it
    name: str  # what to call it: the path relative to the folder given, printable


@dataclass
class Walk:
    files: list[FoundFile] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # things that could not be read
    notes: list[str] = field(default_factory=list)  # things read, with a remark


def printable(name: str, walk: Walk) -> str:
    """`name` itself when it is valid UTF-8, else its bytes escaped (with a note)."""
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        shown = raw.decode("utf-8", "backslashreplace")
        walk.notes.append(f"{shown}: the file name is not valid UTF-8; read as {shown!r}")
        return shown


def find_files(paths: Iterable[str | Path]) -> Walk:
    """Every file to read under `paths`, in order; raises PathError for a missing path."""
    walk = Walk()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            _walk_folder(path, walk)
        elif path.is_file():
            walk.files.append(FoundFile(path, printable(path.name, walk)))
        elif path.is_symlink():
            walk.problems.append(f"{printable(str(path), walk)}: a link to nothing (dangling)")
        else:
            raise PathError(f"{printable(str(raw), walk)}: no such file or folder")
    return walk


def _walk_folder(root: Path, walk: Walk) -> None:
    seen: set[tuple[int, int]] = set()
    found: list[tuple[tuple[str, ...], FoundFile]] = []

    def unreadable(error: OSError) -> None:
        where = printable(str(error.filename or root), walk)
        walk.problems.append(f"{where}: cannot read this folder ({error.strerror or error})")

    for folder, dirs, names in os.walk(root, onerror=unreadable, followlinks=True):
        try:
            info = os.stat(folder)
        except OSError as exc:
            unreadable(exc)
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:  # a link back to a folder already walked
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs.sort()
        for name in names:
            full = Path(folder) / name
            relative = PurePosixPath(*full.relative_to(root).parts)
            if full.is_symlink() and not full.exists():
                shown = printable(str(root / relative), walk)
                walk.problems.append(f"{shown}: a link to nothing (dangling)")
            elif name.endswith(SUFFIX) and full.is_file():
                entry = FoundFile(full, printable(str(relative), walk))
                found.append((relative.parts, entry))
    walk.files.extend(entry for _, entry in sorted(found, key=lambda item: item[0]))
