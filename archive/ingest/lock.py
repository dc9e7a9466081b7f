"""One import at a time: an operating-system lock that a crash cannot leave behind.

`import_lock()` takes an exclusive `flock` on `DATA_DIR/import.lock` and, on
PostgreSQL, a session advisory lock on a connection of its own (imports on two machines
sharing one database). The kernel drops the first when the process dies, the server
the second when its connection does, so neither can go stale after kill -9: a stale
*file* is harmless (it only names the last holder's pid, for messages). A second import
waits for the first (saying so) or, with `wait=False`, stops with `ImportLocked`.
Processes forked while the lock is held do not inherit it.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import connections

ADVISORY_KEY = 0x4465_7065  # "Depe": the advisory lock shared by every import
POLL = 0.2  # seconds between two tries of the advisory lock
_inherited: set[int] = set()  # lock file descriptors a forked child must close


class ImportLocked(Exception):
    """Another import holds the lock."""


def lock_path() -> Path:
    return Path(settings.DATA_DIR) / "import.lock"


def _close_in_child() -> None:
    for fd in list(_inherited):
        with contextlib.suppress(OSError):
            os.close(fd)
    _inherited.clear()


os.register_at_fork(after_in_child=_close_in_child)


def holder() -> str:
    """What the lock file says about its last holder ("" when released cleanly)."""
    try:
        return lock_path().read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def is_held() -> bool:
    """Whether a running process holds the import lock (on this machine)."""
    path = lock_path()
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return True
        raise
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _busy_message() -> str:
    who = holder()
    return f"another import is running ({who})" if who else "another import is running"


@contextlib.contextmanager
def import_lock(wait: bool = True, on_wait: Callable[[str], None] | None = None):
    """Hold the import lock for the block (see the module's docstring)."""
    path = lock_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    _inherited.add(fd)
    advisory = None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise ImportLocked(_busy_message()) from None
            if on_wait:
                on_wait(f"{_busy_message()}: waiting for it to finish…")
            fcntl.flock(fd, fcntl.LOCK_EX)
        advisory = _advisory_lock(wait, on_wait)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}\n".encode(), 0)
        yield
    finally:
        if advisory is not None:
            with contextlib.suppress(Exception):
                advisory.close()
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        _inherited.discard(fd)
        os.close(fd)  # releases the flock


def _advisory_lock(wait: bool, on_wait):
    """On PostgreSQL, a connection holding the import advisory lock (else None)."""
    if connections["default"].vendor != "postgresql":
        return None
    conn = connections.create_connection("default")
    told = False
    try:
        while True:
            with conn.cursor() as cursor:
                cursor.execute("SELECT pg_try_advisory_lock(%s)", [ADVISORY_KEY])
                if cursor.fetchone()[0]:
                    return conn
            if not wait:
                raise ImportLocked("another import is running on this database")
            if on_wait and not told:
                on_wait("another import is running on this database: waiting for it…")
                told = True
            time.sleep(POLL)
    except BaseException:
        conn.close()
        raise
