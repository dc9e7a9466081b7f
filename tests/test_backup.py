"""Backup and restore as the README describes them, on SQLite or PostgreSQL.

The database is saved with `manage.py dumpdata` (the README also gives the native
tools); restored into a fresh database, the index is either rebuilt or restored from a
copy of its folder and brought in line with `check_archive --repair`.
"""

import shutil

import pytest

from bench.generate import generate
from tests.crashkit import Archives

FILES = 12


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """An archive of FILES articles, its dump, a copy of its index taken later (after
    more files were imported: the index is ahead of the dump), and its state at dump."""
    base = tmp_path_factory.mktemp("backup")
    corpus, later = base / "corpus", base / "later"
    generate(FILES, corpus)
    generate(FILES + 4, later)
    for path in sorted(later.rglob("*.txt"))[:FILES]:
        path.unlink()
    archives = Archives(base / "archives")
    archive = archives.new()
    assert archive.manage("import_articles", str(corpus)).returncode == 0
    dump = base / "archive.json"
    done = archive.manage("dumpdata", "archive", "search", "--output", str(dump))
    assert done.returncode == 0, done.stderr
    state = archive.state()
    assert archive.manage("import_articles", str(later)).returncode == 0
    shutil.copytree(archive.folder / "whoosh_index", base / "index-copy")
    return archives, dump, base / "index-copy", state


def test_restore_database_then_rebuild_the_index(saved):
    archives, dump, _, expected = saved
    archive = archives.new()
    assert archive.manage("loaddata", str(dump)).returncode == 0
    assert archive.manage("rebuild_index", "--noinput").returncode == 0
    state = archive.state()
    assert state.articles == expected.articles and state.statements == expected.statements
    assert state.index_ids == state.database_ids == expected.database_ids
    assert archive.manage("check_archive").returncode == 0


def test_restore_database_and_index_copy_then_repair(saved):
    """An index copied at another moment than the dump holds 4 articles the database
    does not: check_archive names them, --repair drops them."""
    archives, dump, index_copy, expected = saved
    archive = archives.new()
    assert archive.manage("loaddata", str(dump)).returncode == 0
    shutil.rmtree(archive.folder / "whoosh_index", ignore_errors=True)
    shutil.copytree(index_copy, archive.folder / "whoosh_index")
    check = archive.manage("check_archive")
    assert check.returncode == 1 and "orphan documents" in check.stdout
    repair = archive.manage("check_archive", "--repair")
    assert repair.returncode == 0, repair.stdout + repair.stderr
    state = archive.state()
    assert state.articles == expected.articles
    assert state.index_ids == state.database_ids == expected.database_ids
