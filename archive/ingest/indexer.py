"""What an import needs from a search index, without `archive` importing `search`.

Arrows point one way: `archive` describes the service here and `search` registers its
implementation when it starts (`SearchConfig.ready`, search/apps.py). Until one is
registered, imports use `NoIndex`: articles are saved and nothing is indexed.
"""

from __future__ import annotations

import contextlib
from contextlib import AbstractContextManager
from typing import Protocol


class ImportIndex(Protocol):
    """The search index as an import sees it.

    Crash safety rests on the implementation: every saved change must be on record
    (a backlog) in the transaction that saves it, so that `catch_up` in a later run
    indexes what an interrupted one saved without indexing.
    """

    #: False when there is no index at all (nothing is ever indexed).
    enabled: bool

    @property
    def write_size(self) -> int:
        """Articles one index write takes at most."""
        ...

    def paused(self) -> AbstractContextManager:
        """A block in which saves are noted in the backlog but not indexed live."""
        ...

    def backlog_size(self) -> int:
        """Changes saved but not indexed yet."""
        ...

    def catch_up(self) -> int:
        """Index what the backlog holds now, in writes of at most `write_size`
        articles; return the articles indexed. May run in a forked process."""
        ...


class NoIndex:
    """No search index: nothing to pause, nothing waits, nothing is indexed."""

    enabled = False
    write_size = 1000  # only paces the import's (empty) index runs

    def paused(self) -> AbstractContextManager:
        return contextlib.nullcontext()

    def backlog_size(self) -> int:
        return 0

    def catch_up(self) -> int:
        return 0


_registered: list[ImportIndex] = [NoIndex()]


def register(index: ImportIndex) -> None:
    """Make `index` the one imports use (the search app calls this when it starts)."""
    _registered[0] = index


def import_index() -> ImportIndex:
    """The registered index (`NoIndex` if none is)."""
    return _registered[0]
