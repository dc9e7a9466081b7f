"""Ctrl-C or SIGTERM that reaches the import while it forks a worker.

Raised inside os.fork's hooks (logging's lock release, run after every fork), the
interruption would be printed as an "Exception ignored" traceback and lost: the run went
on. The import then takes it a moment later instead, once the fork is over.
"""

import os
import signal
import time

import pytest

from archive.management.commands import import_articles as command


@pytest.fixture
def handler():
    command._owner[0] = os.getpid()
    command._received.clear()
    previous = {s: signal.signal(s, command._raise_interrupted) for s in command.EXIT_STATUS}
    yield
    for signum, old in previous.items():
        signal.signal(signum, old)
    command._forking[0] = False
    command._received.clear()


def busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sum(range(100))


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_signal_during_a_fork_interrupts_the_import_once_the_fork_is_over(handler, signum):
    command._fork_starts()
    os.kill(os.getpid(), signum)
    busy(0.2)  # the fork's hooks still running: nothing raised in them
    assert command._received == []
    command._fork_ended()
    with pytest.raises(command.Interrupted) as caught:
        busy(5)
    assert caught.value.signum == signum
    assert command._received == [signum]


def test_signal_outside_a_fork_interrupts_at_once(handler):
    with pytest.raises(command.Interrupted):
        os.kill(os.getpid(), signal.SIGINT)
        busy(5)
    assert command._received == [signal.SIGINT]


def test_the_import_forks_with_the_hooks_in_place(handler):
    """A real fork opens the window (the child, copied mid-fork, still sees it open) and
    closes it in the parent once the fork's hooks have run."""
    pid = os.fork()
    if pid == 0:
        os._exit(7 if command._forking[0] else 0)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 7
    assert command._forking == [False]
