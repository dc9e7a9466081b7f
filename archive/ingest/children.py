"""Worker processes that never outlive the process that started them.

A worker forked by the importer (extraction, indexing) or by `rebuild_index` calls
`die_with_parent(parent_pid)` first: on Linux the kernel sends it SIGKILL when its
parent dies, whatever killed the parent (kill -9 included; a parent dead before that
call ends it at once); elsewhere a watchdog thread notices that the parent is gone.
Workers ignore SIGINT: Ctrl-C reaches the whole process group, and the parent, not each
worker, decides how the run stops.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_EVERY = 0.5  # seconds between looks at the parent (without prctl)


def die_with_parent(parent: int) -> None:
    """Make this (forked) process end when its parent does; ignore Ctrl-C.

    `parent` is the pid of the process that forked this one, read before the fork: if
    the parent died in between, this process ends at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before prctl took effect
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_EVERY)
    os._exit(1)
