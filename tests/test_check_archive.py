"""`manage.py check_archive`: reports where index and database differ, and repairs it."""

import os
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from haystack import connections
from haystack.query import SearchQuerySet

from archive.ingest.lock import import_lock, lock_path
from archive.ingest.pipeline import import_paths
from archive.models import Article, Statement
from search.indexing import paused_indexing
from search.models import IndexBacklog

pytestmark = pytest.mark.django_db(transaction=True)


def check(*args):
    out = StringIO()
    try:
        call_command("check_archive", *args, stdout=out)
    except CommandError as exc:
        return out.getvalue(), exc
    return out.getvalue(), None


@pytest.fixture
def archive(tmp_path, seeds_dir):
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir, folder)
    import_paths([folder])
    return folder


@pytest.mark.any_engine
def test_an_archive_just_imported_agrees(archive):
    out, error = check()
    assert error is None
    documents = Article.objects.count() + Statement.objects.count()
    assert f"Index: {documents} documents." in out and "Database and index agree." in out


def test_missing_orphan_and_stale_documents_are_reported_then_repaired(archive):
    """A document dropped from the index, an article deleted behind the index's back
    (no backlog row: as after restoring an older database), and a change saved but not
    indexed: each is named, the status is 1, and --repair makes them agree."""
    kept, gone, edited = Article.objects.order_by("pk")[:3]
    backend = connections["default"].get_backend()
    backend.remove(f"archive.article.{kept.pk}")
    gone_statements = list(gone.statements.values_list("pk", flat=True))
    with paused_indexing():
        gone.delete()
        Article.objects.filter(pk=edited.pk).update(title="Titre corrigé Zorbavie")
        edited.refresh_from_db()
        edited.save()  # saved, backlogged, not indexed
    IndexBacklog.objects.exclude(document=f"archive.article.{edited.pk}").delete()
    out, error = check()
    assert error is not None and "run with --repair" in str(error)
    assert f"1 missing from the index: archive.article.{kept.pk}" in out
    assert f"{1 + len(gone_statements)} orphan documents (no such row)" in out
    assert "1 change(s) saved but not yet indexed" in out
    assert SearchQuerySet().filter(content="Zorbavie").count() == 0
    out, error = check("--repair")
    assert error is None and out.rstrip().endswith("Database and index agree.")
    assert SearchQuerySet().filter(content="Zorbavie").count() >= 1
    assert SearchQuerySet().models(Article).count() == Article.objects.count()
    assert check()[1] is None


@pytest.mark.any_engine
def test_lock_file_left_by_a_killed_import_is_reported_and_cleared(archive):
    lock_path().write_text("pid 4000000\n")
    out, error = check()
    assert error is not None and "left by a killed import (pid 4000000)" in out
    out, error = check("--repair")
    assert error is None and lock_path().read_text() == ""


@pytest.mark.any_engine
def test_repair_refuses_while_an_import_runs(archive):
    Article.objects.first().statements.first().delete()  # indexed live: still agrees
    IndexBacklog.objects.create(document="archive.article.999999")
    with import_lock():
        out, error = check("--repair")
    assert f"An import is running (pid {os.getpid()})" in out
    assert error is not None and "Cannot repair now: another import is running" in str(error)
    assert check("--repair")[1] is None
