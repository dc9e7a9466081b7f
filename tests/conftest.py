"""Shared fixtures: every test gets its own data dir and an empty search index."""

import os
from pathlib import Path

import pytest

pytest.register_assert_rewrite("tests.crashkit")

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
GOLD_DIR = Path(__file__).resolve().parent / "gold" / "seeds"
SIMPLE_ENGINE = "haystack.backends.simple_backend.SimpleEngine"


@pytest.fixture(autouse=True)
def search_index(settings, tmp_path, monkeypatch):
    """Point the Whoosh index at a fresh folder for each test and reset Haystack.

    Haystack reads its connections once, from the settings object of its import time:
    the test's connection is set on `connections.connections_info` itself. With
    SEARCH_ENGINE=simple the tests run on Haystack's simple backend (no index of its
    own: it searches the database), see tests/test_search_contract.py.
    """
    from haystack import connections

    path = tmp_path / "whoosh"
    conn = {**settings.HAYSTACK_CONNECTIONS["default"], "PATH": str(path)}
    if os.environ.get("SEARCH_ENGINE") == "simple":
        conn = {"ENGINE": SIMPLE_ENGINE}
    settings.HAYSTACK_CONNECTIONS = {"default": conn}
    monkeypatch.setitem(connections.connections_info, "default", conn)
    connections.reload("default")
    forget_pending_index_changes()
    yield path
    forget_pending_index_changes()
    monkeypatch.undo()
    connections.reload("default")


def forget_pending_index_changes():
    """Drop index work noted by an earlier test whose transaction rolled back.

    On PostgreSQL ids are not reused after a rollback, so a stale id would otherwise be
    indexed (as a removal) inside the next test's deferred block.
    """
    from search import indexing

    indexing._pending.__init__()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request in English (LocaleMiddleware)
    leaves English active in the thread, which code called directly would then speak."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def seeds_dir():
    return SEEDS_DIR


@pytest.fixture
def gold_dir():
    return GOLD_DIR


def pytest_terminal_summary(terminalreporter):
    """Print the development set's figures when the run scored it (`make test` shows them)."""
    from tests import devset

    if devset.run.cache_info().currsize:
        terminalreporter.write_sep("=", "development set (tests/fixtures/pages/, one batch)")
        for line in devset.table(devset.run()["parts"], devset.thresholds()):
            terminalreporter.write_line(line)
